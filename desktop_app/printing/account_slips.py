"""SLIP AKUN: the account slips of the staff accounts made in bulk (services/accounts).

One slip per employee, eight to an A4 page (two columns, four rows) with dashed cut lines
between them: the name, NIP and unit, the user name, the one-time password and how to sign in.
HR cuts the sheet and hands each employee their own slip; the password works once, then the
program asks for the employee's own. The slips hold passwords: the file is written readable by
its owner only (the service does that), and it is meant to be printed and deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop_app.printing import fonts
from desktop_app.printing.blocks import CELL, SMALL, markup, text, title_block
from desktop_app.printing.layout import PORTRAIT, FormDocument, PageSetup, render

COLUMNS = 2
ROWS = 4  # slips per page: COLUMNS x ROWS
SLIP_HEIGHT = 60 * mm
SECRET = ParagraphStyle("slip-secret", fontName=fonts.BOLD, fontSize=11, leading=14)
SLIP_TITLE = ParagraphStyle("slip-title", fontName=fonts.BOLD, fontSize=9, leading=11)

HOW_TO = (
    "Cara masuk: buka program Kinerja Luring di komputer kantor, ketik nama pengguna dan kata "
    "sandi di atas. Saat masuk pertama program meminta kata sandi baru pilihan Anda sendiri "
    "(paling sedikit 10 karakter, huruf besar, huruf kecil dan angka). Kata sandi di slip ini "
    "hanya berlaku sekali: jangan berikan kepada siapa pun."
)


@dataclass(frozen=True)
class AccountSlip:
    """One employee's slip."""

    name: str  # with gelar
    nip: str  # as displayed (with spaces)
    unit: str
    username: str
    password: str  # the one-time password, in clear: printed once, never stored


@dataclass(frozen=True)
class AccountSlips:
    """The typed data of a sheet of slips (assembled by services.accounts.staff_accounts)."""

    office_name: str
    created: dt.datetime  # UTC
    slips: tuple[AccountSlip, ...]


def _slip(slip: AccountSlip, office_name: str) -> list[Flowable]:
    rows = [
        ("Nama", slip.name),
        ("NIP", slip.nip or "-"),
        ("Unit kerja", slip.unit or "-"),
    ]
    identity = Table(
        [[text(label, SMALL), text(value, CELL)] for label, value in rows],
        colWidths=[20 * mm, 62 * mm],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )
    secrets = Table(
        [
            [text("Nama pengguna", SMALL), text(slip.username, SECRET)],
            [text("Kata sandi sekali pakai", SMALL), text(slip.password, SECRET)],
        ],
        colWidths=[24 * mm, 58 * mm],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                ("LEFTPADDING", (0, 0), (0, -1), 2),
            ]
        ),
    )
    title = f"AKUN KINERJA LURING{' - ' + office_name if office_name else ''}"
    return [
        text(title, SLIP_TITLE),
        Spacer(1, 1.5 * mm),
        identity,
        Spacer(1, 1.5 * mm),
        secrets,
        Spacer(1, 1.5 * mm),
        Paragraph(HOW_TO, SMALL),
    ]


def _page_tables(sheet: AccountSlips, width: float) -> list[Flowable]:
    """The slips in tables of COLUMNS x ROWS, one table a page; dashed lines are the cuts."""
    cut = ("GRID", (0, 0), (-1, -1), 0.6, colors.grey, None, (3, 2))
    per_page = COLUMNS * ROWS
    flowables: list[Flowable] = []
    for start in range(0, len(sheet.slips), per_page):
        chunk = sheet.slips[start : start + per_page]
        cells = [_slip(slip, sheet.office_name) for slip in chunk]
        while len(cells) % COLUMNS:
            cells.append([])
        grid = [cells[i : i + COLUMNS] for i in range(0, len(cells), COLUMNS)]
        flowables.append(
            Table(
                grid,
                colWidths=[width / COLUMNS] * COLUMNS,
                rowHeights=[SLIP_HEIGHT] * len(grid),
                style=TableStyle(
                    [
                        cut,
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                        ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                    ]
                ),
            )
        )
    return flowables


def build_account_slips(target: Path | IO[bytes], sheet: AccountSlips, setup: PageSetup) -> int:
    """Write the slips as PDF at `target` (a path or a binary stream); returns the page count."""
    width = setup.frame_width(PORTRAIT)
    heading: Sequence[Flowable] = [
        *title_block(["SLIP AKUN PEGAWAI"])[:1],
        markup("Gunting di sepanjang garis putus-putus; satu slip untuk setiap pegawai.", SMALL),
        Spacer(1, 2 * mm),
    ]
    document = FormDocument(
        title="Slip Akun Pegawai",
        subject=f"Slip akun {len(sheet.slips)} pegawai",
        orientation=PORTRAIT,
        created=sheet.created,
        label="Slip akun pegawai (RAHASIA)",
        flowables=[*heading, *_page_tables(sheet, width)],
    )
    return render(target, [document], setup)[0]
