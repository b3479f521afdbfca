"""Ratings, predikat matrix (domain.md §3) and their code tables."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.scoring import OrgPredikat, Predikat, Rating, RuleError, predikat

A, S, B = Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH


# Every cell of the matrix, written out (rows: rating hasil kerja, columns: rating perilaku).
def test_cell_di_atas_di_atas():
    assert predikat(A, A) is Predikat.SANGAT_BAIK


def test_cell_di_atas_sesuai():
    assert predikat(A, S) is Predikat.BAIK


def test_cell_di_atas_di_bawah():
    # max(a, b) would say Baik or better; the matrix says Kurang/Misconduct
    assert predikat(A, B) is Predikat.KURANG


def test_cell_sesuai_di_atas():
    assert predikat(S, A) is Predikat.BAIK


def test_cell_sesuai_sesuai():
    assert predikat(S, S) is Predikat.BAIK


def test_cell_sesuai_di_bawah():
    assert predikat(S, B) is Predikat.KURANG


def test_cell_di_bawah_di_atas():
    assert predikat(B, A) is Predikat.BUTUH_PERBAIKAN


def test_cell_di_bawah_sesuai():
    assert predikat(B, S) is Predikat.BUTUH_PERBAIKAN


def test_cell_di_bawah_di_bawah():
    assert predikat(B, B) is Predikat.SANGAT_KURANG


def test_predikat_accepts_stored_values_and_refuses_others():
    assert predikat("DI_ATAS", "DI_ATAS") is Predikat.SANGAT_BAIK
    with pytest.raises(ValueError, match="'BAGUS'"):
        predikat("BAGUS", S)  # type: ignore[arg-type]
    with pytest.raises(RuleError, match="1"):
        predikat(A, 1)  # type: ignore[arg-type]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(list(Rating)),
    st.sampled_from(list(Rating)),
    st.sampled_from(list(Rating)),
    st.sampled_from(list(Rating)),
)
def test_a_better_rating_never_gives_a_worse_predikat(h1, p1, h2, p2):
    if h1.rank >= h2.rank and p1.rank >= p2.rank:
        assert predikat(h1, p1).rank >= predikat(h2, p2).rank


def test_monotonic_exhaustively():
    for h1 in Rating:
        for p1 in Rating:
            for h2 in Rating:
                for p2 in Rating:
                    if h1.rank >= h2.rank and p1.rank >= p2.rank:
                        assert predikat(h1, p1).rank >= predikat(h2, p2).rank


@pytest.mark.parametrize(
    ("member", "code", "label"),
    [
        (Rating.DI_ATAS, 1, "Di Atas Ekspektasi"),
        (Rating.SESUAI, 2, "Sesuai Ekspektasi"),
        (Rating.DI_BAWAH, 3, "Di Bawah Ekspektasi"),
        (Predikat.SANGAT_BAIK, 1, "Sangat Baik"),
        (Predikat.BAIK, 2, "Baik"),
        (Predikat.BUTUH_PERBAIKAN, 3, "Butuh Perbaikan"),
        (Predikat.KURANG, 4, "Kurang/Misconduct"),
        (Predikat.SANGAT_KURANG, 5, "Sangat Kurang"),
        (OrgPredikat.ISTIMEWA, 1, "Istimewa"),
        (OrgPredikat.BAIK, 2, "Baik"),
        (OrgPredikat.BUTUH_PERBAIKAN, 3, "Butuh Perbaikan"),
        (OrgPredikat.KURANG, 4, "Kurang"),
        (OrgPredikat.SANGAT_KURANG, 5, "Sangat Kurang"),
    ],
)
def test_codes_and_labels(member, code, label):
    cls = type(member)
    assert member.code == code
    assert member.label == label
    assert cls.from_code(code) is member
    assert cls.from_code(str(code)) is member
    assert cls.from_label(label) is member
    assert cls.from_label(f"  {label.upper()} ") is member
    assert cls.from_label(member.value) is member
    assert cls(member.value) is member


def test_short_labels_and_aliases():
    assert Predikat.KURANG.short_label == "Kurang"
    assert Predikat.from_label("Kurang / Misconduct") is Predikat.KURANG
    assert Predikat.from_label("Kurang") is Predikat.KURANG
    assert Rating.from_label("Diatas") is Rating.DI_ATAS
    assert Rating.from_label("dibawah ekspektasi") is Rating.DI_BAWAH
    assert OrgPredikat.from_label("Butuh Perbaikan/Cukup") is OrgPredikat.BUTUH_PERBAIKAN


@pytest.mark.parametrize("cls", [Rating, Predikat, OrgPredikat])
@pytest.mark.parametrize("code", [0, 6, -1, "x", "", None, True, 1.0])
def test_unknown_code_raises_naming_it(cls, code):
    with pytest.raises(ValueError) as err:
        cls.from_code(code)
    assert repr(code) in str(err.value)


@pytest.mark.parametrize("cls", [Rating, Predikat, OrgPredikat])
@pytest.mark.parametrize("label", ["Luar Biasa", "", "   ", None, 3])
def test_unknown_label_raises_naming_it(cls, label):
    with pytest.raises(RuleError) as err:
        cls.from_label(label)
    assert repr(label) in str(err.value)


def test_ranks_follow_the_curve():
    assert [p.rank for p in Predikat] == [5, 4, 3, 2, 1]
    assert [r.rank for r in Rating] == [3, 2, 1]


# domain.md §3 as printed: rows rating hasil kerja, columns rating perilaku Di Bawah / Sesuai /
# Di Atas, cells the predikat labels. Read by label so that labels and matrix are both checked.
DOMAIN_MATRIX = {
    "Di Atas Ekspektasi": ("Kurang/Misconduct", "Baik", "Sangat Baik"),
    "Sesuai Ekspektasi": ("Kurang/Misconduct", "Baik", "Baik"),
    "Di Bawah Ekspektasi": ("Sangat Kurang", "Butuh Perbaikan", "Butuh Perbaikan"),
}
COLUMNS = ("Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi")


def test_matrix_as_printed_in_domain_3():
    cells = 0
    for row, labels in DOMAIN_MATRIX.items():
        for column, label in zip(COLUMNS, labels, strict=True):
            hasil, perilaku = Rating.from_label(row), Rating.from_label(column)
            assert predikat(hasil, perilaku).label == label, (row, column)
            cells += 1
    assert cells == 9


def test_matrix_is_not_max_of_the_ratings():
    # the wrong app rule (kuadran = max of the two rating codes) differs exactly where
    # perilaku is Di Bawah and hasil is not: those give Kurang (code 4), not 3
    for hasil in Rating:
        wrong = Predikat.from_code(max(hasil.code, Rating.DI_BAWAH.code))
        right = predikat(hasil, Rating.DI_BAWAH)
        if hasil is Rating.DI_BAWAH:
            assert right is Predikat.SANGAT_KURANG
        else:
            assert right is Predikat.KURANG
            assert right is not wrong


def test_members_of_another_enum_are_refused():
    # OrgPredikat.BAIK has the value "BAIK" but is not a Predikat (nor the reverse)
    with pytest.raises(RuleError, match=r"^<OrgPredikat\.BAIK: 'BAIK'> is not a predikat"):
        Predikat.coerce(OrgPredikat.BAIK)
    with pytest.raises(RuleError, match=r"^<Predikat\.KURANG: 'KURANG'> is not an organisation"):
        OrgPredikat.coerce(Predikat.KURANG)
    with pytest.raises(RuleError, match=r"^<Predikat\.BAIK: 'BAIK'> is not a rating"):
        predikat(Predikat.BAIK, S)  # type: ignore[arg-type]
    assert Predikat.coerce("BAIK") is Predikat.BAIK
