"""Where alembic4j's time goes: each command run once under Java Flight Recorder (1 ms sampling),
samples grouped by the component nearest the top of the stack, plus class-loading counts and the
effect of the class-data archive. Writes bench/results/profile.md. Run: bench/profile [--size N]

Sampled time covers Java threads only; the rest of the wall time is the JVM itself (start-up,
JIT compilation, GC) or waiting outside Java. Profiles are for finding the fast path, not timing.
"""

from __future__ import annotations

import argparse
import shutil
import collections
import json
import re
import statistics
import subprocess
import sys
from pathlib import Path

from harness.cases.readonly import VERSION_TABLE
from harness.context import Context, Settings
from harness.databases import PostgresDatabase, SqliteDatabase, unique_name
from harness.measure import require_success, run_timed
from harness.tools.alembic4j import Alembic4j

BENCH = Path(__file__).resolve().parent.parent
REPO = BENCH.parent

# (component, class-name prefixes): the first frame from the top that matches names the sample's owner
COMPONENTS = [
    ("JFR itself (profiling overhead)", ("jdk.jfr.", "jdk.internal.event.")),
    ("javac (compiling scripts)", ("com.sun.tools.javac.", "javax.tools.", "com.sun.source.", "jdk.internal.jrtfs")),
    ("class loading, linking, lambdas", ("java.lang.ClassLoader", "jdk.internal.loader.", "java.lang.invoke.",
                                         "jdk.internal.reflect.", "java.lang.Class.", "sun.invoke.",
                                         "jdk.internal.misc.CDS", "java.util.ServiceLoader", "java.util.jar.",
                                         "java.util.zip.", "sun.net.www.protocol.jar.")),
    ("SQLite driver", ("org.sqlite.",)),
    ("PostgreSQL driver", ("org.postgresql.",)),
    ("MariaDB driver", ("org.mariadb.",)),
    ("alembic4j: config (ini)", ("org.alembic4j.config.",)),
    ("alembic4j: script directory (scan/parse)", ("org.alembic4j.script.",)),
    ("alembic4j: revision graph", ("org.alembic4j.graph.",)),
    ("alembic4j: compile cache & loaders", ("org.alembic4j.runtime.compile.", "org.alembic4j.runtime.scripts.")),
    ("alembic4j: runtime", ("org.alembic4j.runtime.", "org.alembic4j.env.")),
    ("alembic4j: ops & dialects", ("org.alembic4j.op.", "org.alembic4j.dialect.", "org.alembic4j.schema.")),
    ("alembic4j: commands", ("org.alembic4j.command.",)),
    ("CLI (picocli, output)", ("picocli.", "org.alembic4j.cli.")),
    ("logging", ("org.slf4j.", "java.util.logging.")),
    ("mustache", ("com.samskivert.",)),
    ("file system", ("sun.nio.fs.", "java.nio.file.", "java.io.File")),
    ("regex", ("java.util.regex.",)),
]

JFC = """<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0" label="bench" description="1 ms method sampling for short runs">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">1 ms</setting></event>
  <event name="jdk.NativeMethodSample"><setting name="enabled">true</setting><setting name="period">1 ms</setting></event>
</configuration>
"""


def component(frames: list[str]) -> str:
    for name in frames:
        for label, prefixes in COMPONENTS:
            if name.startswith(prefixes):
                return label
    return "other JDK / JVM code" if frames else "?"


def read_samples(jfr: Path) -> tuple[collections.Counter, collections.Counter, int, int]:
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events",
                          "jdk.ExecutionSample,jdk.NativeMethodSample", str(jfr)],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    by_component, top_methods = collections.Counter(), collections.Counter()
    running = native = 0
    for e in events:
        frames = [f"{f['method']['type']['name'].replace('/', '.')}.{f['method']['name']}"
                  for f in (e["values"].get("stackTrace") or {}).get("frames", [])]
        if e["type"] == "jdk.NativeMethodSample":
            native += 1
            by_component["waiting in native code (I/O, database)"] += 1
            continue
        running += 1
        by_component[component(frames)] += 1
        # inclusive: each alembic4j method on the stack, once per sample (lambda frames left out)
        for name in {f for f in frames if f.startswith("org.alembic4j.") and "$$Lambda" not in f}:
            top_methods[name] += 1
    return by_component, top_methods, running, native


def class_timeline(argv: list[str], cwd: Path) -> tuple[list[tuple[float, str, int]], int, int, float]:
    """Class loading as a timeline: for each component, when its first class loaded (JVM uptime) and
    how many it loaded; plus classes in all, how many came from the class-data archive, and when
    the JVM began shutting down."""
    log = cwd / "classload.log"
    require_success(run_timed(argv, cwd, {"ALEMBIC4J_JAVA_OPTS": f"-Xlog:class+load=info:file={log}:uptime"}))
    first: dict[str, float] = {}
    count: collections.Counter = collections.Counter()
    shared = total = 0
    end = 0.0
    for line in log.read_text().splitlines():
        m = re.match(r"\[(\d+\.\d+)s\] (\S+) source: (.*)", line)
        if not m:
            continue
        at, name = float(m.group(1)), m.group(2)
        total += 1
        shared += "shared objects file" in m.group(3)
        label = component([name])
        first.setdefault(label, at)
        count[label] += 1
        if name == "java.lang.Shutdown":
            end = at
    log.unlink()
    timeline = sorted((at, label, count[label]) for label, at in first.items())
    return timeline, total, shared, end


def median_seconds(make, cwd: Path, runs: int = 3) -> float:
    require_success(run_timed(make(), cwd))  # warm-up: caches filled, files in the page cache
    return statistics.median(require_success(run_timed(make(), cwd)).seconds for _ in range(runs))


def profile_one(name: str, argv, cwd: Path, jfc: Path, out: list[str], warm: bool = True) -> None:
    """argv: the command, or a function making a new one per run (a fresh database each time)."""
    make = argv if callable(argv) else (lambda: argv)
    jfr = cwd / ("".join(c if c.isalnum() else "_" for c in name) + ".jfr")  # the launcher splits options on spaces
    wall = median_seconds(make, cwd) if warm else require_success(run_timed(make(), cwd)).seconds
    timeline, total, shared, end = class_timeline(make(), cwd)
    argv = make()
    require_success(run_timed(argv, cwd, {
        "ALEMBIC4J_JAVA_OPTS": f"-XX:StartFlightRecording=filename={jfr},settings={jfc}"}))
    by_component, top, running, native = read_samples(jfr)
    jfr.unlink(missing_ok=True)
    shown = " ".join(Path(a).name if "/" in a else a for a in argv)
    out += [f"### {name}", "",
            f"`{shown}`: {wall:.2f} s wall ({'median of 3 warm runs' if warm else 'one run'}); "
            f"{total} classes loaded, {shared} from the class-data archive.", "",
            "When each part first loaded a class (JVM uptime) — a timeline of the phases:", "",
            "| first class at | component | classes |", "|---|---|---|"]
    out += [f"| {at * 1000:.0f} ms | {label} | {n} |" for at, label, n in timeline]
    total_samples = max(1, running + native)
    out += ["", f"JFR samples (asked for every 1 ms, JFR takes fewer; Java threads only, so JVM work such as "
            f"class loading and JIT is not in them): {running} running Java, {native} in native code.", "",
            "| component nearest the top of the stack | samples | share |", "|---|---|---|"]
    out += [f"| {label} | {count} | {100 * count / total_samples:.0f}% |" for label, count in by_component.most_common()]
    # leave out the entry chain (main, dispatch, the command) that sits under nearly every sample
    hot = [(m, c) for m, c in top.most_common() if c < 0.8 * max(1, running)][:8]
    if hot:
        out += ["", "Hottest alembic4j methods below the command's entry (samples with the method on the stack): "
                + "; ".join(f"`{method.removeprefix('org.alembic4j.')}` {count}" for method, count in hot)]
    out.append("")


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="bench/profile")
    p.add_argument("--size", type=int, default=1000, help="revisions (default 1000)")
    p.add_argument("--out", type=Path, default=BENCH / "results" / "profile.md")
    p.add_argument("--work", type=Path, default=BENCH / "results" / "tmp")
    args = p.parse_args(argv)
    tool = Alembic4j(REPO, "java")
    ctx = Context(Settings(), [tool], args.work.resolve(), REPO, {})
    graph = ctx.graph("linear", args.size)
    project = ctx.project(tool, graph)
    jfc = args.work.resolve() / "bench.jfc"
    jfc.write_text(JFC)
    cwd = project.directory
    out = [f"# Where alembic4j's time goes ({args.size} revisions, linear)", "",
           "Made by `bench/profile`: each command once under Java Flight Recorder with 1 ms sampling. "
           "Sampled Java time is grouped by the component nearest the top of the stack; the wall time "
           "not covered by samples is the JVM itself (start-up, JIT, GC) and waiting. Under JFR bin/alembic "
           "starts without its class-data archive (JDK 17 can crash loading archived classes with a "
           "class-file hook active), so these runs load every class; the class-loading timelines use "
           "the archive.", ""]

    for share in ("auto", "off"):
        runs = [run_timed([str(tool.launcher), "--help"], cwd,
                          {"ALEMBIC4J_JAVA_OPTS": f"-Xshare:{share}"}).seconds for _ in range(5)]
        out.append(f"- `--help` with -Xshare:{share}: median {statistics.median(runs):.2f} s over 5 runs")
    out.append("")
    # the first command that needs the scripts' classes compiles all of them (then they are cached)
    offline = project.invocation("offline", None)
    if project.cache_dir.exists():
        shutil.rmtree(project.cache_dir)
    profile_one("upgrade head --sql, empty class cache (compiles every script)", offline.argv, cwd, jfc, out,
                warm=False)
    profile_one("--help", [str(tool.launcher), "--help"], cwd, jfc, out)
    for op in ("heads", "history"):
        profile_one(op, project.invocation(op, None).argv, cwd, jfc, out)
    sqlite = SqliteDatabase(unique_name("profile"), ctx.work / "db").create()
    sqlite.query(VERSION_TABLE + f" INSERT INTO alembic_version VALUES ('{graph.head.id}');")
    try:
        profile_one("current (SQLite)", project.invocation("current", sqlite).argv, cwd, jfc, out)
    finally:
        sqlite.drop()
    profile_one("upgrade head --sql", offline.argv, cwd, jfc, out)
    databases = []

    def fresh_upgrade() -> list[str]:
        databases.append(PostgresDatabase(unique_name("profile")).create())
        return project.invocation("upgrade", databases[-1]).argv
    try:
        profile_one("upgrade head (PostgreSQL, a fresh database per run)", fresh_upgrade, cwd, jfc, out)
    finally:
        for db in databases:
            db.drop()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(out) + "\n")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
