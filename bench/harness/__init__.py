"""alembic4j's benchmark driver: generates projects, times tools as whole processes, reports ratios.

Standard library only. Entry point: ``bench/run`` (``python3 -m harness`` from ``bench/``).
"""
