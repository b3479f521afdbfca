"""The office and units the register import tests of issue 19 import into."""

from __future__ import annotations

import pytest

from desktop_app.services.register import units


@pytest.fixture
def unit_ids(office):
    root = units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    bidang = units.save_unit(
        units.UnitInput("BIDYAN", "Bidang Pelayanan", "BIDANG", parent_id=root)
    )
    seksi = units.save_unit(units.UnitInput("SEKYAN", "Seksi Pelayanan", "SEKSI", parent_id=bidang))
    subbag = units.save_unit(
        units.UnitInput("SUBUM", "Subbagian Umum dan Kepegawaian", "SUBBAGIAN", parent_id=root)
    )
    return {"DINKES": root, "BIDYAN": bidang, "SEKYAN": seksi, "SUBUM": subbag}
