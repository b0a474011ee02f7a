"""What every case needs: the settings, the tools, the work directory and the projects made so far."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from harness.graph import Graph, make_graph
from harness.model import Row
from harness.runner import RunSettings
from harness.tools.base import Project, Tool


@dataclass
class Settings:
    reps: int = 5                 # rounds for fast work
    reps_long: int = 5            # rounds for online work on the largest graph (3 left the PostgreSQL
                                  # ratio to the server's I/O of the moment: 1.18x and 1.38x for the same build)
    sizes: tuple[int, ...] = (10, 100, 1000)
    shapes: tuple[str, ...] = ("linear", "branched")
    databases: tuple[str, ...] = ("sqlite", "postgresql", "mariadb")
    # Flyway and Liquibase run online only on these (they are slow; PostgreSQL holds the anchors)
    competitor_databases: tuple[str, ...] = ("postgresql",)
    mariadb_sizes: tuple[int, ...] = (10, 100)
    tables: tuple[int, ...] = (10, 100, 500)
    edit_sizes: tuple[int, ...] = (100, 1000)
    fleet_tenants: int = 8
    fleet_revisions: int = 100
    fleet_parallel: int = 2
    groups: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()
    run: RunSettings = field(default_factory=RunSettings)


class Context:

    def __init__(self, settings: Settings, tools: list[Tool], work: Path, repo: Path, notes: dict[str, str]):
        self.settings = settings
        self.tools = tools
        self.work = work
        self.repo = repo
        # tool key -> why it can't run at all (e.g. alembic4j not built): every cell says so
        self.notes = notes
        self._projects: dict[tuple[str, str], Project] = {}
        self._graphs: dict[tuple[str, int], Graph] = {}
        self.memo: dict[str, object] = {}  # facts found once per run (e.g. whether a feature works)

    def tool(self, key: str) -> Tool | None:
        return next((t for t in self.tools if t.key == key), None)

    def graph(self, shape: str, size: int) -> Graph:
        key = (shape, size)
        if key not in self._graphs:
            self._graphs[key] = make_graph(shape, size)
        return self._graphs[key]

    def project(self, tool: Tool, graph: Graph) -> Project:
        """The tool's project for the whole graph, written once per run and shared by the cases."""
        key = (tool.key, graph.name)
        if key not in self._projects:
            directory = self.work / "projects" / graph.name / tool.key
            if directory.exists():
                shutil.rmtree(directory)
            self._projects[key] = tool.project(graph, directory).write()
        return self._projects[key]

    def fresh_project(self, tool: Tool, graph: Graph, name: str, revs=None) -> Project:
        """A project of the tool's own, not shared (for cases that edit scripts)."""
        directory = self.work / "projects" / name / tool.key
        if directory.exists():
            shutil.rmtree(directory)
        return tool.project(graph, directory).write(revs)

    def usable(self, row: Row, tool: Tool, op: str, shape: str = "linear", db_kind: str | None = None) -> bool:
        """False (with the reason noted in the row, unless it is "") when the tool can't take part in this row."""
        if tool.key in self.notes:
            row.skip(tool.key, self.notes[tool.key])
            return False
        if self.settings.tools and tool.key not in self.settings.tools:
            return False
        why = tool.unsupported(op, shape, db_kind)
        if why:
            row.skip(tool.key, why)
        return why is None

    def log(self, message: str) -> None:
        self.settings.run.log(message)
