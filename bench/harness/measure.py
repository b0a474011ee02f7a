"""Runs one process and times it from fork to exit, as a user or a deploy script waits for it."""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from harness.model import BenchError


@dataclass
class Finished:
    argv: list[str]
    seconds: float
    returncode: int
    stdout: str
    stderr: str


def run_timed(argv: list[str], cwd: Path, env: dict | None = None, stdin_file: Path | None = None,
              timeout: float = 900) -> Finished:
    """Runs argv to completion; output is read through pipes (as a CI log would), not printed."""
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    stdin = open(stdin_file, "rb") if stdin_file else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.run(argv, cwd=cwd, env=full_env, stdin=stdin, capture_output=True, timeout=timeout)
        seconds = time.perf_counter() - start
    except subprocess.TimeoutExpired as e:
        raise BenchError(f"timed out after {timeout:.0f} s: {' '.join(argv[:6])}") from e
    finally:
        if stdin_file:
            stdin.close()
    return Finished(argv, seconds, proc.returncode, proc.stdout.decode(errors="replace"),
                    proc.stderr.decode(errors="replace"))


def require_success(done: Finished) -> Finished:
    """Raises BenchError with the tail of the output when the process failed."""
    if done.returncode != 0:
        tail = (done.stderr.strip() or done.stdout.strip()).splitlines()[-3:]
        raise BenchError(f"exit {done.returncode}: {' | '.join(line.strip() for line in tail)[:300]}")
    return done


def run_quiet(argv: list[str], cwd: Path | None = None, env: dict | None = None,
              stdin_file: Path | None = None) -> str:
    """An untimed helper command (set-up, checks); fails loudly, returns stdout."""
    return require_success(run_timed(argv, cwd or Path.cwd(), env, stdin_file)).stdout
