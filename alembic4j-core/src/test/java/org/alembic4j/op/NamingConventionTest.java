package org.alembic4j.op;

import static org.alembic4j.op.Ops.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.Dialects;
import org.alembic4j.schema.NamingConvention;
import org.junit.jupiter.api.Test;

/** SQLAlchemy-style naming conventions name what was left unnamed. */
class NamingConventionTest {

    private static final NamingConvention CONVENTION = new NamingConvention(Map.of(
            "ix", "ix_%(column_0_label)s",
            "uq", "uq_%(table_name)s_%(column_0_N_name)s",
            "ck", "ck_%(table_name)s_%(constraint_name)s",
            "fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk", "pk_%(table_name)s"));

    private static List<String> render(MigrationOperation op) {
        return op.statements(new RenderContext(Dialects.forName("postgresql"), CONVENTION));
    }

    @Test
    void namesUnnamedConstraintsAndIndexes() {
        RecordingContext ctx = new RecordingContext(Dialects.forName("postgresql"));
        ctx.operations().createTable("book", column("id", INTEGER).primaryKey(),
                column("author_id", INTEGER).references("author.id"), column("isbn", string(13)).unique(),
                column("title", string(100)).index(), uniqueConstraint("title", "isbn"));
        List<String> sql = render(ctx.operations.get(0));
        assertThat(sql.get(0)).contains("CONSTRAINT pk_book PRIMARY KEY (id)")
                .contains("CONSTRAINT fk_book_author_id_author FOREIGN KEY(author_id) REFERENCES author (id)")
                .contains("CONSTRAINT uq_book_isbn UNIQUE (isbn)")
                .contains("CONSTRAINT uq_book_title_isbn UNIQUE (title, isbn)");
        assertThat(sql.get(1)).isEqualTo("CREATE INDEX ix_book_title ON book (title)");
    }

    @Test
    void explicitNamesAreKeptAndConstraintNameTokensNeedOne() {
        assertThat(render(new AddConstraintOp(null, "t", uniqueConstraint("a").named("mine"))))
                .containsExactly("ALTER TABLE t ADD CONSTRAINT mine UNIQUE (a)");
        assertThatThrownBy(() -> render(new AddConstraintOp(null, "t", checkConstraint("a > 0"))))
                .isInstanceOf(AlembicException.class).hasMessageContaining("%(constraint_name)s");
    }

    @Test
    void theDefaultConventionNamesIndexesWithTheSchema() {
        RecordingContext ctx = new RecordingContext(Dialects.forName("postgresql"));
        ctx.operations().addColumn("team", column("name", string(50)).index(), o -> o.schema("other"));
        assertThat(ctx.statements).containsExactly("ALTER TABLE other.team ADD COLUMN name VARCHAR(50)",
                "CREATE INDEX ix_other_team_name ON other.team (name)");
    }
}
