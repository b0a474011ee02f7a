"""alembic4j: bin/alembic, revisions as Java classes or plain .sql files.

Revision files are rendered from the same script.java.mustache / script.sql.mustache that
`alembic revision` renders (read from the source tree under test), with one op.execute (or one
statement) in each direction, so they follow the lead's format as it changes."""

from __future__ import annotations

from pathlib import Path

from harness import mustache
from harness.graph import Graph, Rev
from harness.tools.alembic_family import CREATE_DATE, AlembicFamilyProject
from harness.tools.base import Invocation, Tool


def java_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def java_array(values) -> str:
    return "{" + ", ".join(java_string(v) for v in values) + "}"


def class_name(rev_id: str) -> str:
    # alembic4j's rule (org.alembic4j.script.JavaText.className) for ids of hex digits
    return "Migration_" + rev_id


def docstring(rev: Rev) -> str:
    return (f"{rev.message}\n\nRevision ID: {rev.id}\nRevises: {', '.join(rev.down)}\n"
            f"Create Date: {CREATE_DATE}\n")


def template_values(rev: Rev, upgrade_sql: str, fmt: str) -> dict[str, str]:
    """The variables alembic4j's RevisionRenderer gives script.<format>.mustache, for one revision
    whose upgrade and downgrade each run one statement."""
    values = {"message": rev.message, "up_revision": rev.id, "create_date": CREATE_DATE, "imports": ""}
    if fmt == "java":
        values.update(
            docstring=docstring(rev).replace("\\", "\\\\"),
            class_name=class_name(rev.id),
            up_revision_java=java_string(rev.id),
            down_revision_java=java_array(rev.down),
            branch_labels_java="{}",
            depends_on_java="{}",
            upgrades=f"        op.execute({java_string(upgrade_sql)});",
            downgrades=f"        op.execute({java_string(rev.downgrade_sql())});")
    else:
        values.update(
            docstring="\n".join("-- " + line if line else "--" for line in docstring(rev).split("\n")),
            down_revision_comma=", ".join(rev.down),
            branch_labels_comma="",
            depends_on_comma="",
            upgrades=upgrade_sql + ";",
            downgrades=rev.downgrade_sql() + ";")
    return values


class Alembic4jProject(AlembicFamilyProject):

    def __init__(self, graph: Graph, directory: Path, tool: "Alembic4j"):
        super().__init__(graph, directory)
        self.tool = tool
        self.command = [str(tool.launcher)]
        self.ini_extra = f"revision_format = {tool.format}\n"

    def write_env(self) -> None:
        # the env.java that `alembic init` writes, read from the build under test
        (self.script_location / "env.java").write_text(self.tool.env_template.read_text())

    def write_revision(self, rev: Rev, variant: int | None) -> None:
        # file name: alembic.ini's default file_template, %%(rev)s_%%(slug)s
        path = self.versions / f"{rev.id}_{rev.slug}.{self.tool.format}"
        path.write_text(mustache.render(self.tool.template(), template_values(rev, rev.upgrade_sql(variant),
                                                                              self.tool.format)))

    @property
    def cache_dir(self) -> Path:
        return self.script_location / ".alembic4j-cache"

    def cached_classes(self) -> set[str]:
        """Entries of the compiled-script cache (one per compiled source version)."""
        return {p.name for p in self.cache_dir.glob("*.classes")} if self.cache_dir.exists() else set()


class Alembic4j(Tool):

    def __init__(self, repo: Path, fmt: str):
        self.repo = repo
        self.format = fmt
        self.key = "alembic4j" if fmt == "java" else "alembic4j-sql"
        self.label = "alembic4j" if fmt == "java" else "alembic4j (.sql)"
        self.launcher = repo / "bin" / "alembic"
        templates = repo / "alembic4j-core/src/main/resources/org/alembic4j/templates/common"
        # what `alembic init` copies and `alembic revision` renders, read from the source under test
        self.env_template = templates / "env.java"
        self.template_path = templates / f"script.{fmt}.mustache"
        self._template: str | None = None

    def template(self) -> str:
        if self._template is None:
            self._template = self.template_path.read_text()
        return self._template

    def startup(self) -> Invocation | None:
        return Invocation([str(self.launcher), "--help"], self.repo) if self.format == "java" else None

    def project(self, graph: Graph, directory: Path) -> Alembic4jProject:
        return Alembic4jProject(graph, directory, self)
