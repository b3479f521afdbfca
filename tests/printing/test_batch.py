"""Batch printing per unit and period: one merged PDF (each employee numbered on their own) or
one file per employee; sub-units; cancel and failure leave nothing; who may print."""

from __future__ import annotations

import pytest

from desktop_app.errors import InputError, NotFoundError
from desktop_app.printing import merged
from desktop_app.services import auth, session
from desktop_app.services.evaluation import evaluations
from desktop_app.services.reports import NothingToPrint, PrintCancelled, batch, print_batch
from desktop_app.services.session import AccessDenied
from tests.printing.conftest import (
    ANNUAL,
    NIP_ANI,
    NIP_BUDI,
    NIP_KABID,
    NIP_KADIS,
    NIP_SITI,
    Q1,
    assert_valid,
    read,
)


@pytest.mark.parametrize("covers", [2, 100])
def test_merged_batch_numbers_each_document_on_its_own(printable, out, monkeypatch, covers):
    monkeypatch.setattr(batch, "_COVERS", covers)  # 2: the data read in two rounds
    result = print_batch("dinkes", ANNUAL, out, merged=True)
    assert [p.name for p in result.files] == [f"DINKES_dokumen-evaluasi_{ANNUAL}.pdf"]
    assert result.documents == 3 and result.pages == 3
    assert sorted(result.skipped) == sorted([NIP_KADIS, NIP_ANI])  # no final evaluation
    reader, texts = read(result.files[0])
    assert len(reader.pages) == 3
    assert reader.metadata.title == f"Dokumen Evaluasi Kinerja Pegawai {ANNUAL} – Dinas Kesehatan"
    assert all("Halaman 1 dari 1" in text for text in texts)
    assert all("DOKUMEN EVALUASI KINERJA PEGAWAI" in text for text in texts)
    groups = {nip: f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}" for nip in (NIP_BUDI, NIP_SITI)}
    assert any(f"Dokumen Evaluasi Kinerja Tahunan {ANNUAL} · Budi Santoso" in t for t in texts)
    assert all(any(g in t for t in texts) for g in groups.values())
    marks = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    assert len(marks) == 3 and [page for _, page in marks] == [0, 1, 2]
    assert any(title == f"Budi Santoso (NIP {groups[NIP_BUDI]})" for title, _ in marks), marks
    assert_valid(result.files[0])
    assert [p.name for p in out.iterdir()] == [result.files[0].name]


@pytest.mark.parametrize("chunk", [1, 100])
def test_merged_evaluation_forms_restart_page_numbers(printable, out, monkeypatch, chunk):
    monkeypatch.setattr(merged, "CHUNK", chunk)  # 1: each document laid out on its own
    result = print_batch("SEKRET", ANNUAL, out, merged=True, form="evaluation")
    assert result.documents == 2  # Budi and Siti; the sub-unit only
    _, texts = read(result.files[0])
    firsts = [n for n, text in enumerate(texts) if "Halaman 1 dari" in text]
    assert len(firsts) == 2 and firsts[0] == 0
    assert f"Halaman {firsts[1]} dari {firsts[1]}" in texts[firsts[1] - 1]
    assert result.pages == len(texts)
    assert_valid(result.files[0])


def test_one_file_per_employee(printable, out):
    result = print_batch("DINKES", ANNUAL, out, merged=False, form="skp")
    names = sorted(p.name for p in result.files)
    assert names == sorted(
        f"{nip}_skp_{ANNUAL}.pdf" for nip in (NIP_KADIS, NIP_KABID, NIP_BUDI, NIP_SITI)
    )
    assert result.skipped == [NIP_ANI]  # a draft SKP
    assert sorted(p.name for p in out.iterdir()) == names  # no staging folder left
    for path in result.files:
        reader, texts = read(path)
        assert "SASARAN KINERJA PEGAWAI" in texts[0] and "LAMPIRAN" in texts[-1]
        assert reader.metadata.title.startswith("Sasaran Kinerja Pegawai 2026 – ")
    assert_valid(result.files[0])


@pytest.mark.parametrize("merged", [True, False])
def test_cancel_leaves_nothing_and_keeps_older_files(printable, out, merged):
    older = out / f"{NIP_BUDI}_dokumen-evaluasi_{ANNUAL}.pdf"
    older.write_bytes(b"an earlier print")
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 2:
            raise KeyboardInterrupt  # what the GUI's Cancelled stands for

    with pytest.raises(KeyboardInterrupt):
        print_batch("DINKES", ANNUAL, out, merged=merged, progress=progress)
    assert seen == [(0, 3), (1, 3), (2, 3)]
    assert [p.name for p in out.iterdir()] == [older.name]
    assert older.read_bytes() == b"an earlier print"

    with pytest.raises(PrintCancelled):
        print_batch("DINKES", ANNUAL, out, merged=merged, cancelled=lambda: True)
    assert [p.name for p in out.iterdir()] == [older.name]


def test_agreed_idps_of_a_unit(idps, out):
    result = print_batch("DINKES", "2026-Q2", out, merged=True, form="idp")
    assert [p.name for p in result.files] == ["DINKES_idp_2026.pdf"]
    assert result.documents == 1 and result.pages == 2
    assert sorted(result.skipped) == sorted([NIP_KADIS, NIP_KABID, NIP_SITI, NIP_ANI])
    reader, texts = read(result.files[0])
    assert reader.metadata.title == "Rencana Pengembangan Kompetensi Pegawai 2026 – Dinas Kesehatan"
    assert "RENCANA PENGEMBANGAN KOMPETENSI PEGAWAI" in texts[0]
    assert "Halaman 2 dari 2" in texts[1] and "DRAF" not in " ".join(texts)
    assert_valid(result.files[0])
    single = out / "single"
    single.mkdir()
    result = print_batch("SEKRET", ANNUAL, single, merged=False, form="idp")
    assert [p.name for p in result.files] == [f"{NIP_BUDI}_idp_2026.pdf"]


def test_bad_input_is_refused(printable, out):
    with pytest.raises(InputError, match="No unit with code NOPE"):
        print_batch("NOPE", ANNUAL, out, merged=True)
    with pytest.raises(InputError, match="Nothing to print"):
        print_batch("DINKES", "2026-Q3", out, merged=True)
    with pytest.raises(InputError, match="not known"):
        print_batch("DINKES", "2026-Q7", out, merged=True)
    with pytest.raises(InputError, match="does not exist"):
        print_batch("DINKES", ANNUAL, out / "missing", merged=True)
    with pytest.raises(InputError, match="Form 'nope' is not known"):
        print_batch("DINKES", ANNUAL, out, merged=True, form="nope")
    # the unit by its name, and who was not printed with the reason (issue 18, defect 7)
    with pytest.raises(NothingToPrint, match="no employee of Dinas Kesehatan has an agreed IDP "
                       "for 2026") as caught:  # fmt: skip
        print_batch("DINKES", ANNUAL, out, merged=True, form="idp")  # none agreed
    assert caught.value.left_out and all(person.reason for person in caught.value.left_out)
    assert "DINKES" not in str(caught.value)
    assert list(out.iterdir()) == []


def test_batch_needs_the_print_permission(printable, out):
    auth.create_user("kabid", "Rahasia-Kantor-2026", "supervisor", printable["kabid"])
    auth.create_user("staffhr", "Rahasia-Kantor-2026", "hr")
    session.sign_in_as(auth.authenticate("kabid", "Rahasia-Kantor-2026"))
    with pytest.raises(AccessDenied):
        print_batch("DINKES", ANNUAL, out, merged=True)
    session.sign_in_as(auth.authenticate("staffhr", "Rahasia-Kantor-2026"))
    assert print_batch("DINKES", ANNUAL, out, merged=True).documents == 3


def test_covers_read_in_bulk_are_those_read_one_by_one(printable):
    draft = evaluations.open_evaluation(printable["siti"], Q1)
    ids = [printable[k] for k in ("eval_kabid", "eval_budi", "eval_budi_q1", "eval_siti")]
    ids.insert(2, draft)
    covers = evaluations.get_evaluation_covers(ids)
    assert covers == [evaluations.get_evaluation(i, with_content=False) for i in ids]
    assert [c.id for c in covers] == ids  # the order given
    budi = covers[1]
    assert budi.org_predikat == "BAIK" and budi.decision and len(budi.history) >= 4
    assert budi.appraiser_name == "Kabid Pelayanan" and covers[0].appraiser_name == (
        "dr. Kadis Sehat, M.Kes."
    )
    assert covers[2].status == evaluations.DRAFT and covers[2].org_predikat is None
    with pytest.raises(NotFoundError):
        evaluations.get_evaluation_covers([ids[0], 999_999])

    auth.create_user("budi", "Rahasia-Kantor-2026", "supervisor", printable["budi"])
    session.sign_in_as(auth.authenticate("budi", "Rahasia-Kantor-2026"))  # appraises nobody
    with pytest.raises(AccessDenied):
        evaluations.get_evaluation(printable["eval_siti"], with_content=False)
    with pytest.raises(AccessDenied):
        evaluations.get_evaluation_covers([printable["eval_siti"]])
