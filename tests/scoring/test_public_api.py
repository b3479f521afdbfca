"""The public names of issue 3 exist with exactly the agreed signatures.

Other tools and the central office import these names; renaming a parameter, reordering it or
changing a default breaks them, so each signature is pinned here (names, order, kind, default).
"""

from __future__ import annotations

import inspect

import pytest

import desktop_app.scoring as scoring
from desktop_app.scoring import legacy, nip

P = inspect.Parameter
POS = P.POSITIONAL_OR_KEYWORD
NO_DEFAULT = P.empty

# (module, name, [(parameter, default), ...], return annotation or None when not pinned)
SIGNATURES = [
    (scoring, "predikat", [("hasil", NO_DEFAULT), ("perilaku", NO_DEFAULT)], "Predikat"),
    (
        scoring,
        "check_distribution",
        [("org", NO_DEFAULT), ("counts", NO_DEFAULT)],
        "list[Finding]",
    ),
    (
        scoring,
        "suggest_distribution",
        [("org", NO_DEFAULT), ("headcount", NO_DEFAULT)],
        "dict[Predikat, int]",
    ),
    (scoring, "jp_from_minutes", [("minutes", NO_DEFAULT)], None),
    (scoring, "jp_shortfall", [("activities", NO_DEFAULT), ("year", NO_DEFAULT)], None),
    (scoring, "angka_kredit", [("jenjang", NO_DEFAULT), ("predikat", NO_DEFAULT)], None),
    (legacy, "kuantitas", [("t", NO_DEFAULT), ("r", NO_DEFAULT)], None),
    (legacy, "kualitas", [("t", NO_DEFAULT), ("r", NO_DEFAULT)], None),
    (legacy, "waktu", [("t", NO_DEFAULT), ("r", NO_DEFAULT)], None),
    (legacy, "biaya", [("t", NO_DEFAULT), ("r", NO_DEFAULT)], None),
    (
        legacy,
        "nilai_capaian",
        [
            ("kuantitas", NO_DEFAULT),
            ("kualitas", NO_DEFAULT),
            ("waktu", NO_DEFAULT),
            ("biaya", None),
        ],
        None,
    ),
    (
        legacy,
        "nilai_skp",
        [("capaian", NO_DEFAULT), ("tugas_tambahan", 0), ("kreativitas", 0)],
        None,
    ),
    (legacy, "perilaku", [("aspects", NO_DEFAULT)], None),
    (legacy, "prestasi_kerja", [("nilai_skp", NO_DEFAULT), ("nilai_perilaku", NO_DEFAULT)], None),
    (legacy, "sebutan", [("score", NO_DEFAULT)], "str"),
    (
        legacy,
        "pp30_nilai",
        [("skp", NO_DEFAULT), ("perilaku", NO_DEFAULT), ("with_peers", NO_DEFAULT)],
        None,
    ),
    (legacy, "pp30_predikat", [("score", NO_DEFAULT), ("innovation", NO_DEFAULT)], None),
]


@pytest.mark.parametrize(
    ("module", "name", "params", "returns"),
    SIGNATURES,
    ids=[f"{m.__name__}.{n}" for m, n, _, _ in SIGNATURES],
)
def test_signature(module, name, params, returns):
    signature = inspect.signature(getattr(module, name))
    got = [(p.name, p.default) for p in signature.parameters.values()]
    assert got == params
    assert all(p.kind is POS for p in signature.parameters.values())
    if returns is not None:
        assert signature.return_annotation == returns


def test_annotations_name_the_agreed_types():
    assert inspect.signature(scoring.predikat).parameters["hasil"].annotation == "Rating"
    check = inspect.signature(scoring.check_distribution).parameters
    assert check["org"].annotation == "OrgPredikat"
    assert check["counts"].annotation == "Mapping[Predikat, int]"
    assert inspect.signature(legacy.pp30_nilai).parameters["with_peers"].annotation == "bool"
    assert inspect.signature(legacy.pp30_predikat).parameters["innovation"].annotation == "bool"


def test_parse_nip_takes_the_text_first_and_returns_nip_info():
    for module in (scoring, nip):
        signature = inspect.signature(module.parse_nip)
        first, *rest = signature.parameters.values()
        assert first.name == "text" and first.default is NO_DEFAULT
        assert all(p.default is not NO_DEFAULT for p in rest)  # extras are optional
        assert signature.return_annotation == "NipInfo"
    assert scoring.parse_nip is nip.parse_nip
    fields = {"kind", "birth_date", "gender", "tmt", "appointment_year"}
    assert fields <= set(nip.NipInfo.__dataclass_fields__)


def test_summarize_periods_is_exported():
    first = next(iter(inspect.signature(scoring.summarize_periods).parameters.values()))
    assert first.default is NO_DEFAULT


@pytest.mark.parametrize(
    ("enum", "members"),
    [
        (scoring.Rating, ["DI_ATAS", "SESUAI", "DI_BAWAH"]),
        (scoring.Predikat, ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"]),
        (
            scoring.OrgPredikat,
            ["ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"],
        ),
    ],
)
def test_enums_have_exactly_the_agreed_members_with_label_and_code(enum, members):
    assert [m.name for m in enum] == members
    for member in enum:
        assert isinstance(member.label, str) and member.label.strip()
        assert isinstance(member.code, int)


def test_everything_in_all_exists():
    for name in scoring.__all__:
        assert hasattr(scoring, name), name
