"""Read-only commands on revision graphs: heads, history, current (Flyway `info`, Liquibase `status`).

The first `heads` on each fresh project is timed once into a "cold" row: it pays for compiling the
scripts (alembic4j's class cache, Python's .pyc files), which every later command reuses.
"""

from __future__ import annotations

from harness.cases.checks import output_contains, output_counts
from harness.context import Context
from harness.databases import SqliteDatabase, unique_name
from harness.measure import require_success, run_timed
from harness.model import BenchError, Row
from harness.runner import Participant, Step, interleave

ALEMBIC_FAMILY = ("alembic4j", "alembic4j-sql", "alembic")
VERSION_TABLE = ("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                 "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));")


def run(ctx: Context) -> list[Row]:
    rows: list[Row] = []
    for shape in ctx.settings.shapes:
        for size in ctx.settings.sizes:
            rows += run_graph(ctx, shape, size)
    return rows


def run_graph(ctx: Context, shape: str, size: int) -> list[Row]:
    graph = ctx.graph(shape, size)
    params = {"shape": shape, "revisions": size}
    cold = Row(f"cold-heads-{graph.name}", "readonly",
               f"first `heads` on a fresh project (cold caches), {size} revisions, {shape}", params)
    rows = {op: Row(f"{op}-{graph.name}", "readonly", f"`{op}`, {size} revisions, {shape}", params)
            for op in ("heads", "history", "current")}
    participants = []
    for tool in ctx.tools:
        if tool.key in ALEMBIC_FAMILY:
            if all([ctx.usable(rows[op], tool, op, shape) for op in rows] + [ctx.usable(cold, tool, "heads", shape)]):
                participants.append(alembic_family(ctx, tool, graph, rows, cold))
        elif ctx.usable(rows["history"], tool, "history", shape):
            for op in ("heads", "current"):
                ctx.usable(rows[op], tool, op, shape)  # notes why it is absent
            participants.append(status_command(ctx, tool, graph, rows["history"]))
    ctx.log(f"  readonly {graph.name}: {len(participants)} tools")
    interleave(participants, ctx.settings.reps, ctx.settings.run)
    return [rows["heads"], rows["history"], rows["current"], cold]


def alembic_family(ctx, tool, graph, rows, cold) -> Participant:
    db = SqliteDatabase(unique_name("current"), ctx.work / "db")
    head = graph.head.id
    state = {}

    def setup():
        project = ctx.project(tool, graph)
        state["project"] = project
        db.create()
        db.query(VERSION_TABLE + f" INSERT INTO alembic_version VALUES ('{head}');")
        inv = project.invocation("heads", None)
        done = require_success(run_timed(inv.argv, inv.cwd, inv.env))
        if head not in done.stdout:
            raise BenchError(f"`heads` did not print the head {head}: {done.stdout.strip()[:200]}")
        cold.cell(tool.key).samples.append(done.seconds)

    def steps(r):
        project = state["project"]
        return [
            Step(rows["heads"], project.invocation("heads", None), check=output_contains(f"{head} (head)", "heads")),
            Step(rows["history"], project.invocation("history", None),
                 check=output_counts(" -> ", graph.size, "history")),
            Step(rows["current"], project.invocation("current", db), check=output_contains(head, "current")),
        ]

    return Participant(tool.key, list(rows.values()) + [cold], steps, setup=setup, teardown=db.drop)


def status_command(ctx, tool, graph, row) -> Participant:
    """Flyway `info` / Liquibase `status`: list every migration and whether it is applied."""
    db = SqliteDatabase(unique_name(tool.key), ctx.work / "db")
    state = {}

    def setup():
        state["project"] = ctx.project(tool, graph)
        db.create()

    def check(done):
        if tool.key == "flyway":
            output_counts("| Pending", graph.size, "info")(done)
        else:
            output_contains(f"{graph.size} changesets have not been applied", "status")(done)

    def steps(r):
        return [Step(row, state["project"].invocation("history", db), check=check)]

    return Participant(tool.key, [row], steps, setup=setup, teardown=db.drop)
