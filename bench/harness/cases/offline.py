"""`upgrade head --sql`: the whole upgrade as a SQL script, no database touched (Liquibase
`updateSql` needs a connection: it gets a fresh PostgreSQL database)."""

from __future__ import annotations

from harness.cases.checks import output_counts
from harness.context import Context
from harness.databases import PostgresDatabase, unique_name
from harness.model import Row
from harness.runner import Participant, Step, interleave


def run(ctx: Context) -> list[Row]:
    rows = []
    for shape in ctx.settings.shapes:
        for size in ctx.settings.sizes:
            rows.append(run_graph(ctx, shape, size))
    return rows


def run_graph(ctx: Context, shape: str, size: int) -> Row:
    graph = ctx.graph(shape, size)
    row = Row(f"offline-{graph.name}", "offline", f"`upgrade head --sql`, {size} revisions, {shape}",
              {"shape": shape, "revisions": size})
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

        def steps(r, db=db, state=state):
            return [Step(row, state["project"].invocation("offline", db), check=check)]

        participants.append(Participant(tool.key, [row], steps, setup=setup,
                                        teardown=db.drop if db is not None else (lambda: None)))
    ctx.log(f"  offline {graph.name}: {len(participants)} tools")
    interleave(participants, ctx.settings.reps, ctx.settings.run)
    return row
