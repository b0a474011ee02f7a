"""Autogenerate: `revision --autogenerate` against an empty database and an up-to-date one.

The schema: T tables s_<i> (id, name, created_at, parent_id -> s_<i-1> in runs of ten, an index on name), as a
SQLAlchemy model module for Alembic. The up-to-date database is made by psql with the same DDL.
Each run's statements to the database are counted on the server (harness.statements).
alembic4j has a slot here: it takes part once its CLI offers --autogenerate (and the model source
for its projects is wired in `alembic4j_note`); until then its cells say why it is absent.
"""

from __future__ import annotations

from pathlib import Path

from harness.context import Context
from harness.databases import PG, PostgresDatabase, unique_name
from harness.measure import Finished, run_quiet, run_timed
from harness.model import BenchError, Row
from harness.runner import Participant, Step, interleave
from harness.statements import StatementCounter, find_log
from harness.tools.alembic_family import INI
from harness.tools.pyalembic import PYTHON, PyAlembic

ENV_MODELS = """import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import bench_models
target_metadata = bench_models.metadata
"""


def has_parent(i: int) -> bool:
    """Foreign keys chain the tables in runs of ten (s_1 <- s_2 <- ... <- s_10, s_11 <- ...): one
    500-table chain makes SQLAlchemy's recursive dependency sort overflow Python's stack."""
    return i % 10 != 1


def models_py(tables: int) -> str:
    out = ["from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, MetaData, String, Table", "",
           "metadata = MetaData()", ""]
    for i in range(1, tables + 1):
        parent = f"\n    Column('parent_id', Integer, ForeignKey('s_{i - 1}.id'))," if has_parent(i) else ""
        out.append(f"s_{i} = Table(\n    's_{i}', metadata,\n    Column('id', Integer, primary_key=True),\n"
                   f"    Column('name', String(50), nullable=False),\n    Column('created_at', DateTime),{parent}\n"
                   f"    Index('ix_s_{i}_name', 'name'),\n)\n")
    return "\n".join(out)


def schema_sql(tables: int) -> str:
    out = []
    for i in range(1, tables + 1):
        parent = f", parent_id INTEGER REFERENCES s_{i - 1} (id)" if has_parent(i) else ""
        out.append(f"CREATE TABLE s_{i} (id SERIAL PRIMARY KEY, name VARCHAR(50) NOT NULL, "
                   f"created_at TIMESTAMP WITHOUT TIME ZONE{parent});\nCREATE INDEX ix_s_{i}_name ON s_{i} (name);")
    return "\n".join(out) + "\n"


def run(ctx: Context) -> list[Row]:
    counter = StatementCounter(find_log())
    rows = []
    for tables in ctx.settings.tables:
        rows += run_size(ctx, tables, counter)
    if counter.log is None:
        ctx.log("  autogen: PostgreSQL log not readable, statements not counted")
    return rows


def run_size(ctx: Context, tables: int, counter: StatementCounter) -> list[Row]:
    rows = {state: Row(f"autogen-{state}-{tables}", "autogen",
                       f"autogenerate, {tables} tables, {'empty' if state == 'empty' else 'up-to-date'} database",
                       {"tables": tables, "database": state}) for state in ("empty", "current")}
    participants = []
    for tool in ctx.tools:
        if tool.key in ("alembic4j", "alembic4j-sql"):
            note = ctx.notes.get(tool.key) or alembic4j_note(ctx, tool)
            for row in rows.values():
                row.skip(tool.key, note)
        elif isinstance(tool, PyAlembic) and (not ctx.settings.tools or tool.key in ctx.settings.tools):
            participants.append(python_alembic(ctx, tool, tables, rows, counter))
    ctx.log(f"  autogen {tables} tables: {len(participants)} tools")
    interleave(participants, ctx.settings.reps, ctx.settings.run)
    return list(rows.values())


def alembic4j_note(ctx: Context, tool) -> str:
    """Why alembic4j sits this out, from its own answer to `revision --autogenerate` (checked, not assumed)."""
    project = ctx.project(tool, ctx.graph("linear", 10))
    before = set(project.versions.iterdir())
    inv = project.invocation("heads", None)
    done = run_timed(inv.argv[:-1] + ["revision", "--autogenerate", "-m", "probe"], inv.cwd)
    for created in set(project.versions.iterdir()) - before:
        created.unlink()
    if done.returncode != 0:
        said = (done.stderr.strip() or done.stdout.strip()).splitlines()[-1:] or [""]
        return f"no autogenerate yet (`revision --autogenerate`: {said[0][:160]}); slot ready in harness/cases/autogen.py"
    return ("`revision --autogenerate` runs, but the bench does not yet give alembic4j a model of the schema: "
            "wire it in harness/cases/autogen.py")


def python_alembic(ctx, tool: PyAlembic, tables: int, rows: dict, counter: StatementCounter) -> Participant:
    directory = ctx.work / "projects" / f"autogen-{tables}" / tool.key
    versions = directory / "alembic" / "versions"
    dbs = {state: PostgresDatabase(unique_name(f"autogen_{state}_{tables}")) for state in rows}

    def setup():
        versions.mkdir(parents=True, exist_ok=True)
        (directory / "bench_models.py").write_text(models_py(tables))
        env = tool.env_py().replace("target_metadata = None\n", ENV_MODELS)
        (directory / "alembic" / "env.py").write_text(env)
        (directory / "alembic" / "script.py.mako").write_text((tool.templates() / "script.py.mako").read_text())
        schema = directory / "schema.sql"
        schema.write_text(schema_sql(tables))
        for state, db in dbs.items():
            db.create()
            if state == "current":
                run_quiet(PG + ["-1", "-d", db.name, "-f", str(schema)])
            counter.enable(db)
            (directory / f"{state}.ini").write_text(INI.format(script_location=directory / "alembic", url=db.url(),
                                                               extra=""))

    def invocation(state: str, r: int):
        from harness.tools.base import Invocation
        return Invocation([PYTHON, "-m", "alembic", "-c", str(directory / f"{state}.ini"), "revision",
                           "--autogenerate", "-m", "auto", "--rev-id", f"auto{r}{state}"], directory)

    def check(state: str):
        def verify(done: Finished) -> None:
            written = list(versions.glob("*.py"))
            if len(written) != 1:
                raise BenchError(f"expected one generated revision, found {len(written)}")
            text = written[0].read_text()
            creates = text.count("op.create_table(")
            expected = tables if state == "empty" else 0
            if creates != expected:
                raise BenchError(f"generated {creates} create_table calls, expected {expected} ({written[0].name})")
            written[0].unlink()
        return verify

    def steps(r):
        out = []
        for state, db in dbs.items():
            mark = {}

            def facts(db=db, mark=mark):
                n = counter.count_since(mark["offset"], db)
                return {} if n is None else {"statements": n}

            def timed(state=state, mark=mark, r=r):
                mark["offset"] = counter.mark()
                return invocation(state, r)
            out.append(Step(rows[state], timed(), check=check(state), facts=facts))
        return out

    def teardown():
        for db in dbs.values():
            db.drop()

    return Participant(tool.key, list(rows.values()), steps, setup=setup, teardown=teardown)
