"""Interleaved repetition: in each round every tool does the same work once, in a rotating order,
so drift on a noisy machine (other jobs, thermal, caches) spreads over all tools alike."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Callable

from harness.measure import Finished, require_success, run_timed
from harness.model import BenchError, Row
from harness.tools.base import Invocation


@dataclass
class Step:
    """One timed process (or a timed action of several processes) whose time goes to a row."""

    row: Row
    invocation: Invocation | None = None
    action: Callable[[], float] | None = None      # times itself, for work of many processes
    check: Callable[[Finished], None] | None = None  # raises BenchError if the work was not done
    facts: Callable[[], dict] | None = None         # measured after the check, kept in the cell


@dataclass
class Participant:
    """A tool taking part in a case: untimed set-up, the timed steps of each round, clean-up."""

    key: str
    rows: list[Row]
    steps: Callable[[int], list[Step]]
    setup: Callable[[], None] = lambda: None
    end_round: Callable[[int], None] = lambda r: None
    teardown: Callable[[], None] = lambda: None
    cap: int = 0
    failed: bool = False
    ready: bool = False


@dataclass
class RunSettings:
    # fewer rounds for slow tools: one slower than `seconds` in round one runs at most `rounds` rounds
    slow_tiers: tuple[tuple[float, int], ...] = ((2.0, 3), (20.0, 2))
    verbose: bool = False
    log: Callable[[str], None] = field(default=lambda s: print(s, file=sys.stderr, flush=True))


def execute(step: Step) -> float:
    if step.action is not None:
        return step.action()
    inv = step.invocation
    done = require_success(run_timed(inv.argv, inv.cwd, inv.env, inv.stdin))
    if step.check is not None:
        step.check(done)
    return done.seconds


def interleave(participants: list[Participant], reps: int, settings: RunSettings) -> None:
    for p in participants:
        p.cap = reps
    for r in range(reps):
        shift = r % len(participants) if participants else 0
        for p in participants[shift:] + participants[:shift]:
            if p.failed or r >= p.cap:
                continue
            try:
                if not p.ready:
                    p.setup()
                    p.ready = True
                for step in p.steps(r):
                    seconds = execute(step)
                    cell = step.row.cell(p.key)
                    cell.samples.append(seconds)
                    if step.facts is not None:
                        for name, value in step.facts().items():
                            cell.extra.setdefault(name, []).append(value)
                    if settings.verbose:
                        settings.log(f"    {step.row.id} {p.key} #{r + 1}: {seconds:.3f} s")
                    if r == 0:
                        for limit, rounds in settings.slow_tiers:
                            if seconds > limit:
                                p.cap = min(p.cap, rounds)
            except BenchError as e:
                p.failed = True
                for row in p.rows:
                    row.cell(p.key).note = f"failed: {e}"
                settings.log(f"    {p.key} failed on {', '.join(r.id for r in p.rows)}: {e}")
            finally:
                try:
                    p.end_round(r)
                except BenchError as e:
                    settings.log(f"    {p.key}: clean-up failed: {e}")
    for p in participants:
        try:
            p.teardown()
        except BenchError as e:
            settings.log(f"    {p.key}: tear-down failed: {e}")
