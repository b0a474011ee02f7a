"""Issue 6's targets, judged on the rows of one interleaved run."""

from __future__ import annotations

from dataclasses import dataclass

from harness.model import Row

A4J, ALEMBIC, FLOOR = "alembic4j", "alembic", "floor"


@dataclass
class Verdict:
    target: str
    status: str          # met, missed, not measured
    detail: str

    def to_json(self) -> dict:
        return {"target": self.target, "status": self.status, "detail": self.detail}


def median(rows: dict[str, Row], row_id: str, tool: str) -> float | None:
    row = rows.get(row_id)
    if row is None or tool not in row.cells:
        return None
    cell = row.cells[tool]
    return None if cell.note and cell.note.startswith("failed") else cell.median


def why_missing(rows: dict[str, Row], row_id: str, tool: str) -> str:
    row = rows.get(row_id)
    if row is None:
        return f"{row_id} not run"
    cell = row.cells.get(tool)
    return f"{tool}: {cell.note}" if cell and cell.note else f"{tool} not run on {row_id}"


def ratio_target(rows, name, row_ids, judge, describe) -> Verdict:
    """judge(a4j, other) -> bool over every row; describe(row_id, a4j, other) -> text."""
    parts, ok = [], True
    for row_id, other_tool in row_ids:
        a4j, other = median(rows, row_id, A4J), median(rows, row_id, other_tool)
        if a4j is None or other is None:
            missing = A4J if a4j is None else other_tool
            return Verdict(name, "not measured", why_missing(rows, row_id, missing))
        ok &= judge(a4j, other)
        parts.append(describe(row_id, a4j, other))
    return Verdict(name, "met" if ok else "missed", "; ".join(parts))


def evaluate(row_list: list[Row]) -> list[Verdict]:
    rows = {r.id: r for r in row_list}
    out = [ratio_target(rows, "start-up ≤ 0.5× Alembic's", [("startup", ALEMBIC)],
                        lambda a, b: a <= 0.5 * b,
                        lambda rid, a, b: f"{a:.2f} s vs {b:.2f} s = {a / b:.2f}×")]

    ro = [(f"{op}-{shape}-1000", ALEMBIC) for shape in ("linear", "branched") for op in ("heads", "history", "current")
          if f"{op}-{shape}-1000" in rows]
    out.append(ratio_target(rows, "read-only commands on 1000 revisions ≥ 3× faster than Alembic and < 0.5 s",
                            ro or [("heads-linear-1000", ALEMBIC)],
                            lambda a, b: b / a >= 3 and a < 0.5,
                            lambda rid, a, b: f"{rid.rsplit('-', 2)[0]} ({rid.split('-')[1]}) {a:.2f} s, {b / a:.1f}×"))

    off = [(f"offline-{shape}-1000", ALEMBIC) for shape in ("linear", "branched") if f"offline-{shape}-1000" in rows]
    out.append(ratio_target(rows, "`upgrade head --sql` on 1000 revisions ≥ 5× faster than Alembic",
                            off or [("offline-linear-1000", ALEMBIC)],
                            lambda a, b: b / a >= 5,
                            lambda rid, a, b: f"{rid.split('-')[1]} {a:.2f} s vs {b:.2f} s = {b / a:.1f}×"))

    out.append(ratio_target(rows, "online `upgrade head`, 1000 revisions, PostgreSQL ≤ 1.3× the psql floor",
                            [("upgrade-postgresql-1000", FLOOR)],
                            lambda a, b: a <= 1.3 * b,
                            lambda rid, a, b: f"{a:.2f} s vs {b:.2f} s = {a / b:.2f}×"))

    out.append(autogenerate(rows))
    out.append(edit(rows))
    return out


def autogenerate(rows) -> Verdict:
    name = "autogenerate, 500 tables ≥ 5× faster than Alembic, catalog queries not growing with tables"
    ids = sorted((r for r in rows if r.startswith("autogen-")), key=lambda r: int(r.split("-")[-1]))
    if not ids:
        return Verdict(name, "not measured", "autogenerate rows not run")
    big = [r for r in ids if r.endswith("-500")] or ids[-1:]
    verdict = ratio_target(rows, name, [(r, ALEMBIC) for r in big], lambda a, b: b / a >= 5,
                           lambda rid, a, b: f"{rid.split('-')[1]} db {a:.2f} s, {b / a:.1f}×")
    if verdict.status != "met":
        return verdict
    for state in ("empty", "current"):
        counts = [(r, rows[r].cells[A4J].extra.get("statements")) for r in ids if f"-{state}-" in r]
        counts = [(r, max(c)) for r, c in counts if c]
        if len(counts) >= 2 and counts[-1][1] > counts[0][1]:
            return Verdict(name, "missed", f"{verdict.detail}; statements grow: "
                           + ", ".join(f"{r.split('-')[-1]} tables {c}" for r, c in counts))
    return verdict


def edit(rows) -> Verdict:
    name = "editing one script recompiles that one script only"
    ids = [r for r in rows if r.startswith("edit-")]
    seen = []
    for rid in ids:
        cell = rows[rid].cells.get(A4J)
        if cell and cell.extra.get("recompiled"):
            seen.append((rid, cell.extra["recompiled"]))
    if not seen:
        return Verdict(name, "not measured", why_missing(rows, ids[0], A4J) if ids else "edit rows not run")
    ok = all(all(n == 1 for n in counts) for _, counts in seen)
    return Verdict(name, "met" if ok else "missed",
                   "; ".join(f"{rid.split('-')[-1]} revisions: recompiled {sorted(set(c))} per run" for rid, c in seen))
