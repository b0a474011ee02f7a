package org.alembic4j.precompiled.revisions;

import static org.alembic4j.op.Ops.*;

import org.alembic4j.Migration;
import org.alembic4j.Revision;

/** The second precompiled revision: its message has a first paragraph and more detail. */
@Revision(id = "c0ffee000002", down = "c0ffee000001", branchLabels = "accounts",
        message = "add account email\n\nUsed for password resets.")
class AddAccountEmail extends Migration {

    @Override
    public void upgrade() {
        op.addColumn("account", column("email", string(100)));
    }

    @Override
    public void downgrade() {
        op.dropColumn("account", "email");
    }
}
