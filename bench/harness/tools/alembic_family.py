"""Alembic (Python) and alembic4j share alembic.ini, the env file and the command line."""

from __future__ import annotations

from pathlib import Path

from harness.databases import Database
from harness.tools.base import Invocation, Project

# Alembic's generic alembic.ini, less comments: same logging for both tools (INFO lines per revision).
INI = """[alembic]
script_location = {script_location}
{extra}sqlalchemy.url = {url}

[post_write_hooks]

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
"""

# A database URL for commands that never connect (heads, history, --sql).
OFFLINE_URL = "postgresql://postgres@127.0.0.1:5432/offline"

CREATE_DATE = "2024-01-01 00:00:00.000000"


class AlembicFamilyProject(Project):
    """alembic.ini files (one per database URL), script_location/env file, script_location/versions/."""

    command: list[str] = []
    ini_extra = ""

    @property
    def script_location(self) -> Path:
        return self.directory / "alembic"

    @property
    def versions(self) -> Path:
        return self.script_location / "versions"

    def write_config(self) -> None:
        self.versions.mkdir(parents=True, exist_ok=True)
        self.write_env()

    def write_env(self) -> None:
        raise NotImplementedError

    def ini(self, url: str) -> Path:
        """An alembic.ini for this URL (several databases can be migrated from one project at once)."""
        safe = "".join(c if c.isalnum() else "_" for c in url)[-80:]
        path = self.directory / "ini" / f"{safe}.ini"
        if not path.exists():
            path.parent.mkdir(exist_ok=True)
            path.write_text(INI.format(script_location=self.script_location, url=url, extra=self.ini_extra))
        return path

    def args(self, op: str) -> list[str]:
        return {
            "heads": ["heads"],
            "history": ["history"],
            "current": ["current"],
            "offline": ["upgrade", "head", "--sql"],
            "upgrade": ["upgrade", "head"],
            "downgrade": ["downgrade", "base"],
        }[op]

    def invocation(self, op: str, db: Database | None) -> Invocation:
        url = db.url() if db is not None else OFFLINE_URL
        return Invocation(self.command + ["-c", str(self.ini(url))] + self.args(op), self.directory)
