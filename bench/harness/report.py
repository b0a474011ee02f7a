"""The results as Markdown (a table per group, ratios, targets) and the JSON beside it."""

from __future__ import annotations

from pathlib import Path

from harness import targets
from harness.model import Cell, Row
from harness.tools.base import Tool

GROUP_TITLES = {
    "startup": "Start-up",
    "readonly": "Read-only commands (no database work; `current` on a SQLite database at head)",
    "offline": "Offline SQL: `upgrade head --sql` (PostgreSQL dialect)",
    "online": "Online `upgrade head` and `downgrade base` (a fresh database per round)",
    "edit": "First `upgrade head` after one script was edited (SQLite, one revision pending)",
    "autogen": "Autogenerate (`revision --autogenerate`, PostgreSQL)",
    "fleet": "A fleet of tenant databases (PostgreSQL), one process per tenant",
}
DOCS_BEGIN, DOCS_END = "<!-- bench:results:begin -->", "<!-- bench:results:end -->"


def seconds(value: float) -> str:
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"


def render_extra(extra: dict) -> str:
    parts = []
    for name, values in extra.items():
        lo, hi = min(values), max(values)
        parts.append(f"{name} {lo}" if lo == hi else f"{name} {lo}–{hi}")
    return " · " + ", ".join(parts) if parts else ""


class Notes:
    """Long cell notes become numbered footnotes under the tables."""

    def __init__(self):
        self.texts: list[str] = []

    def ref(self, text: str) -> str:
        if text not in self.texts:
            self.texts.append(text)
        return f"[{self.texts.index(text) + 1}]"


def render_cell(cell: Cell | None, notes: Notes) -> str:
    if cell is None:
        return ""
    if cell.samples and not (cell.note and cell.note.startswith("failed")):
        low, high = min(cell.samples), max(cell.samples)
        spread = f" ({seconds(low)}–{seconds(high)})" if len(cell.samples) > 1 else " (1 run)"
        return f"**{seconds(cell.median)}**{spread}{render_extra(cell.extra)}"
    if cell.note:
        return cell.note if len(cell.note) <= 3 else f"– {notes.ref(cell.note)}"
    return ""


def ratio(row: Row, numerator: str, denominator: str) -> str:
    a, b = targets.median({row.id: row}, row.id, numerator), targets.median({row.id: row}, row.id, denominator)
    return f"{a / b:.2f}×" if a and b else ""


def group_table(rows: list[Row], tools: list[Tool], notes: Notes) -> list[str]:
    present = [t for t in tools if any(t.key in r.cells for r in rows)]
    keys = {t.key for t in present}
    # a ratio column only where both sides take part in this group
    ratios = [(label, a, b) for label, a, b in (("Alembic ÷ alembic4j", "alembic", "alembic4j"),
                                                ("alembic4j ÷ floor", "alembic4j", "floor"))
              if a in keys and b in keys]
    head = ["work"] + [t.label for t in present] + [label for label, _, _ in ratios]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        cells = [render_cell(row.cells.get(t.key), notes) for t in present]
        lines.append("| " + " | ".join([row.title] + cells + [ratio(row, a, b) for _, a, b in ratios]) + " |")
    return lines


def markdown(rows: list[Row], tools: list[Tool], meta: dict) -> str:
    notes = Notes()
    m = meta["machine"]
    out = ["# alembic4j benchmark: latest results", "",
           f"Command: `{meta['command']}` — {meta['date']}, {meta['elapsed_seconds'] / 60:.1f} min, "
           f"commit {m['commit']}, {m['cpus']} CPUs, load average {meta['load_before']} before and "
           f"{meta['load_after']} after (other work on the machine inflates times; the interleaving spreads it).",
           f"Tools: {m['java']}; {m['alembic']}; {m['postgresql']}; {m['mariadb']}; sqlite3 {m['sqlite3'][:6]}.",
           "",
           "Wall-clock seconds of whole processes: **median** (min–max) over interleaved rounds. "
           "Ratios divide medians: *Alembic ÷ alembic4j* is alembic4j's speed-up over Python Alembic, "
           "*alembic4j ÷ floor* its overhead over raw SQL.", ""]
    if meta["left_out"]:
        out += ["Left out of this run: " + "; ".join(f"{k}: {v}" for k, v in meta["left_out"].items()), ""]
    out += ["## Targets (issue 6)", "", "| target | status | detail |", "|---|---|---|"]
    for v in targets.evaluate(rows):
        mark = {"met": "✅ met", "missed": "❌ missed"}.get(v.status, "⏸ " + v.status)
        out.append(f"| {v.target} | {mark} | {v.detail} |")
    for group, title in GROUP_TITLES.items():
        group_rows = [r for r in rows if r.group == group]
        if group_rows:
            out += ["", f"## {title}", ""] + group_table(group_rows, tools, notes)
    if notes.texts:
        out += ["", "## Notes", ""] + [f"{i}. {t}" for i, t in enumerate(notes.texts, 1)]
    return "\n".join(out) + "\n"


def targets_json(rows: list[Row]) -> list[dict]:
    return [v.to_json() for v in targets.evaluate(rows)]


def update_docs(path: Path, markdown_text: str) -> None:
    """Replaces the block between the bench markers of docs/performance.md with this run's tables."""
    text = path.read_text() if path.exists() else f"# Performance\n\n{DOCS_BEGIN}\n{DOCS_END}\n"
    if DOCS_BEGIN not in text or DOCS_END not in text:
        raise SystemExit(f"{path} lacks the markers {DOCS_BEGIN} / {DOCS_END}")
    body = markdown_text.split("\n", 2)[2].replace("\n## ", "\n### ")  # drop the title, nest the sections
    before, rest = text.split(DOCS_BEGIN, 1)
    after = rest.split(DOCS_END, 1)[1]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(before + DOCS_BEGIN + "\n" + body + DOCS_END + after)
