"""An office for the follow-up tests (dialogue and PPPK contracts), built through the real
services: Kabid appraises Budi (PNS, Kurang in Q1), Pia (PPPK part time, Baik in Q1 and Q2)
and Roni (PPPK full time, Butuh Perbaikan in Q1); Lain (another unit) is appraised by Kasi.
Accounts: staffhr (hr), kabid and kasi (supervisors), lihat (viewer)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.scoring import Rating
from desktop_app.services import auth, periods, session
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.skp.plans import IndicatorInput
from tests.builders import approved_skp

PASSWORD = "Rahasia-Kantor-2026"
YEAR = 2026
A, S, B = Rating.DI_ATAS.value, Rating.SESUAI.value, Rating.DI_BAWAH.value
BUDI_NIP, PIA_NIP, RONI_NIP = "198609262015051001", "199001012024212001", "199102022024211002"


@dataclass
class FollowUpOffice:
    unit: int
    kabid: int
    kasi: int
    budi: int
    pia: int
    roni: int
    lain: int
    evaluations: dict[str, int]


def evaluate(employee_id: int, key: str, hasil: str, perilaku: str) -> int:
    """A final evaluation of `key` with the two ratings (the predikat follows the matrix)."""
    evaluation_id = evaluations.open_evaluation(employee_id, key)
    data = evaluations.get_evaluation(evaluation_id).data
    for item in data.realisations:
        item.realisasi = "100 bayi"
    data.rating_hasil, data.rating_perilaku = hasil, perilaku
    evaluations.save_evaluation(evaluation_id, data)
    evaluations.finalize(evaluation_id)
    return evaluation_id


def build() -> FollowUpOffice:
    unit = unit_service.save_unit(unit_service.UnitInput("PKM01", "Puskesmas Uji", "PUSKESMAS"))
    other = unit_service.save_unit(unit_service.UnitInput("LAB", "Labkesda", "UPT"))
    kadis = employees.save_employee(EmployeeInput("197001012000031001", "Kadis", "IV/c", unit))
    kabid = employees.save_employee(
        EmployeeInput(
            "197102022000032002", "Kabid", "IV/a", unit, supervisor_id=kadis, appraiser_id=kadis
        )
    )
    kasi = employees.save_employee(
        EmployeeInput(
            "197203032000031003", "Kasi", "III/d", other, supervisor_id=kadis, appraiser_id=kadis
        )
    )

    def member(nip: str, name: str, grade: str, appraiser: int, unit_id: int = unit) -> int:
        return employees.save_employee(
            EmployeeInput(
                nip, name, grade, unit_id, supervisor_id=appraiser, appraiser_id=appraiser
            )
        )

    budi = member(BUDI_NIP, "Budi", "III/a", kabid)
    pia = member(PIA_NIP, "Pia", "IX", kabid)
    roni = member(RONI_NIP, "Roni", "IX", kabid)
    lain = member("198901012015051004", "Lain", "III/a", kasi, other)
    periods.open_period(YEAR)
    for employee_id in (budi, pia, roni, lain):
        approved_skp(
            employee_id,
            YEAR,
            rhk="Layanan imunisasi dasar lengkap",
            indicators=[IndicatorInput("KUANTITAS", "Bayi diimunisasi", "120", "bayi")],
            parent_text="Cakupan imunisasi",
        )
    ids = {
        "budi_q1": evaluate(budi, f"{YEAR}-Q1", S, B),  # Kurang
        "pia_q1": evaluate(pia, f"{YEAR}-Q1", S, S),  # Baik
        "pia_q2": evaluate(pia, f"{YEAR}-Q2", S, A),  # Baik
        "roni_q1": evaluate(roni, f"{YEAR}-Q1", B, S),  # Butuh Perbaikan
        "lain_q1": evaluate(lain, f"{YEAR}-Q1", B, B),  # Sangat Kurang
    }
    auth.create_user("staffhr", PASSWORD, "hr")
    auth.create_user("kabid", PASSWORD, "supervisor", kabid)
    auth.create_user("kasi", PASSWORD, "supervisor", kasi)
    auth.create_user("lihat", PASSWORD, "viewer")
    return FollowUpOffice(unit, kabid, kasi, budi, pia, roni, lain, ids)


def sign_in(username: str | None) -> None:
    session.sign_in_as(None)
    if username is not None:
        session.sign_in_as(auth.authenticate(username, PASSWORD))


def day(month: int, d: int) -> dt.date:
    return dt.date(YEAR, month, d)
