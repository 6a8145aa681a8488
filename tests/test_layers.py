"""Which way imports run: src/ knows nothing of Airflow, and only store/ speaks SQL."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "deadlines"
STORE = SRC / "store"
# What builds or runs a statement: SQLAlchemy's SQL constructs and dialects, and the calls of
# a session or connection that run one.
SQL_MODULES = ("sqlalchemy.sql", "sqlalchemy.dialects", "sqlalchemy.future")
SQL_NAMES = {
    "and_", "bindparam", "case", "cast", "column", "delete", "exists", "false", "func",
    "insert", "literal", "literal_column", "not_", "null", "or_", "select", "table", "text",
    "true", "tuple_", "union", "update",
}  # fmt: skip
RUNS_SQL = {"execute", "exec_driver_sql", "scalar", "scalars", "query", "get", "get_one", "add"}


def _modules(*folders: Path) -> Iterator[tuple[Path, ast.Module]]:
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _imports(tree: ast.Module) -> Iterator[tuple[str, str | None]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((alias.name, None) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield from ((node.module, alias.name) for alias in node.names)


def _sql_outside_the_store(path: Path, tree: ast.Module) -> list[str]:
    found = []
    for module, name in _imports(tree):
        if module.startswith(SQL_MODULES) or (module == "sqlalchemy" and name in SQL_NAMES):
            found.append(f"imports {module}.{name or ''}")
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in RUNS_SQL
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in ("session", "conn", "connection", "cursor")
        ):
            found.append(f"line {node.lineno}: {node.func.value.id}.{node.func.attr}()")
    return found


def test_no_module_outside_the_store_builds_or_runs_sql() -> None:
    offenders = {
        str(path.relative_to(ROOT)): found
        for path, tree in _modules(SRC, ROOT / "plugins", ROOT / "dags")
        if STORE not in path.parents and (found := _sql_outside_the_store(path, tree))
    }
    assert offenders == {}


def test_the_check_sees_sql() -> None:
    tree = ast.parse(
        "from sqlalchemy import select\nfrom sqlalchemy.dialects import sqlite\n"
        "def f(session):\n    return session.scalars(select(1))\n"
    )
    assert len(_sql_outside_the_store(Path("x.py"), tree)) == 3


def test_src_imports_nothing_of_airflow_at_module_level() -> None:
    for path, tree in _modules(SRC):
        top = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
        for module, _ in _imports(ast.Module(body=top, type_ignores=[])):
            assert not module.startswith("airflow"), (str(path.relative_to(ROOT)), module)


def test_the_shared_vocabulary_imports_nothing_of_ours() -> None:
    tree = ast.parse((SRC / "model.py").read_text(encoding="utf-8"))
    assert not [module for module, _ in _imports(tree) if module.startswith("deadlines")]
