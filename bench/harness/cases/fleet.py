"""A fleet of tenant databases migrated by one process each: one after another, and several at once.

Each round creates the tenants' PostgreSQL databases (untimed), times `upgrade head` of every
tenant (one process per tenant, as a deploy job does), checks each tenant's tables, then drops them.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from harness.context import Context
from harness.databases import PostgresDatabase, unique_name
from harness.measure import require_success, run_timed
from harness.model import BenchError, Row
from harness.runner import Participant, Step, interleave

TOOLS = ("alembic4j", "alembic4j-sql", "alembic", "floor")


def run(ctx: Context) -> list[Row]:
    s = ctx.settings
    graph = ctx.graph("linear", s.fleet_revisions)
    params = {"tenants": s.fleet_tenants, "revisions": s.fleet_revisions, "parallel": s.fleet_parallel}
    what = f"{s.fleet_tenants} tenant databases × {s.fleet_revisions} revisions"
    seq = Row(f"fleet-seq-{s.fleet_tenants}x{s.fleet_revisions}", "fleet", f"{what}, one after another", params)
    par = Row(f"fleet-par{s.fleet_parallel}-{s.fleet_tenants}x{s.fleet_revisions}", "fleet",
              f"{what}, {s.fleet_parallel} at a time", params)
    participants = []
    for tool in ctx.tools:
        if tool.key not in TOOLS:
            continue
        if ctx.usable(seq, tool, "upgrade", "linear", "postgresql") and ctx.usable(par, tool, "upgrade"):
            participants.append(participant(ctx, tool, graph, seq, par))
    ctx.log(f"  fleet {what}: {len(participants)} tools")
    interleave(participants, max(1, min(2, s.reps_long)), ctx.settings.run)  # each round is many processes
    return [seq, par]


def participant(ctx, tool, graph, seq: Row, par: Row) -> Participant:
    s = ctx.settings
    state = {"dbs": []}

    def setup():
        state["project"] = ctx.project(tool, graph)

    def migrate(workers: int) -> float:
        dbs = [PostgresDatabase(unique_name(f"tenant{i}")) for i in range(s.fleet_tenants)]
        state["dbs"] += dbs
        for db in dbs:
            db.create()
        invocations = [state["project"].invocation("upgrade", db) for db in dbs]
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=workers) as pool:
            done = list(pool.map(lambda inv: run_timed(inv.argv, inv.cwd, inv.env, inv.stdin), invocations))
        seconds = time.perf_counter() - start
        for d in done:
            require_success(d)
        for db in dbs:
            if db.count_tables() != graph.size:
                raise BenchError(f"tenant {db.name} has {db.count_tables()} tables, not {graph.size}")
        return seconds

    def steps(r):
        return [Step(seq, action=lambda: migrate(1)), Step(par, action=lambda: migrate(s.fleet_parallel))]

    def end_round(r):
        for db in state["dbs"]:
            db.drop()
        state["dbs"] = []

    return Participant(tool.key, [seq, par], steps, setup=setup, end_round=end_round)
