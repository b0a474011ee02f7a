"""Checks that a timed command did the work (so a fast failure never passes as a fast run)."""

from __future__ import annotations

from harness.databases import Database
from harness.measure import Finished
from harness.model import BenchError


def output_contains(text: str, what: str):
    def check(done: Finished) -> None:
        if text not in done.stdout and text not in done.stderr:
            raise BenchError(f"{what}: expected {text!r} in the output of {' '.join(done.argv[-3:])}")
    return check


def output_counts(text: str, at_least: int, what: str):
    def check(done: Finished) -> None:
        found = done.stdout.count(text)
        if found < at_least:
            raise BenchError(f"{what}: expected {at_least} x {text!r} in the output, found {found}")
    return check


def table_count(db: Database, expected: int, what: str):
    def check(done: Finished) -> None:
        found = db.count_tables()
        if found != expected:
            raise BenchError(f"{what}: expected {expected} tables t_* in {db.name}, found {found}")
    return check
