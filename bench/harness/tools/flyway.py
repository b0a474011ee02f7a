"""Flyway 11 through its Java API (FlywayBench), and its command line for start-up."""

from __future__ import annotations

from pathlib import Path

from harness.databases import Database
from harness.graph import Graph, Rev
from harness.tools.base import Invocation, Project, Tool
from harness.tools.jvm import QUIET_ENV, java_command

NO_BRANCHES = "no branches: Flyway versions are one line"


class FlywayProject(Project):
    """sql/V<i>__create_t_<i>.sql, one versioned migration per revision."""

    def __init__(self, graph: Graph, directory: Path, tool: "Flyway"):
        super().__init__(graph, directory)
        self.tool = tool

    @property
    def sql_dir(self) -> Path:
        return self.directory / "sql"

    def write_config(self) -> None:
        self.sql_dir.mkdir(parents=True, exist_ok=True)

    def write_revision(self, rev: Rev, variant: int | None) -> None:
        (self.sql_dir / f"V{rev.index}__{rev.slug}.sql").write_text(rev.upgrade_sql(variant) + ";\n")

    def invocation(self, op: str, db: Database | None) -> Invocation:
        command = {"history": "info", "upgrade": "migrate"}[op]
        return Invocation(self.tool.command + [command, db.jdbc_url(), str(self.sql_dir)], self.directory,
                          QUIET_ENV)


class Flyway(Tool):
    key = "flyway"
    label = "Flyway 11 (library)"

    def __init__(self, bench_dir: Path):
        self.command = java_command(bench_dir, "flyway", "org.alembic4j.bench.FlywayBench")

    def startup(self) -> Invocation:
        return Invocation(self.command + ["version"], Path.cwd(), QUIET_ENV)

    def unsupported(self, op: str, shape: str = "linear", db_kind: str | None = None) -> str | None:
        if op in ("heads", "current"):
            return "`info` is timed in the history row"
        if op == "offline":
            return "no offline SQL (dry runs are a paid edition's)"
        if op == "downgrade":
            return "no downgrade (undo is a paid edition's)"
        if shape != "linear":
            return NO_BRANCHES
        return None

    def project(self, graph: Graph, directory: Path) -> FlywayProject:
        return FlywayProject(graph, directory, self)


class FlywayCli(Tool):
    key = "flyway-cli"
    label = "Flyway 11 (CLI)"

    def __init__(self, bench_dir: Path):
        self.command = java_command(bench_dir, "flyway-cli", "org.flywaydb.commandline.Main", with_classes=False)

    def startup(self) -> Invocation:
        return Invocation(self.command + ["--help"], Path.cwd(), QUIET_ENV)

    def unsupported(self, op: str, shape: str = "linear", db_kind: str | None = None) -> str | None:
        return ""  # start-up only: absent from the other tables
