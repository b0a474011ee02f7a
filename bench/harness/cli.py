"""bench/run's command line: which work, how many rounds, where results go."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shlex
import subprocess
import time
from pathlib import Path

from harness import report
from harness.cases import autogen, edit, fleet, offline, online, readonly, startup
from harness.context import Context, Settings
from harness.measure import run_timed
from harness.tools.alembic4j import Alembic4j
from harness.tools.flyway import Flyway, FlywayCli
from harness.tools.floor import Floor
from harness.tools.jvm import built
from harness.tools.liquibase import Liquibase, LiquibaseCli
from harness.tools.pyalembic import PyAlembic

BENCH = Path(__file__).resolve().parent.parent
REPO = BENCH.parent
GROUPS = {"startup": startup, "readonly": readonly, "offline": offline, "online": online,
          "edit": edit, "autogen": autogen, "fleet": fleet}


def ints(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(",") if x)


def words(text: str) -> tuple[str, ...]:
    return tuple(x for x in text.split(",") if x)


def parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="bench/run", description="Times alembic4j against Alembic, Flyway, "
                                "Liquibase and raw SQL, interleaved, and writes a table of ratios.")
    p.add_argument("--quick", action="store_true", help="smoke run of a couple of minutes (small sizes, 2 rounds)")
    p.add_argument("--reps", type=int, help="rounds for fast work (default 5; quick 2)")
    p.add_argument("--reps-long", type=int, help="rounds for online work on 1000+ revisions and the fleet "
                   "(default 3; quick 1)")
    p.add_argument("--sizes", type=ints, help="revision counts (default 10,100,1000; quick 10,100)")
    p.add_argument("--shapes", type=words, help="graph shapes (default linear,branched)")
    p.add_argument("--databases", type=words, help="online databases (default sqlite,postgresql,mariadb)")
    p.add_argument("--competitor-databases", type=words,
                   help="databases Flyway and Liquibase run online on (default postgresql)")
    p.add_argument("--tables", type=ints, help="autogenerate schema sizes (default 10,100,500; quick 10,100)")
    p.add_argument("--edit-sizes", type=ints, help="graph sizes of the edited-script case (default 100,1000)")
    p.add_argument("--fleet", type=ints, metavar="TENANTS,REVISIONS,PARALLEL",
                   help="tenant fleet case (default 8,100,2; quick 4,10,2)")
    p.add_argument("--only", type=words, default=(), help=f"groups to run: {','.join(GROUPS)}")
    p.add_argument("--tools", type=words, default=(), help="tool keys to run (default all)")
    p.add_argument("--slow", default="2:3,20:2", metavar="SECONDS:ROUNDS,...",
                   help="a tool slower than SECONDS in round one runs at most ROUNDS rounds (default 2:3,20:2)")
    p.add_argument("--mariadb-sizes", type=ints, help="revision counts online on MariaDB (default 10,100; "
                   "its DDL commits and syncs per statement, so 1000 costs minutes)")
    p.add_argument("--out", type=Path, default=BENCH / "results", help="where latest.md/.json go")
    p.add_argument("--work", type=Path, default=BENCH / "results" / "tmp", help="scratch directory")
    p.add_argument("--update-docs", action="store_true",
                   help="also put the table into docs/performance.md (between its bench markers)")
    p.add_argument("--verbose", "-v", action="store_true", help="print every sample")
    return p.parse_args(argv)


def settings_from(args: argparse.Namespace) -> Settings:
    s = Settings()
    if args.quick:
        s.reps, s.reps_long, s.sizes, s.tables, s.edit_sizes = 2, 1, (10, 100), (10, 100), (100,)
        s.fleet_tenants, s.fleet_revisions, s.mariadb_sizes = 4, 10, (10, 100)
    for name in ("reps", "reps_long", "sizes", "shapes", "databases", "competitor_databases", "tables",
                 "edit_sizes", "mariadb_sizes"):
        value = getattr(args, name)
        if value is not None:
            setattr(s, name, value)
    if args.fleet:
        s.fleet_tenants, s.fleet_revisions, s.fleet_parallel = args.fleet
    s.groups = args.only or tuple(GROUPS)
    s.tools = args.tools
    s.run.slow_tiers = tuple((float(a), int(b)) for a, b in (t.split(":") for t in args.slow.split(",") if t))
    s.run.verbose = args.verbose
    return s


def probe_alembic4j(tool: Alembic4j) -> str | None:
    """None when bin/alembic answers --help, else why alembic4j is left out of this run."""
    if not tool.launcher.exists():
        return "not built: bin/alembic missing"
    done = run_timed([str(tool.launcher), "--help"], REPO)
    if done.returncode != 0:
        first = (done.stderr.strip() or done.stdout.strip()).splitlines()[:1]
        return f"not runnable (`bin/alembic --help` exit {done.returncode}: {first[0][:120] if first else ''})"
    return None


def competitor_notes(notes: dict[str, str]) -> None:
    for key, module in (("flyway", "flyway"), ("flyway-cli", "flyway-cli"), ("liquibase", "liquibase"),
                        ("liquibase-cli", "liquibase"), ("floor", "hello")):
        if not built(BENCH, module):
            notes[key] = f"not built: run `mvn -q -B -f bench/pom.xml package` (java/{module})"


def describe_machine() -> dict:
    def first_line(argv):
        try:
            out = subprocess.run(argv, capture_output=True, text=True)
            return (out.stdout or out.stderr).strip().splitlines()[0]
        except (OSError, IndexError):
            return "?"
    commit = first_line(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    return {"host": platform.node(), "cpus": len(os.sched_getaffinity(0)),
            "python": platform.python_version(), "java": first_line(["java", "-version"]),
            "alembic": first_line(["/usr/bin/python3", "-m", "alembic", "--version"]),
            "postgresql": first_line(["psql", "--version"]), "mariadb": first_line(["mariadb", "--version"]),
            "sqlite3": first_line(["sqlite3", "--version"]), "commit": commit}


def main(argv: list[str]) -> int:
    args = parse(argv)
    settings = settings_from(args)
    a4j, a4j_sql = Alembic4j(REPO, "java"), Alembic4j(REPO, "sql")
    tools = [a4j, a4j_sql, PyAlembic(), Flyway(BENCH), FlywayCli(BENCH), Liquibase(BENCH), LiquibaseCli(BENCH),
             Floor(BENCH)]
    notes: dict[str, str] = {}
    why = probe_alembic4j(a4j)
    if why:
        notes["alembic4j"] = notes["alembic4j-sql"] = why
    competitor_notes(notes)
    args.work.mkdir(parents=True, exist_ok=True)
    ctx = Context(settings, tools, args.work.resolve(), REPO, notes)

    load_before = round(os.getloadavg()[0], 1)
    started = time.time()
    command = os.environ.get("BENCH_COMMAND") or "bench/run " + " ".join(shlex.quote(a) for a in argv)
    command = command.strip()
    ctx.log(f"{command}: groups {','.join(settings.groups)}" + (f"; left out: {notes}" if notes else ""))
    rows = []
    for name in settings.groups:
        group_start = time.time()
        ctx.log(f"[{name}]")
        rows += GROUPS[name].run(ctx)
        ctx.log(f"[{name}] {time.time() - group_start:.0f} s")
    elapsed = time.time() - started

    meta = {"command": command, "date": datetime.datetime.now().isoformat(timespec="seconds"),
            "elapsed_seconds": round(elapsed), "machine": describe_machine(),
            "load_before": load_before, "load_after": round(os.getloadavg()[0], 1),
            "settings": {k: v for k, v in vars(settings).items() if k != "run"},
            "tools": {t.key: t.label for t in tools}, "left_out": notes}
    markdown = report.markdown(rows, tools, meta)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.md").write_text(markdown)
    (args.out / "latest.json").write_text(json.dumps(
        {"meta": meta, "targets": report.targets_json(rows), "rows": [r.to_json() for r in rows]}, indent=1) + "\n")
    if args.update_docs:
        report.update_docs(REPO / "docs" / "performance.md", markdown)
    print(markdown)
    ctx.log(f"wrote {args.out / 'latest.md'} and latest.json ({elapsed / 60:.1f} min)")
    return 0
