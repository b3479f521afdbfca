"""The layer rules of docs/architecture.md, checked from the code's imports.

Every `.py` file under `desktop_app/` is parsed (never imported): `import` and `from ... import`
statements anywhere in the file (inside functions too, relative ones resolved), the attributes
used through an imported module (`peewee.DatabaseError`), `import_module("...")` and
`__import__("...")` calls with a literal name, and string literals that are exactly a dotted
module path of ours (the lazy-import tables of `printing/__init__.py` and the main window). The
second half of this file plants a violation of each rule in a synthetic module and in a copied
fake tree, so a rule that checks nothing (a folder that does not exist, a file it skips) fails.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = "desktop_app"

QT = ("PySide6", "shiboken6")
QT_ALLOWED = (
    "desktop_app.views",
    "desktop_app.app",  # builds the QApplication
    "desktop_app.i18n.translator",  # installs the QTranslator and the QLocale
    "desktop_app.selftest",  # the frozen program's smoke test opens the main window offscreen
)
DATABASE_OPENING = frozenset(
    f"desktop_app.models.database.{name}"
    for name in (
        "open_database",
        "close_database",
        "worker_connection",  # a worker thread's own connection (views/tasks.py)
        "SchemaTooNewError",
        "NetworkDriveError",
        "NotADatabaseError",
    )
)
"""What views may take from the models: opening and closing the database and its errors."""
DRIVERS = ("peewee", "playhouse", "sqlite3", "psycopg2")
SQL_WORDS = (".execute_sql(", ".save(", ".create(", "insert(", ".delete_instance(")
_DOTTED = re.compile(rf"{OURS}(\.[A-Za-z_]\w*)+")
_IMPORTERS = ("import_module", "__import__")


@dataclass(frozen=True)
class Import:
    """`module` (the importing module) uses `target` (dotted: a module or a name in it) at
    `line`; `bare` is a plain `import X` (only attributes used through X name what it needs)."""

    module: str
    target: str
    line: int
    bare: bool = False


def under(name: str, *prefixes: str) -> bool:
    """`name` is one of `prefixes` or inside one of them (`a.b.c` is under `a.b`)."""
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _absolute(module: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute module of `from <level dots><name> import ...` written in `module`."""
    if level == 0:
        return name or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, name] if name else base)


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and (inner := _dotted(node.value)):
        return f"{inner}.{node.attr}"
    return None


def imports_in(source: str, module: str, *, is_package: bool = False) -> list[Import]:
    """Everything `module` (its text is `source`) imports, as `Import`s (see the docstring)."""
    tree = ast.parse(source)
    found: list[Import] = []
    bound: dict[str, str] = {}  # the name `import a.b [as c]` binds -> the module path it holds
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append(Import(module, alias.name, node.lineno, bare=True))
                if alias.asname:
                    bound[alias.asname] = alias.name
                else:
                    top = alias.name.split(".")[0]
                    bound[top] = top
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, is_package, node.level, node.module)
            for alias in node.names:
                target = base if alias.name == "*" else f"{base}.{alias.name}"
                found.append(Import(module, target, node.lineno))
        elif isinstance(node, ast.Call):
            called = _dotted(node.func) or ""
            if called.split(".")[-1] in _IMPORTERS and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append(Import(module, first.value, node.lineno, bare=True))
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and _DOTTED.fullmatch(node.value)
        ):
            found.append(Import(module, node.value, node.lineno, bare=True))
    inner = {
        id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Attribute)
    }  # only the outermost attribute of a chain names what is used
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and id(node) not in inner:
            chain = _dotted(node)
            head = chain.split(".")[0] if chain else ""
            if chain and head in bound:
                target = bound[head] + chain[len(head) :]
                found.append(Import(module, target, node.lineno))
    return found


@dataclass(frozen=True)
class Rule:
    """One layer rule: modules for which `applies` holds must not make an import `forbidden`."""

    name: str
    why: str
    applies: Callable[[str], bool]
    forbidden: Callable[[Import], bool]


def _views_model(found: Import) -> bool:
    return under(found.target, "desktop_app.models") and found.target not in DATABASE_OPENING


def _views_driver(found: Import) -> bool:
    """peewee & co. only to catch their errors (`except peewee.DatabaseError`)."""
    if not under(found.target, *DRIVERS) or found.bare:
        return False
    return not found.target.split(".")[-1].endswith("Error")


RULES = (
    Rule(
        "qt-only-in-views",
        "Qt (PySide6, shiboken6) only in views/, app.py, i18n/translator.py and selftest.py",
        lambda m: not under(m, *QT_ALLOWED),
        lambda i: under(i.target, *QT),
    ),
    Rule(
        "views-no-models",
        "views take from desktop_app.models only the opening of the database and its errors",
        lambda m: under(m, "desktop_app.views"),
        _views_model,
    ),
    Rule(
        "views-no-database-driver",
        "views use peewee/sqlite3 only to catch their errors",
        lambda m: under(m, "desktop_app.views"),
        _views_driver,
    ),
    Rule(
        "printing-no-models-no-services",
        "printing renders typed data: it imports no models and no services",
        lambda m: under(m, "desktop_app.printing"),
        lambda i: under(i.target, "desktop_app.models", "desktop_app.services"),
    ),
    Rule(
        "scoring-imports-only-scoring",
        "scoring is pure: it imports nothing of ours except scoring",
        lambda m: under(m, "desktop_app.scoring"),
        lambda i: under(i.target, OURS) and not under(i.target, "desktop_app.scoring"),
    ),
    Rule(
        "sync-no-services",
        "sync (the package format) imports no services",
        lambda m: under(m, "desktop_app.sync"),
        lambda i: under(i.target, "desktop_app.services"),
    ),
    Rule(
        "services-no-views",
        "services never import views",
        lambda m: under(m, "desktop_app.services"),
        lambda i: under(i.target, "desktop_app.views"),
    ),
    Rule(
        "views-only-in-the-gui",
        "views are imported only by views, app.py and selftest.py (not by sync, printing, cli...)",
        lambda m: not under(m, "desktop_app.views", "desktop_app.app", "desktop_app.selftest"),
        lambda i: under(i.target, "desktop_app.views"),
    ),
    Rule(
        "models-below-the-use-cases",
        "models import no services, views, printing, sync or demo (they sit below them all)",
        lambda m: under(m, "desktop_app.models"),
        lambda i: under(
            i.target,
            "desktop_app.services",
            "desktop_app.views",
            "desktop_app.printing",
            "desktop_app.sync",
            "desktop_app.demo",
        ),
    ),
)
RULE_NAMES = tuple(rule.name for rule in RULES)
LAYERS = ("views", "printing", "scoring", "sync", "services", "models", "i18n")
"""Every folder a rule names; each must exist, or its rule would check nothing."""


def sources(root: Path) -> Iterator[tuple[str, Path]]:
    """(module name, path) of every Python file of the package under `root`."""
    for path in sorted((root / OURS).rglob("*.py")):
        yield module_name(path, root), path


@functools.cache
def _parsed(root: Path) -> tuple[tuple[str, str, tuple[Import, ...]], ...]:
    """(module, text, imports) of every file under `root`, read once per tree and test run (each
    rule of the real tree is its own test; parsing the tree for each would cost seconds)."""
    parsed = []
    for module, path in sources(root):
        text = path.read_text(encoding="utf-8")
        imports = imports_in(text, module, is_package=path.name == "__init__.py")
        parsed.append((module, text, tuple(imports)))
    return tuple(parsed)


def violations(root: Path, rules: Iterable[Rule] = RULES) -> list[str]:
    """ "rule: module:line imports target" for every import of the tree under `root` that a rule
    forbids, plus "views-no-sql: ..." for SQL or writes written in a view."""
    rules = tuple(rules)
    found: list[str] = []
    for module, text, imports in _parsed(root):
        for rule in rules:
            if rule.applies(module):
                found += [
                    f"{rule.name}: {module}:{i.line} imports {i.target}"
                    for i in imports
                    if rule.forbidden(i)
                ]
        if under(module, "desktop_app.views") and any(r.name == "views-no-sql" for r in rules):
            found += [f"views-no-sql: {module} writes {w!r}" for w in SQL_WORDS if w in text]
    return found


VIEWS_NO_SQL = Rule(
    "views-no-sql",
    "views hold no SQL and never write (no .save(), .create(), insert(), ...)",
    lambda m: under(m, "desktop_app.views"),
    lambda i: False,  # a text check, made in violations()
)
ALL_RULES = (*RULES, VIEWS_NO_SQL)


# --- the real tree ------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_the_tree_keeps_the_rule(rule: Rule) -> None:
    assert violations(ROOT, [rule]) == [], rule.why


@pytest.mark.parametrize("layer", LAYERS)
def test_every_layer_a_rule_names_exists(layer: str) -> None:
    assert (ROOT / OURS / layer / "__init__.py").is_file()


def test_the_checker_reads_the_whole_tree() -> None:
    """The lazy imports of the main window and of printing are seen, so a string import is
    not a way around the rules."""
    modules = dict(sources(ROOT))
    assert len(modules) > 100
    main_window = imports_in(
        modules["desktop_app.views.main_window"].read_text(encoding="utf-8"),
        "desktop_app.views.main_window",
    )
    assert "desktop_app.views.register.tab" in {i.target for i in main_window}


# --- the checker fails on a planted violation of each rule ---------------------------------------

PLANTED = {
    "qt-only-in-views": (
        "desktop_app.printing.chart",
        "def draw():\n    from PySide6.QtGui import QColor\n    return QColor\n",
    ),
    "views-no-models": (
        "desktop_app.views.controller",
        "from desktop_app.models import Employee\n",
    ),
    "views-no-database-driver": ("desktop_app.views.skp.tab", "from peewee import fn\n"),
    "printing-no-models-no-services": (
        "desktop_app.printing.blocks",
        "import desktop_app.services.skp.plans\n",
    ),
    "scoring-imports-only-scoring": (
        "desktop_app.scoring.periods",
        "from desktop_app import errors\n",
    ),
    "sync-no-services": (
        "desktop_app.sync.apply",
        "from importlib import import_module\n"
        "audit = import_module('desktop_app.services.audit')\n",
    ),
    "services-no-views": (
        "desktop_app.services.skp.plans",
        "_LAZY = {'messages': 'desktop_app.views.messages'}\n",
    ),
    "views-only-in-the-gui": (
        "desktop_app.cli",
        "def gui():\n    from desktop_app.views.main_window import MainWindow\n",
    ),
    "models-below-the-use-cases": (
        "desktop_app.models.plan",
        "from desktop_app.services import audit\n",
    ),
}


def _broken(module: str, source: str) -> set[str]:
    imports = imports_in(source, module)
    return {r.name for r in RULES if r.applies(module) for i in imports if r.forbidden(i)}


def test_every_rule_has_a_planted_violation() -> None:
    assert set(PLANTED) == set(RULE_NAMES)


@pytest.mark.parametrize("name", RULE_NAMES)
def test_a_planted_violation_fails_its_rule(name: str) -> None:
    module, source = PLANTED[name]
    assert name in _broken(module, source)


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("desktop_app.views.controller", "from desktop_app.models.database import open_database"),
        (
            "desktop_app.views.controller",
            "import peewee\ntry: pass\nexcept peewee.DatabaseError: 1",
        ),
        ("desktop_app.views.skp.tab", "from desktop_app.services.skp import plans"),
        ("desktop_app.app", "from PySide6.QtWidgets import QApplication"),
        ("desktop_app.i18n.translator", "from PySide6.QtCore import QTranslator"),
        ("desktop_app.scoring.periods", "from desktop_app.scoring.errors import RuleError"),
        ("desktop_app.printing.blocks", "from desktop_app.scoring import ratings"),
        ("desktop_app.sync.apply", "from desktop_app.models import Employee"),
        ("desktop_app.services.skp.plans", "'see desktop_app.views.skp.tab for the screen'"),
    ],
)
def test_what_the_rules_allow_passes(module: str, source: str) -> None:
    assert _broken(module, source) == set()


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("from . import plans", "desktop_app.services.skp.plans"),
        ("from ..register import units", "desktop_app.services.register.units"),
        ("import desktop_app.models as m\nm.Employee", "desktop_app.models.Employee"),
        ("__import__('PySide6.QtCore')", "PySide6.QtCore"),
    ],
)
def test_relative_imports_and_module_attributes_are_resolved(source: str, target: str) -> None:
    found = imports_in(source, "desktop_app.services.skp.evaluate")
    assert target in {i.target for i in found}


def _fake_tree(root: Path, files: dict[str, str]) -> Path:
    for relative, text in files.items():
        path = root / OURS / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for folder in (root / OURS).rglob("*"):
        if folder.is_dir():
            (folder / "__init__.py").touch()
    (root / OURS / "__init__.py").touch()
    return root


def test_a_clean_fake_tree_passes(tmp_path: Path) -> None:
    root = _fake_tree(
        tmp_path,
        {
            "views/controller.py": "from desktop_app.models.database import close_database\n",
            "printing/chart.py": "from reportlab.graphics.shapes import Drawing\n",
            "scoring/periods.py": "import datetime\n",
        },
    )
    assert violations(root, ALL_RULES) == []


def test_violations_planted_in_a_fake_tree_fail(tmp_path: Path) -> None:
    """The two holes of the old guards: a Qt import in printing/chart.py and a model import
    in views/controller.py (which also opens the database); plus a write in a view."""
    files = {
        "printing/chart.py": "from PySide6.QtGui import QPainter\n",
        "views/controller.py": (
            "from desktop_app.models.database import open_database\n"
            "from desktop_app.models import Employee\n"
        ),
        "views/skp/tab.py": "def keep(plan):\n    plan.save()\n",
    }
    for number, (relative, text) in enumerate(files.items()):
        root = _fake_tree(tmp_path / str(number), {relative: text})  # one tree per planted file
        assert len(violations(root, ALL_RULES)) == 1
    printing = violations(_fake_tree(tmp_path / "all", files), ALL_RULES)
    assert printing == [
        "qt-only-in-views: desktop_app.printing.chart:1 imports PySide6.QtGui.QPainter",
        "views-no-models: desktop_app.views.controller:2 imports desktop_app.models.Employee",
        "views-no-sql: desktop_app.views.skp.tab writes '.save('",
    ]
