"""The databases a case runs against: fresh ones per round, dropped afterwards.

Each kind knows its URLs (SQLAlchemy style for Alembic and alembic4j, JDBC for Flyway and
Liquibase), how to feed it a SQL file through its own command-line client (the floor), and how to
count the tables a run left behind.
"""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

from harness.measure import run_quiet

PG = ["psql", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-X", "-q", "-v", "ON_ERROR_STOP=1"]
MARIADB = ["mariadb", "-h", "127.0.0.1", "-P", "3306", "-u", "root"]

_counter = itertools.count(1)


def unique_name(tag: str) -> str:
    """Database names unique to this process, so parallel runs and other users never collide."""
    return f"bench_{os.getpid()}_{next(_counter)}_{tag}"[:60]


class Database:
    kind: str

    def __init__(self, name: str):
        self.name = name

    def create(self) -> "Database":
        raise NotImplementedError

    def drop(self) -> None:
        raise NotImplementedError

    def url(self) -> str:
        raise NotImplementedError

    def jdbc_url(self) -> str:
        raise NotImplementedError

    def client_argv(self, sql_file: Path) -> tuple[list[str], Path | None]:
        """The database's own client running a SQL file (the floor): argv and the file for stdin, if any."""
        raise NotImplementedError

    def query(self, sql: str) -> str:
        raise NotImplementedError

    def count_tables(self, prefix: str = "t_") -> int:
        raise NotImplementedError


class SqliteDatabase(Database):
    kind = "sqlite"

    def __init__(self, name: str, directory: Path):
        super().__init__(name)
        self.path = directory / f"{name}.db"

    def create(self) -> "SqliteDatabase":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.unlink(missing_ok=True)
        return self

    def drop(self) -> None:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)

    def copy_from(self, other: "SqliteDatabase") -> None:
        shutil.copyfile(other.path, self.path)

    def url(self) -> str:
        return f"sqlite:///{self.path}"

    def jdbc_url(self) -> str:
        return f"jdbc:sqlite:{self.path}"

    def client_argv(self, sql_file: Path) -> tuple[list[str], Path | None]:
        return ["sqlite3", "-bail", str(self.path)], sql_file

    def query(self, sql: str) -> str:
        return run_quiet(["sqlite3", str(self.path), sql])

    def count_tables(self, prefix: str = "t_") -> int:
        if not self.path.exists():
            return 0
        return int(self.query(f"SELECT count(*) FROM sqlite_master WHERE type='table' AND name LIKE '{prefix}%'"))


class PostgresDatabase(Database):
    kind = "postgresql"

    def create(self) -> "PostgresDatabase":
        # Then a checkpoint: CREATE DATABASE writes the template's copy to the WAL, and the round
        # before dropped a database; without one, the server flushes that backlog during whichever
        # tool's run comes next (the same psql file took 0.8-2.8 s on one machine).
        run_quiet(PG + ["-d", "postgres", "-c", f'CREATE DATABASE "{self.name}"', "-c", "CHECKPOINT"])
        return self

    def drop(self) -> None:
        run_quiet(PG + ["-d", "postgres", "-c", f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'])

    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:5432/{self.name}"

    def jdbc_url(self) -> str:
        return f"jdbc:postgresql://127.0.0.1:5432/{self.name}?user=postgres"

    def client_argv(self, sql_file: Path) -> tuple[list[str], Path | None]:
        # -1: the whole file in one transaction
        return PG + ["-1", "-d", self.name, "-f", str(sql_file)], None

    def query(self, sql: str) -> str:
        return run_quiet(PG + ["-d", self.name, "-tAc", sql])

    def count_tables(self, prefix: str = "t_") -> int:
        return int(self.query("SELECT count(*) FROM information_schema.tables "
                              f"WHERE table_schema = 'public' AND table_name LIKE '{prefix}%'"))


class MariaDatabase(Database):
    kind = "mariadb"

    def create(self) -> "MariaDatabase":
        run_quiet(MARIADB + ["-e", f"CREATE DATABASE `{self.name}`"])
        return self

    def drop(self) -> None:
        run_quiet(MARIADB + ["-e", f"DROP DATABASE IF EXISTS `{self.name}`"])

    def url(self) -> str:
        return f"mysql+pymysql://root@127.0.0.1:3306/{self.name}"

    def jdbc_url(self) -> str:
        return f"jdbc:mariadb://127.0.0.1:3306/{self.name}?user=root"

    def client_argv(self, sql_file: Path) -> tuple[list[str], Path | None]:
        return MARIADB + [self.name], sql_file

    def query(self, sql: str) -> str:
        return run_quiet(MARIADB + ["-N", "-B", self.name, "-e", sql])

    def count_tables(self, prefix: str = "t_") -> int:
        return int(self.query("SELECT count(*) FROM information_schema.tables "
                              f"WHERE table_schema = '{self.name}' AND table_name LIKE '{prefix}%'"))


KINDS = ("sqlite", "postgresql", "mariadb")


def new_database(kind: str, tag: str, work: Path) -> Database:
    name = unique_name(tag)
    if kind == "sqlite":
        return SqliteDatabase(name, work / "db")
    if kind == "postgresql":
        return PostgresDatabase(name)
    if kind == "mariadb":
        return MariaDatabase(name)
    raise ValueError(f"unknown database kind {kind!r}; known: {', '.join(KINDS)}")
