"""No-op start-up: `--help` (or the nearest thing each tool has), and a JVM hello world as the floor."""

from __future__ import annotations

from harness.context import Context
from harness.model import Row
from harness.runner import Participant, Step, interleave


def run(ctx: Context) -> list[Row]:
    row = Row("startup", "startup", "no-op start-up (`--help`; Flyway/Liquibase library: load and configure)")
    participants = []
    for tool in ctx.tools:
        invocation = tool.startup()
        if invocation is None:
            continue
        if tool.key in ctx.notes:
            row.skip(tool.key, ctx.notes[tool.key])
            continue
        if ctx.settings.tools and tool.key not in ctx.settings.tools:
            continue
        participants.append(Participant(tool.key, [row], lambda r, inv=invocation: [Step(row, inv)]))
    # start-up is cheap: a few more rounds steady the medians
    interleave(participants, ctx.settings.reps + 2, ctx.settings.run)
    return [row]
