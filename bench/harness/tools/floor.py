"""The floor: the same SQL through the database's own client in one transaction (psql -1, sqlite3,
mariadb), and a JVM hello world for start-up. No bookkeeping, no script loading."""

from __future__ import annotations

from pathlib import Path

from harness.databases import Database
from harness.graph import Graph, Rev
from harness.tools.base import Invocation, Project, Tool
from harness.tools.jvm import java_command


class FloorProject(Project):
    """up.sql and down.sql: every revision's statement, in order (down.sql reversed)."""

    def __init__(self, graph: Graph, directory: Path):
        super().__init__(graph, directory)
        self.variants: dict[str, int | None] = {}

    def write_config(self) -> None:
        pass

    def write_revision(self, rev: Rev, variant: int | None) -> None:
        self.variants[rev.id] = variant

    def revisions_changed(self) -> None:
        up = [r.upgrade_sql(self.variants.get(r.id)) + ";" for r in self.revs]
        down = [r.downgrade_sql() + ";" for r in reversed(self.revs)]
        # sqlite3 and mariadb read the file as it is; psql -1 adds its own transaction
        for name, statements in (("up", up), ("down", down)):
            (self.directory / f"{name}.sql").write_text("\n".join(statements) + "\n")
            (self.directory / f"{name}-tx.sql").write_text("BEGIN;\n" + "\n".join(statements) + "\nCOMMIT;\n")

    def invocation(self, op: str, db: Database | None) -> Invocation:
        name = {"upgrade": "up", "downgrade": "down"}[op]
        wrapped = db.kind == "sqlite"  # psql -1 wraps by itself; MariaDB commits each DDL statement anyway
        argv, stdin = db.client_argv(self.directory / f"{name}{'-tx' if wrapped else ''}.sql")
        return Invocation(argv, self.directory, None, stdin)


class Floor(Tool):
    key = "floor"
    label = "floor"

    def __init__(self, bench_dir: Path):
        self.hello = java_command(bench_dir, "hello", "org.alembic4j.bench.Hello")

    def startup(self) -> Invocation:
        return Invocation(self.hello, Path.cwd())

    def unsupported(self, op: str, shape: str = "linear", db_kind: str | None = None) -> str | None:
        if op not in ("upgrade", "downgrade"):
            return ""  # nothing to compare with: absent from those tables
        return None

    def project(self, graph: Graph, directory: Path) -> FloorProject:
        return FloorProject(graph, directory)
