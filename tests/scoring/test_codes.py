"""The code tables are data with a source and a version; messages are translatable."""

from __future__ import annotations

import ast
import pathlib
from decimal import Decimal

import pytest

import desktop_app.scoring as scoring
from desktop_app.scoring import codes
from desktop_app.scoring.errors import Message, RuleError
from desktop_app.scoring.ratings import OrgPredikat, Predikat, Rating
from desktop_app.scoring.reference import JfLevel

PACKAGE = pathlib.Path(scoring.__file__).parent


def test_every_table_has_a_source_and_a_version():
    assert codes.CODETABLE_VERSION == "2026.1"
    assert scoring.CODETABLE_VERSION == codes.CODETABLE_VERSION
    for table in codes.TABLES:
        assert table.source.strip(), table.name
        assert table.version == codes.CODETABLE_VERSION, table.name
        assert isinstance(table.confirmed, bool)
        assert table.data


def test_every_code_table_in_the_module_is_listed():
    found = {id(v) for v in vars(codes).values() if isinstance(v, codes.CodeTable)}
    assert found == {id(t) for t in codes.TABLES}
    names = [t.name for t in codes.TABLES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("table", "enum"),
    [(codes.RATINGS, Rating), (codes.PREDIKAT, Predikat), (codes.ORG_PREDIKAT, OrgPredikat)],
)
def test_label_tables_match_the_enums(table, enum):
    assert [row.key for row in table.data] == [m.value for m in enum]
    assert len({row.code for row in table.data}) == len(table.data)


def test_matrix_and_distribution_tables_are_consistent():
    ratings = [r.value for r in Rating]
    assert set(codes.PREDIKAT_MATRIX.data) == {(h, p) for h in ratings for p in ratings}
    assert set(codes.PREDIKAT_MATRIX.data.values()) == {p.value for p in Predikat}
    for rule in codes.DISTRIBUTION_RULES.data:
        assert rule.org in OrgPredikat.__members__
        assert rule.kind in codes.RULE_KINDS
        assert all(p in Predikat.__members__ for p in rule.predikat)
        assert (rule.share is not None) == (rule.kind in (codes.MAX_SHARE, codes.MIN_SHARE))
        if rule.share is not None:
            assert Decimal(0) < rule.share <= Decimal(1)
    ids = [rule.rule_id for rule in codes.DISTRIBUTION_RULES.data]
    assert len(ids) == len(set(ids))
    for org, shares in codes.SUGGESTED_SHARES.data.items():
        assert org in OrgPredikat.__members__
        assert set(shares) == set(Predikat.__members__)
        assert sum(shares.values()) == 100


def test_angka_kredit_tables_cover_every_level_and_predikat():
    assert set(codes.AK_KOEFISIEN.data) == {level.value for level in JfLevel}
    assert set(codes.AK_PERCENT.data) == {p.value for p in Predikat}


def test_rule_error_carries_msgid_params_and_context():
    err = RuleError("count {value} for {predikat} is negative", {"value": -1, "predikat": "Baik"})
    assert isinstance(err, ValueError)
    assert err.context == "scoring"
    assert err.msgid == "count {value} for {predikat} is negative"
    assert err.params == {"value": -1, "predikat": "Baik"}
    assert str(err) == "count -1 for Baik is negative"
    assert err.message == Message(err.msgid, err.params)
    assert str(err.message) == str(err)


def _n_calls():
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "N_":
                yield path.name, node


def test_translatable_strings_are_literal_and_in_the_scoring_context():
    calls = list(_n_calls())
    assert len(calls) > 50
    for name, node in calls:
        assert len(node.args) == 2, name
        context, text = node.args
        assert isinstance(context, ast.Constant) and context.value == "scoring", name
        assert isinstance(text, ast.Constant) and isinstance(text.value, str), name


def test_no_qt_database_or_other_project_imports():
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
            elif isinstance(node, ast.Import):
                module = node.names[0].name
            else:
                continue
            top = module.split(".")[0]
            assert top not in {"PySide6", "peewee", "sqlite3"}, (path.name, module)
            if top == "desktop_app":
                assert module.startswith("desktop_app.scoring"), (path.name, module)


def test_only_the_standard_library_and_scoring_itself_are_imported():
    # pure package: no Qt, no database layer, no third-party library, no other project package
    import sys

    allowed = set(sys.stdlib_module_names) - {"sqlite3", "tkinter"}
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.level == 0, (path.name, "relative import")
                modules = [node.module or ""]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                ok = (
                    top == "__future__"
                    or top in allowed
                    or module.startswith("desktop_app.scoring")
                )
                assert ok, (path.name, module)


def test_tables_named_by_the_issue_carry_a_regulation_source():
    # labels and codes, distribution rules and angka kredit percentages: each names a regulation
    for table, regulation in [
        (codes.RATINGS, "PermenPANRB 6/2022"),
        (codes.PREDIKAT, "PermenPANRB 6/2022"),
        (codes.PREDIKAT_MATRIX, "PermenPANRB 6/2022"),
        (codes.ORG_PREDIKAT, "SE MenPANRB 3/2023"),
        (codes.DISTRIBUTION_RULES, "SE MenPANRB 3/2023"),
        (codes.AK_PERCENT, "PermenPANRB 1/2023"),
        (codes.AK_KOEFISIEN, "PermenPANRB 1/2023"),
        (codes.PP46_SEBUTAN, "PP 46/2011"),
        (codes.PP46_WEIGHTS, "PP 46/2011"),
        (codes.PP30_WEIGHTS, "PP 30/2019"),
        (codes.PP30_PREDIKAT, "PP 30/2019"),
        (codes.DEVELOPMENT_RULES, "PP 11/2017"),
    ]:
        assert regulation in table.source, table.name
        assert table.version == codes.CODETABLE_VERSION


def test_distribution_table_is_the_se_3_2023_guidance_of_domain_4():
    # domain.md §4, row by row: (kind, predikat set, share)
    D = Decimal
    expected = {
        "ISTIMEWA": {
            (codes.MAX_SHARE, ("SANGAT_BAIK",), D("0.70")),
            (codes.LARGEST, ("SANGAT_BAIK",), None),
        },
        "BAIK": {
            (codes.MAX_SHARE, ("BAIK",), D("0.70")),
            (codes.LARGEST, ("BAIK",), None),
            (codes.MUST_EXIST, ("BUTUH_PERBAIKAN", "KURANG"), None),
        },
        "BUTUH_PERBAIKAN": {
            (codes.MIN_SHARE, ("BUTUH_PERBAIKAN",), D("0.60")),
            (codes.MAX_SHARE, ("SANGAT_BAIK",), D("0.10")),
        },
        "KURANG": {
            (codes.MIN_SHARE, ("KURANG",), D("0.60")),
            (codes.MIN_SHARE, ("BUTUH_PERBAIKAN",), D("0.10")),
            (codes.MAX_SHARE, ("SANGAT_BAIK",), D("0.10")),
        },
        "SANGAT_KURANG": {
            (codes.MIN_SHARE, ("SANGAT_KURANG",), D("0.60")),
            (codes.MIN_SHARE, ("KURANG", "BUTUH_PERBAIKAN"), D("0.10")),
            (codes.MUST_NOT_EXIST, ("SANGAT_BAIK",), None),
        },
    }
    got: dict[str, set] = {}
    for rule in codes.DISTRIBUTION_RULES.data:
        got.setdefault(rule.org, set()).add((rule.kind, rule.predikat, rule.share))
    assert got == expected


def test_angka_kredit_percentages_are_those_of_domain_8_5():
    assert dict(codes.AK_PERCENT.data) == {
        "SANGAT_BAIK": Decimal(150),
        "BAIK": Decimal(100),
        "BUTUH_PERBAIKAN": Decimal(75),
        "KURANG": Decimal(50),
        "SANGAT_KURANG": Decimal(25),
    }
