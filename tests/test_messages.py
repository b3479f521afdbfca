"""Every translatable error names the same context it was marked in.

A service error carries `msgid` and `context`; the GUI translates with
QCoreApplication.translate(context, msgid). An error built as InputError(N_("employees", ...))
without the context "employees" is looked up under "services", finds nothing, and shows English
in the Indonesian interface. This walks the source and refuses any such mismatch.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "desktop_app"
DEFAULT_CONTEXT = "services"
RULES = ROOT / "scoring"  # RuleError(msgid, params, *, context="scoring")


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _mismatches(tree: ast.AST, path: Path) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _callee(node).endswith("Error") and node.args):
            continue
        first = node.args[0]
        if not (isinstance(first, ast.Call) and _callee(first) == "N_" and first.args):
            continue
        marked = first.args[0].value  # type: ignore[attr-defined]
        rules = RULES in path.parents
        given = "scoring" if rules else DEFAULT_CONTEXT
        if not rules and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
            given = node.args[1].value
        for keyword in node.keywords:
            if keyword.arg == "context" and isinstance(keyword.value, ast.Constant):
                given = keyword.value.value
        if given != marked:
            found.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: {marked} != {given}")
    return found


def test_errors_carry_the_context_their_message_was_marked_in():
    problems = []
    for path in sorted(ROOT.rglob("*.py")):
        problems += _mismatches(ast.parse(path.read_text(encoding="utf-8")), path)
    assert problems == []


def test_the_check_finds_a_mismatch():
    tree = ast.parse('InputError(N_("employees", "Choose the unit."))')
    assert _mismatches(tree, ROOT / "x.py") == ["desktop_app/x.py:1: employees != services"]
