"""What every tool offers the cases: a start-up command, projects for a revision graph, commands on them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from harness.databases import Database
from harness.graph import Graph, Rev

# The commands a case can ask of a project.
OPS = ("heads", "history", "current", "offline", "upgrade", "downgrade")


@dataclass
class Invocation:
    argv: list[str]
    cwd: Path
    env: dict | None = None
    stdin: Path | None = None


class Project:
    """A tool's files for one revision graph, in one directory."""

    def __init__(self, graph: Graph, directory: Path):
        self.graph = graph
        self.directory = directory
        self.revs: list[Rev] = []

    def write(self, revs: list[Rev] | None = None) -> "Project":
        """Writes the tool's configuration and the given revisions (by default the whole graph)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        self.write_config()
        for rev in (self.graph.revs if revs is None else revs):
            self.put_revision(rev)
        self.revisions_changed()
        return self

    def put_revision(self, rev: Rev, variant: int | None = None) -> None:
        """Writes (or rewrites) one revision's file; variant changes its statement."""
        if rev not in self.revs:
            self.revs.append(rev)
        self.write_revision(rev, variant)

    def revisions_changed(self) -> None:
        """Called after put_revision calls, for tools with an index of revisions."""

    # --- per tool ---
    def write_config(self) -> None:
        raise NotImplementedError

    def write_revision(self, rev: Rev, variant: int | None) -> None:
        raise NotImplementedError

    def invocation(self, op: str, db: Database | None) -> Invocation:
        raise NotImplementedError


class Tool:
    key: str = ""
    label: str = ""

    def startup(self) -> Invocation | None:
        """The no-op start-up command (--help or the nearest thing), or None."""
        return None

    def unsupported(self, op: str, shape: str = "linear", db_kind: str | None = None) -> str | None:
        """None when the tool can do op on such a graph and database, else why not (shown in the table)."""
        return None

    def project(self, graph: Graph, directory: Path) -> Project:
        raise NotImplementedError
