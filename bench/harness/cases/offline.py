"""`upgrade head --sql`: the whole upgrade as a SQL script, no database touched (Liquibase
`updateSql` needs a connection: it gets a fresh PostgreSQL database).

The first run on each project is timed once into a "first run" row: alembic4j compiles its scripts
then (and records what they write, see the offline replay in ARCHITECTURE.md), which later runs
reuse; Alembic's .pyc files are usually there already from the read-only group.
"""

from __future__ import annotations

from harness.cases.checks import output_counts
from harness.context import Context
from harness.databases import PostgresDatabase, unique_name
from harness.measure import require_success, run_timed
from harness.model import BenchError, Row
from harness.runner import Participant, Step, interleave


FIRST_RUN_TOOLS = ("alembic4j", "alembic4j-sql", "alembic")


def run(ctx: Context) -> list[Row]:
    rows = []
    for shape in ctx.settings.shapes:
        for size in ctx.settings.sizes:
            rows += run_graph(ctx, shape, size)
    return rows


def run_graph(ctx: Context, shape: str, size: int) -> list[Row]:
    graph = ctx.graph(shape, size)
    params = {"shape": shape, "revisions": size}
    row = Row(f"offline-{graph.name}", "offline", f"`upgrade head --sql`, {size} revisions, {shape}", params)
    first = Row(f"first-offline-{graph.name}", "offline",
                f"first `upgrade head --sql` on the project (compiles), {size} revisions, {shape}", params)
    check = output_counts("CREATE TABLE t_", size, "upgrade --sql")
    participants = []
    for tool in ctx.tools:
        if not ctx.usable(row, tool, "offline", shape):
            continue
        db = PostgresDatabase(unique_name("offline")) if tool.key == "liquibase" else None
        state = {}

        def setup(tool=tool, db=db, state=state):
            state["project"] = ctx.project(tool, graph)
            if db is not None:
                db.create()
            if tool.key in FIRST_RUN_TOOLS:
                inv = state["project"].invocation("offline", db)
                done = require_success(run_timed(inv.argv, inv.cwd, inv.env))
                if done.stdout.count("CREATE TABLE t_") != size:
                    raise BenchError(f"the first `upgrade head --sql` did not write {size} CREATE TABLE t_ lines")
                first.cell(tool.key).samples.append(done.seconds)

        def steps(r, db=db, state=state):
            return [Step(row, state["project"].invocation("offline", db), check=check)]

        rows_of_tool = [row, first] if tool.key in FIRST_RUN_TOOLS else [row]
        participants.append(Participant(tool.key, rows_of_tool, steps, setup=setup,
                                        teardown=db.drop if db is not None else (lambda: None)))
    ctx.log(f"  offline {graph.name}: {len(participants)} tools")
    interleave(participants, ctx.settings.reps, ctx.settings.run)
    return [row, first]
