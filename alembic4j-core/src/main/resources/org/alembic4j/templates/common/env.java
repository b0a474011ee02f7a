import org.alembic4j.env.EnvironmentContext;
import org.alembic4j.env.MigrationEnvironment;

/**
 * The migration environment: alembic4j's counterpart of Alembic's env.py.
 *
 * alembic4j compiles this file and calls configure() once at the start of every command that
 * touches the database (upgrade, downgrade, stamp, current, ...). It says which database to use
 * and how to run; alembic4j then plans and runs the revisions in versions/. The class must keep
 * the name Env and implement MigrationEnvironment; everything else here is yours to change.
 */
class Env implements MigrationEnvironment {

    @Override
    public void configure(EnvironmentContext context) {
        // The database. By default the sqlalchemy.url key of the [alembic] section in alembic.ini:
        // a JDBC URL (jdbc:postgresql://localhost/mydb) or a SQLAlchemy-style one
        // (postgresql://user:pass@localhost/mydb, sqlite:///path/to/file.db).
        // context.useDataSource(...) or context.useConnection(...) take one from your application.
        context.useUrl(context.mainOption("sqlalchemy.url"));

        // -x arguments given on the command line, e.g. "alembic -x db=staging upgrade head":
        //   String db = context.xArgumentsAsMap().get("db");
        // and other sections of alembic.ini:
        //   java.util.Map<String, String> staging = context.section("staging");

        // The version table records which revisions are applied (default alembic_version, in the
        // connection's default schema). Keep the defaults to share a database with Python Alembic.
        //   context.versionTable("alembic_version");
        //   context.versionTableSchema("public");

        // Transactions: by default one transaction for the whole command where the database has
        // transactional DDL (PostgreSQL), so a failed step rolls everything back. Set this to
        // commit after each revision instead.
        //   context.transactionPerMigration(true);

        // Concurrent runs wait for each other's lock; this is how long before giving up.
        //   context.lockTimeout(java.time.Duration.ofSeconds(60));

        // The target of "alembic revision --autogenerate" and "alembic check": your JPA entities
        // (alembic4j-jpa reads them through Hibernate's own metamodel) ...
        //   context.targetSchema(org.alembic4j.jpa.JpaTargets.packages("com.example.model")
        //           .classpath(java.nio.file.Path.of("target/classes")));   // .snakeCase() for Spring Boot
        // ... or tables written in code (import static org.alembic4j.op.Ops.*):
        //   context.targetSchema(org.alembic4j.autogenerate.TargetSchema.of(
        //           table("account", column("id", INTEGER).primaryKey(), column("name", string(50)))));
        // Comparison switches, as in Alembic's context.configure(...):
        //   context.compareServerDefault(true);
        //   context.includeObject((object, name, type, reflected, compareTo) -> !name.startsWith("tmp_"));

        // In offline mode (--sql) no connection is made: the SQL is written out instead.
        //   if (context.isOfflineMode()) { ... }
    }
}
