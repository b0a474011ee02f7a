"""Competitors on the JVM, built by bench/pom.xml (each driver has its own class path)."""

from __future__ import annotations

from pathlib import Path

# Flyway 10+ and Liquibase 4.30+ can report usage over the network; there is none here, and a
# connection attempt must not be timed.
QUIET_ENV = {"REDGATE_DISABLE_TELEMETRY": "true", "LIQUIBASE_ANALYTICS_ENABLED": "false",
             "LIQUIBASE_SHOW_BANNER": "false"}


def java_command(bench_dir: Path, module: str, main: str, with_classes: bool = True) -> list[str]:
    """`java -cp ... main` as a user would start the tool: the default JVM options."""
    base = bench_dir / "java" / module / "target"
    cp = (f"{base / 'classes'}:" if with_classes else "") + f"{base / 'lib'}/*"
    return ["java", "-cp", cp, main]


def built(bench_dir: Path, module: str) -> bool:
    return (bench_dir / "java" / module / "target" / "lib").is_dir() or \
        (bench_dir / "java" / module / "target" / "classes").is_dir()
