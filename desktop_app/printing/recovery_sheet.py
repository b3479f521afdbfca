"""LEMBAR PEMULIHAN KUNCI CADANGAN: the recovery sheet of the office's backup key, printed
once when the key is made (services/backup_seal.py).

What a real office needs when the administrator who chose the passphrase is gone or has
forgotten it: the sheet says which key it belongs to (office, date, fingerprint of the
backup recipient, which `office backup-key` and the preferences show), the hint the
administrator wrote (never the passphrase), and the recovery key itself, as text and as a
QR code, which opens every sealed backup of the office in place of the passphrase. It is
kept in the office safe or a sealed envelope, never with the backup sticks: whoever holds
sheet and stick holds the database. How to restore is printed on it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop_app.printing.blocks import TEXT, label_value_table, tanggal, text, title_block
from desktop_app.printing.layout import PORTRAIT, FormDocument, PageSetup, render


@dataclass(frozen=True)
class RecoverySheet:
    """The typed data of the sheet (assembled by services.backup_seal)."""

    office_code: str
    office_name: str
    created: dt.datetime  # UTC
    fingerprint: str
    hint: str
    recovery_key: str


# services.backup_seal.RECOVERY_PREFIX (printing imports no service)
KEY_PREFIX = "AGE-SECRET-KEY-1"
GROUP = 5  # characters a block of the printed recovery key


def grouped_key(key: str) -> str:
    """The recovery key in blocks of 5 characters after its prefix, for copying by hand
    ("AGE-SECRET-KEY-1 QQ3YG 9K2LM ..."); restore takes it with or without the spaces."""
    rest = key.removeprefix(KEY_PREFIX) if key.startswith(KEY_PREFIX) else key
    blocks = [rest[i : i + GROUP] for i in range(0, len(rest), GROUP)]
    head = [KEY_PREFIX] if key.startswith(KEY_PREFIX) else []
    return " ".join(head + blocks)


def _qr(value: str, size: float) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M")
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(
        size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0]
    )
    drawing.add(widget)
    return drawing


def build_recovery_sheet(target: Path | IO[bytes], sheet: RecoverySheet, setup: PageSetup) -> int:
    """Write the sheet as a one-page PDF at `target` (a path or a binary stream); returns
    the page count."""
    width = setup.frame_width(PORTRAIT)
    steps = (
        "1. Simpan lembar ini di lemari besi kantor atau amplop tersegel, TERPISAH dari "
        "flashdisk cadangan. Siapa pun yang memegang lembar ini dan sebuah cadangan dapat "
        "membuka seluruh isi basis data.",
        "2. Untuk memulihkan cadangan tersegel (berkas berakhiran .age): pilih menu Berkas > "
        "Pulihkan dari cadangan…, pilih berkas cadangan, lalu ketik frasa sandi cadangan. "
        "Tanpa layar program, ketik perintah: python main.py restore <berkas cadangan>. "
        "Bila frasa sandi hilang, ketik kunci pemulihan di bawah ini sebagai gantinya "
        "(spasi di antara kelompok huruf boleh diketik atau tidak).",
        "3. Sidik jari di atas harus sama dengan yang ditampilkan program (menu Pengaturan > "
        "Identitas kantor…, atau perintah: python main.py office backup-key --show); bila "
        "berbeda, lembar ini milik kunci lain.",
        "4. Bila lembar ini hilang atau mungkin terbaca orang lain, buat cadangan baru dan "
        "musnahkan cadangan lama.",
    )
    flowables: list[Flowable] = [
        *title_block(["LEMBAR PEMULIHAN KUNCI CADANGAN", "KINERJA LURING"]),
        Spacer(1, 4 * mm),
        label_value_table(
            width,
            [
                ("Kantor", f"{sheet.office_code} - {sheet.office_name}"),
                ("Tanggal dibuat", tanggal(sheet.created.date())),
                ("Sidik jari kunci cadangan", sheet.fingerprint),
                ("Petunjuk frasa sandi", sheet.hint or "-"),
            ],
            55 * mm,
        ),
        Spacer(1, 5 * mm),
        *(text(step, TEXT) for step in steps),
        Spacer(1, 5 * mm),
        text("KUNCI PEMULIHAN (RAHASIA):", TEXT),
        text(grouped_key(sheet.recovery_key), TEXT),
        Spacer(1, 3 * mm),
        _qr(sheet.recovery_key, 45 * mm),
    ]
    document = FormDocument(
        title="Lembar Pemulihan Kunci Cadangan",
        subject=f"Kunci cadangan {sheet.office_code}",
        orientation=PORTRAIT,
        created=sheet.created,
        label=f"Lembar pemulihan kunci cadangan {sheet.office_code}",
        flowables=flowables,
    )
    return render(target, [document], setup)[0]
