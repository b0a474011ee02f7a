"""Online `upgrade head` then `downgrade base` of a linear graph on a fresh database per round.

The floor runs the same statements through psql (one transaction), sqlite3 (one transaction) or
mariadb (DDL commits itself there). Flyway and Liquibase run on Settings.competitor_databases only.
"""

from __future__ import annotations

from harness.cases.checks import table_count
from harness.context import Context
from harness.databases import new_database
from harness.model import Row
from harness.runner import Participant, Step, interleave


def run(ctx: Context) -> list[Row]:
    rows = []
    for kind in ctx.settings.databases:
        for size in (ctx.settings.mariadb_sizes if kind == "mariadb" else ctx.settings.sizes):
            rows += run_case(ctx, kind, size)
    return rows


def run_case(ctx: Context, kind: str, size: int) -> list[Row]:
    graph = ctx.graph("linear", size)
    params = {"database": kind, "revisions": size}
    up = Row(f"upgrade-{kind}-{size}", "online", f"`upgrade head`, {size} revisions, {kind}", params)
    down = Row(f"downgrade-{kind}-{size}", "online", f"`downgrade base`, {size} revisions, {kind}", params)
    participants = []
    for tool in ctx.tools:
        if not ctx.usable(up, tool, "upgrade", "linear", kind):
            continue
        if tool.key in ("flyway", "liquibase") and kind not in ctx.settings.competitor_databases:
            note = f"run on {', '.join(ctx.settings.competitor_databases)} only (--competitor-databases)"
            up.skip(tool.key, note)
            down.skip(tool.key, note)
            continue
        can_down = ctx.usable(down, tool, "downgrade", "linear", kind)
        participants.append(participant(ctx, tool, graph, kind, up, down if can_down else None))
    ctx.log(f"  online {kind} {size}: {len(participants)} tools")
    reps = ctx.settings.reps_long if size >= 1000 else ctx.settings.reps
    interleave(participants, reps, ctx.settings.run)
    return [up, down]


def participant(ctx, tool, graph, kind, up: Row, down: Row | None) -> Participant:
    state = {}

    def setup():
        state["project"] = ctx.project(tool, graph)

    def steps(r):
        db = new_database(kind, f"{tool.key.replace('-', '')}_{graph.size}", ctx.work).create()
        state["db"] = db
        project = state["project"]
        out = [Step(up, project.invocation("upgrade", db), check=table_count(db, graph.size, "upgrade"))]
        if down is not None:
            out.append(Step(down, project.invocation("downgrade", db), check=table_count(db, 0, "downgrade")))
        return out

    def end_round(r):
        if "db" in state:
            state.pop("db").drop()

    rows = [up] + ([down] if down is not None else [])
    return Participant(tool.key, rows, steps, setup=setup, end_round=end_round)
