"""Python Alembic 1.8.1 (Debian's python3-alembic) as installed: /usr/bin/python3 -m alembic."""

from __future__ import annotations

import subprocess
from pathlib import Path

from harness.graph import Graph, Rev
from harness.tools.alembic_family import CREATE_DATE, AlembicFamilyProject
from harness.tools.base import Invocation, Tool

PYTHON = "/usr/bin/python3"


def py_revision(rev: Rev, upgrade_sql: str) -> str:
    """What Alembic's generic script.py.mako renders, with one op.execute in each direction."""
    down = "None" if not rev.down else repr(rev.down[0]) if len(rev.down) == 1 else repr(tuple(rev.down))
    return f'''"""{rev.message}

Revision ID: {rev.id}
Revises: {', '.join(rev.down)}
Create Date: {CREATE_DATE}

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = {rev.id!r}
down_revision = {down}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute({upgrade_sql!r})


def downgrade() -> None:
    op.execute({rev.downgrade_sql()!r})
'''


class PyAlembicProject(AlembicFamilyProject):
    command = [PYTHON, "-m", "alembic"]

    def __init__(self, graph: Graph, directory: Path, tool: "PyAlembic"):
        super().__init__(graph, directory)
        self.tool = tool

    def write_env(self) -> None:
        (self.script_location / "env.py").write_text(self.tool.env_py())

    def write_revision(self, rev: Rev, variant: int | None) -> None:
        (self.versions / f"{rev.id}_{rev.slug}.py").write_text(py_revision(rev, rev.upgrade_sql(variant)))


class PyAlembic(Tool):
    key = "alembic"
    label = "Alembic 1.8 (Python)"

    def __init__(self):
        self._templates: Path | None = None

    def templates(self) -> Path:
        if self._templates is None:
            out = subprocess.run([PYTHON, "-c", "import alembic, os; print(os.path.dirname(alembic.__file__))"],
                                 capture_output=True, text=True, check=True)
            self._templates = Path(out.stdout.strip()) / "templates" / "generic"
        return self._templates

    def env_py(self) -> str:
        """The env.py that `alembic init` writes."""
        return (self.templates() / "env.py").read_text()

    def startup(self) -> Invocation:
        return Invocation([PYTHON, "-m", "alembic", "--help"], Path.cwd())

    def project(self, graph: Graph, directory: Path) -> PyAlembicProject:
        return PyAlembicProject(graph, directory, self)
