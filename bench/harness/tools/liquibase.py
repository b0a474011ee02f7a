"""Liquibase 4 through its Java command API (LiquibaseBench), and its command line for start-up."""

from __future__ import annotations

from pathlib import Path

from harness.databases import Database
from harness.graph import Graph, Rev
from harness.tools.base import Invocation, Project, Tool
from harness.tools.jvm import QUIET_ENV, java_command

CHANGELOG_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog
    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
"""


class LiquibaseProject(Project):
    """changelog.xml including r/<i>_create_t_<i>.sql, one formatted-SQL changeset per revision."""

    def __init__(self, graph: Graph, directory: Path, tool: "Liquibase"):
        super().__init__(graph, directory)
        self.tool = tool

    @property
    def changes(self) -> Path:
        return self.directory / "r"

    def write_config(self) -> None:
        self.changes.mkdir(parents=True, exist_ok=True)

    @staticmethod
    def file_name(rev: Rev) -> str:
        return f"{rev.index:05d}_{rev.slug}.sql"

    def write_revision(self, rev: Rev, variant: int | None) -> None:
        (self.changes / self.file_name(rev)).write_text(
            "--liquibase formatted sql\n\n"
            f"--changeset bench:{rev.id}\n"
            f"{rev.upgrade_sql(variant)};\n"
            f"--rollback {rev.downgrade_sql()};\n")

    def revisions_changed(self) -> None:
        includes = "".join(f'    <include file="r/{self.file_name(r)}" relativeToChangelogFile="true"/>\n'
                           for r in self.revs)
        (self.directory / "changelog.xml").write_text(CHANGELOG_HEAD + includes + "</databaseChangeLog>\n")

    def invocation(self, op: str, db: Database | None) -> Invocation:
        command = {"history": ["status"], "offline": ["updateSql"], "upgrade": ["update"],
                   "downgrade": ["rollbackCount"]}[op]
        argv = self.tool.command + [command[0], db.jdbc_url(), str(self.directory)]
        if op == "downgrade":
            argv.append(str(len(self.revs)))
        return Invocation(argv, self.directory, QUIET_ENV)


class Liquibase(Tool):
    key = "liquibase"
    label = "Liquibase 4 (library)"

    def __init__(self, bench_dir: Path):
        self.command = java_command(bench_dir, "liquibase", "org.alembic4j.bench.LiquibaseBench")

    def startup(self) -> Invocation:
        return Invocation(self.command + ["version"], Path.cwd(), QUIET_ENV)

    def unsupported(self, op: str, shape: str = "linear", db_kind: str | None = None) -> str | None:
        if op in ("heads", "current"):
            return "`status` is timed in the history row"
        if shape != "linear":
            return "not generated: changesets run in file order, no graph"
        return None

    def project(self, graph: Graph, directory: Path) -> LiquibaseProject:
        return LiquibaseProject(graph, directory, self)


class LiquibaseCli(Tool):
    key = "liquibase-cli"
    label = "Liquibase 4 (CLI)"

    def __init__(self, bench_dir: Path):
        self.command = java_command(bench_dir, "liquibase", "liquibase.integration.commandline.LiquibaseCommandLine",
                                    with_classes=False)

    def startup(self) -> Invocation:
        return Invocation(self.command + ["--help"], Path.cwd(), QUIET_ENV)

    def unsupported(self, op: str, shape: str = "linear", db_kind: str | None = None) -> str | None:
        return ""  # start-up only: absent from the other tables
