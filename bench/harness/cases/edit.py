"""The first `upgrade head` after one script was edited, and an `upgrade head` with nothing to do.

Set-up (untimed, once per tool): a project with all but the last revision, upgraded on a SQLite
file that is kept as a template; then the last revision is added. Each round copies the template,
rewrites the last (pending) script with a new statement, and times `upgrade head` (one revision
to run, one script changed since the last command), then `upgrade head` again (nothing to do).
For alembic4j the compiled-script cache is watched: `recompiled` counts the cache entries the
timed command added, i.e. the scripts it had to compile.
"""

from __future__ import annotations

from harness.cases.checks import table_count
from harness.context import Context
from harness.databases import SqliteDatabase, unique_name
from harness.measure import require_success, run_timed
from harness.model import BenchError, Row
from harness.runner import Participant, Step, interleave
from harness.tools.alembic4j import Alembic4jProject

COMPETITOR_MAX = 100  # Flyway and Liquibase take part up to this graph size


def run(ctx: Context) -> list[Row]:
    rows = []
    for size in ctx.settings.edit_sizes:
        rows += run_size(ctx, size)
    return rows


def run_size(ctx: Context, size: int) -> list[Row]:
    graph = ctx.graph("linear", size)
    params = {"database": "sqlite", "revisions": size}
    edited = Row(f"edit-{size}", "edit", f"`upgrade head` after editing the pending script, {size} revisions",
                 params)
    noop = Row(f"noop-{size}", "edit", f"`upgrade head` with nothing to do, {size} revisions", params)
    participants = []
    for tool in ctx.tools:
        if tool.key == "floor":
            continue
        if tool.key in ("flyway", "liquibase") and size > COMPETITOR_MAX:
            for row in (edited, noop):
                row.skip(tool.key, f"run at {COMPETITOR_MAX} revisions only (their set-up takes minutes)")
            continue
        if ctx.usable(edited, tool, "upgrade", "linear", "sqlite") and ctx.usable(noop, tool, "upgrade"):
            participants.append(participant(ctx, tool, graph, edited, noop))
    ctx.log(f"  edit {size}: {len(participants)} tools")
    interleave(participants, ctx.settings.reps, ctx.settings.run)
    return [edited, noop]


def participant(ctx, tool, graph, edited: Row, noop: Row) -> Participant:
    template = SqliteDatabase(unique_name(f"edit_{tool.key.replace('-', '')}"), ctx.work / "db")
    last = graph.head
    state = {}

    def setup():
        project = ctx.fresh_project(tool, graph, f"edit-{graph.size}", graph.revs[:-1])
        state["project"] = project
        template.create()
        inv = project.invocation("upgrade", template)
        require_success(run_timed(inv.argv, inv.cwd, inv.env, inv.stdin))
        if template.count_tables() != graph.size - 1:
            raise BenchError(f"set-up upgrade left {template.count_tables()} tables, not {graph.size - 1}")

    def steps(r):
        project = state["project"]
        db = SqliteDatabase(unique_name(f"edit_{tool.key.replace('-', '')}_r{r}"), ctx.work / "db")
        db.copy_from(template)
        state["db"] = db
        project.put_revision(last, variant=r + 1)
        project.revisions_changed()
        inv = project.invocation("upgrade", db)
        facts = None
        if isinstance(project, Alembic4jProject):
            before = project.cached_classes()
            facts = lambda: {"recompiled": len(project.cached_classes() - before)}  # noqa: E731
        return [Step(edited, inv, check=table_count(db, graph.size, "upgrade after edit"), facts=facts),
                Step(noop, inv, check=table_count(db, graph.size, "no-op upgrade"))]

    def end_round(r):
        if "db" in state:
            state.pop("db").drop()

    return Participant(tool.key, [edited, noop], steps, setup=setup, end_round=end_round, teardown=template.drop)
