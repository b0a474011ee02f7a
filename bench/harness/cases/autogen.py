"""Autogenerate: `revision --autogenerate` against an empty database and an up-to-date one.

The schema: T tables s_<i> (id, name, created_at, parent_id -> s_<i-1> in runs of ten, an index on name), as a
SQLAlchemy model module for Alembic. The up-to-date database is made by psql with the same DDL.
Each run's statements to the database are counted on the server (harness.statements).
alembic4j gets the same schema in its env.java (context.targetSchema(TargetSchema.of(...))); when its
`revision --autogenerate` does not work, its cells say why.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from harness.context import Context
from harness.databases import PG, PostgresDatabase, unique_name
from harness.measure import Finished, run_quiet, run_timed
from harness.model import BenchError, Row
from harness.runner import Participant, Step, interleave
from harness.statements import StatementCounter, find_log
from harness.tools.alembic_family import INI
from harness.tools.base import Invocation
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


ENV_JAVA_IMPORTS = """import org.alembic4j.env.MigrationEnvironment;
import org.alembic4j.autogenerate.TargetSchema;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TableElement;
import java.util.ArrayList;
import java.util.List;
import static org.alembic4j.op.Ops.*;"""

ENV_JAVA_TARGET = """context.useUrl(context.mainOption("sqlalchemy.url"));
        // the bench's schema: the same tables as bench_models.py gives Alembic
        List<Table> tables = new ArrayList<>();
        for (int i = 1; i <= {tables}; i++) {{
            List<TableElement> elements = new ArrayList<>(List.of(
                    column("id", INTEGER).primaryKey(),
                    column("name", string(50)).notNull(),
                    column("created_at", DATETIME)));
            if (i % 10 != 1) {{
                elements.add(column("parent_id", INTEGER).references("s_" + (i - 1) + ".id"));
            }}
            elements.add(index("ix_s_" + i + "_name", "name"));
            tables.add(table("s_" + i, elements.toArray(new TableElement[0])));
        }}
        context.targetSchema(TargetSchema.of(tables));"""


def env_java(template: str, tables: int) -> str:
    """alembic4j's env.java as `alembic init` writes it, plus the target schema (Alembic's target_metadata)."""
    return (template.replace("import org.alembic4j.env.MigrationEnvironment;", ENV_JAVA_IMPORTS)
            .replace('context.useUrl(context.mainOption("sqlalchemy.url"));', ENV_JAVA_TARGET.format(tables=tables)))


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
        if ctx.settings.tools and tool.key not in ctx.settings.tools:
            continue
        if tool.key == "alembic4j":
            note = ctx.notes.get(tool.key) or alembic4j_note(ctx, tool)
            if note:
                for row in rows.values():
                    row.skip(tool.key, note)
            else:
                participants.append(autogenerating(ctx, tool, tables, rows, counter, alembic4j_files(tool, tables)))
        elif isinstance(tool, PyAlembic):
            participants.append(autogenerating(ctx, tool, tables, rows, counter, python_files(tool, tables)))
    ctx.log(f"  autogen {tables} tables: {len(participants)} tools")
    interleave(participants, ctx.settings.reps, ctx.settings.run)
    return list(rows.values())


def alembic4j_note(ctx: Context, tool) -> str | None:
    """None when alembic4j's `revision --autogenerate` works, else its own answer (checked, not assumed)."""
    if "autogen-probe" in ctx.memo:
        return ctx.memo["autogen-probe"]
    probe = ctx.work / "projects" / "autogen-probe" / tool.key
    if probe.exists():
        shutil.rmtree(probe)
    files = alembic4j_files(tool, 1)
    write_project(probe, files)
    (probe / "probe.ini").write_text(INI.format(script_location=probe / "alembic", extra="",
                                                url=f"sqlite:///{probe / 'probe.db'}"))
    done = run_timed(files["command"] + ["-c", str(probe / "probe.ini"), "revision", "--autogenerate", "-m", "probe"],
                     probe)
    note = None
    if done.returncode != 0:
        lines = (done.stderr.strip() or done.stdout.strip()).splitlines()
        said = ([line for line in lines if "FAILED" in line] or lines[-1:] or [""])[-1]
        note = f"no autogenerate (`revision --autogenerate`: {said[:160]}); slot ready in harness/cases/autogen.py"
    ctx.memo["autogen-probe"] = note
    return note


def python_files(tool: PyAlembic, tables: int) -> dict:
    env = tool.env_py().replace("target_metadata = None\n", ENV_MODELS)
    return {"command": [PYTHON, "-m", "alembic"], "suffix": ".py", "create": "op.create_table(",
            "files": {"bench_models.py": models_py(tables), "alembic/env.py": env,
                      "alembic/script.py.mako": (tool.templates() / "script.py.mako").read_text()}}


def alembic4j_files(tool, tables: int) -> dict:
    return {"command": [str(tool.launcher)], "suffix": ".java", "create": "op.createTable(",
            "files": {"alembic/env.java": env_java(tool.env_template.read_text(), tables),
                      "alembic/script.java.mustache": tool.template()}}


def write_project(directory: Path, files: dict) -> None:
    (directory / "alembic" / "versions").mkdir(parents=True, exist_ok=True)
    for name, text in files["files"].items():
        (directory / name).write_text(text)


def autogenerating(ctx, tool, tables: int, rows: dict, counter: StatementCounter, files: dict) -> Participant:
    """`revision --autogenerate` against the empty and the up-to-date database, one after the other."""
    directory = ctx.work / "projects" / f"autogen-{tables}" / tool.key
    versions = directory / "alembic" / "versions"
    dbs = {state: PostgresDatabase(unique_name(f"autogen_{tool.key}_{state}_{tables}")) for state in rows}

    def setup():
        write_project(directory, files)
        schema = directory / "schema.sql"
        schema.write_text(schema_sql(tables))
        for state, db in dbs.items():
            db.create()
            if state == "current":
                run_quiet(PG + ["-1", "-d", db.name, "-f", str(schema)])
            counter.enable(db)
            (directory / f"{state}.ini").write_text(INI.format(script_location=directory / "alembic", url=db.url(),
                                                               extra=""))

    def invocation(state: str, r: int) -> Invocation:
        return Invocation(files["command"] + ["-c", str(directory / f"{state}.ini"), "revision", "--autogenerate",
                                              "-m", "auto", "--rev-id", f"auto{r}{state}"], directory)

    def check(state: str):
        def verify(done: Finished) -> None:
            written = list(versions.glob("*" + files["suffix"]))
            if len(written) != 1:
                raise BenchError(f"expected one generated revision, found {len(written)}")
            text = written[0].read_text()
            written[0].unlink()
            creates = text.count(files["create"])
            expected = tables if state == "empty" else 0
            if creates != expected:
                raise BenchError(f"generated {creates} create-table calls, expected {expected} ({written[0].name})")
        return verify

    def steps(r):
        out = []
        for state, db in dbs.items():
            mark = {"offset": counter.mark()}

            def facts(db=db, mark=mark):
                n = counter.count_since(mark["offset"], db)
                return {} if n is None else {"statements": n}
            out.append(Step(rows[state], invocation(state, r), check=check(state), facts=facts))
        return out

    def teardown():
        for db in dbs.values():
            db.drop()

    return Participant(tool.key, list(rows.values()), steps, setup=setup, teardown=teardown)
