"""What a benchmark run produces: rows (one piece of work) with one cell per tool."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field


class BenchError(Exception):
    """A tool failed a step or did not do the work; its cell shows the message instead of a time."""


@dataclass
class Cell:
    """One tool's timings for one row, in seconds, plus facts measured alongside (query counts...)."""

    samples: list[float] = field(default_factory=list)
    note: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    def to_json(self) -> dict:
        out: dict = {"samples": [round(s, 4) for s in self.samples]}
        if self.samples:
            out.update(median=round(self.median, 4), min=round(min(self.samples), 4), max=round(max(self.samples), 4))
        if self.note:
            out["note"] = self.note
        if self.extra:
            out["extra"] = self.extra
        return out


@dataclass
class Row:
    """One piece of work (a command on a project of a given size), timed for every tool that can do it."""

    id: str
    group: str
    title: str
    params: dict = field(default_factory=dict)
    cells: dict[str, Cell] = field(default_factory=dict)

    def cell(self, tool: str) -> Cell:
        return self.cells.setdefault(tool, Cell())

    def skip(self, tool: str, note: str) -> None:
        if note:
            self.cell(tool).note = note

    def to_json(self) -> dict:
        return {"id": self.id, "group": self.group, "title": self.title, "params": self.params,
                "cells": {tool: cell.to_json() for tool, cell in self.cells.items()}}
