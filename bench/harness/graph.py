"""Revision graphs: the same revisions, in order, for every tool.

Revision ``i`` (1-based) creates table ``t_<i>``; its down revisions make the graph linear, or
branched and merged in blocks of ten (a root, two branches of four, a merge revision).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

SHAPES = ("linear", "branched")
BLOCK = 10  # branched: root + 4 + 4 + merge


@dataclass(frozen=True)
class Rev:
    index: int          # 1-based, a topological order
    id: str             # 12 hex digits, like Alembic's
    down: tuple[str, ...]

    @property
    def table(self) -> str:
        return f"t_{self.index}"

    @property
    def message(self) -> str:
        return f"create {self.table}"

    @property
    def slug(self) -> str:
        return self.message.replace(" ", "_")

    def upgrade_sql(self, variant: int | None = None) -> str:
        """The revision's one statement; a variant adds a column (the edited script of the edit case)."""
        extra = f", v_{variant} INTEGER" if variant is not None else ""
        return f"CREATE TABLE {self.table} (id INTEGER PRIMARY KEY{extra})"

    def downgrade_sql(self) -> str:
        return f"DROP TABLE {self.table}"


@dataclass(frozen=True)
class Graph:
    shape: str
    revs: tuple[Rev, ...]

    @property
    def size(self) -> int:
        return len(self.revs)

    @property
    def head(self) -> Rev:
        return self.revs[-1]

    @property
    def name(self) -> str:
        return f"{self.shape}-{self.size}"

    def prefix(self, count: int) -> "Graph":
        """The first count revisions (still a valid graph for linear shapes)."""
        return Graph(self.shape, self.revs[:count])


def rev_id(shape: str, index: int) -> str:
    return hashlib.sha1(f"{shape}:{index}".encode()).hexdigest()[:12]


def make_graph(shape: str, size: int) -> Graph:
    if shape == "linear":
        return Graph(shape, tuple(_linear(size)))
    if shape == "branched":
        if size % BLOCK:
            raise ValueError(f"a branched graph needs a multiple of {BLOCK} revisions, not {size}")
        return Graph(shape, tuple(_branched(size)))
    raise ValueError(f"unknown graph shape {shape!r}; known: {', '.join(SHAPES)}")


def _linear(size: int):
    previous: tuple[str, ...] = ()
    for i in range(1, size + 1):
        rid = rev_id("linear", i)
        yield Rev(i, rid, previous)
        previous = (rid,)


def _branched(size: int):
    previous: tuple[str, ...] = ()
    i = 1
    while i <= size:
        root = Rev(i, rev_id("branched", i), previous)
        yield root
        i += 1
        tips = []
        for _ in range(2):
            down = (root.id,)
            for _ in range(4):
                rev = Rev(i, rev_id("branched", i), down)
                yield rev
                down = (rev.id,)
                i += 1
            tips.append(down[0])
        merge = Rev(i, rev_id("branched", i), tuple(tips))
        yield merge
        i += 1
        previous = (merge.id,)
