package org.alembic4j.precompiled.revisions;

import static org.alembic4j.op.Ops.*;

import org.alembic4j.Migration;
import org.alembic4j.Revision;

/** A revision compiled by the build (here: as a test source), run without a script directory. */
@Revision(id = "c0ffee000001", message = "create account")
class CreateAccount extends Migration {

    @Override
    public void upgrade() {
        op.createTable("account", column("id", INTEGER).primaryKey(), column("name", string(40)).nullable(false));
    }

    @Override
    public void downgrade() {
        op.dropTable("account");
    }
}
