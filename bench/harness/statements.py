"""Counts the statements a process sent to one PostgreSQL database, from the server's own log.

The database gets `log_statement = 'all'` (its sessions only); every statement then leaves a line
`... <user>@<database> LOG:  statement: ...` (or `execute <name>: ...` for prepared ones) in the
cluster's log file. Counting on the server is the same for every client: psycopg2, JDBC, psql.
Needs a readable log (root or the postgres user); without one the count is simply not reported.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from harness.databases import PostgresDatabase


def find_log(port: int = 5432) -> Path | None:
    try:
        out = subprocess.run(["pg_lsclusters", "--no-header"], capture_output=True, text=True).stdout
    except OSError:
        return None
    for line in out.splitlines():
        fields = line.split()
        if len(fields) >= 7 and fields[2] == str(port):
            path = Path(fields[6])
            try:
                with path.open("rb"):
                    return path
            except OSError:
                return None
    return None


class StatementCounter:

    def __init__(self, log: Path | None):
        self.log = log

    def enable(self, db: PostgresDatabase) -> None:
        if self.log is not None:
            db.query(f'ALTER DATABASE "{db.name}" SET log_statement = \'all\'')

    def mark(self) -> int:
        return self.log.stat().st_size if self.log is not None else 0

    def count_since(self, offset: int, db: PostgresDatabase) -> int | None:
        if self.log is None:
            return None
        with self.log.open("rb") as f:
            f.seek(offset)
            text = f.read().decode(errors="replace")
        pattern = re.compile(rf"@{re.escape(db.name)} LOG:  (statement|execute [^:]*):")
        return sum(1 for line in text.splitlines() if pattern.search(line))
