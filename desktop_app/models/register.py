"""The employee register (Pegawai): work units, positions and employees."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from desktop_app.models.base import SyncedModel


class Unit(SyncedModel):
    """Unit kerja (unor): a tree of dinas, bidang, seksi, puskesmas, sekolah, ...

    `code` is the short code HR uses (and `print batch --unit` takes); unique per office.
    """

    code = CharField(max_length=32)
    name = CharField(max_length=200)
    kind = CharField(max_length=20, default="LAINNYA")
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="RESTRICT")
    sort_order = IntegerField(default=0)
    active = BooleanField(default=True)

    class Meta:
        indexes = ((("office_code", "code"), True),)


class Position(SyncedModel):
    """Jabatan: name, jenis jabatan, jenjang (JF only) and eselon (structural only)."""

    name = CharField(max_length=200)
    position_type = CharField(max_length=20)
    jf_level = CharField(max_length=20, null=True)
    echelon = CharField(max_length=4, null=True)

    class Meta:
        indexes = ((("office_code", "name", "position_type", "jf_level", "echelon"), True),)


class Employee(SyncedModel):
    """Pegawai (ASN): a PNS or PPPK identified by NIP / NI PPPK (the business key).

    `supervisor` is the atasan langsung; `appraiser` the pejabat penilai kinerja (usually the
    same person); the atasan pejabat penilai is the appraiser's own appraiser. `grade` holds the
    golongan code ("III/b", or "IX" for PPPK), or "" when an imported record has none yet (an
    incomplete record, `services.register.completeness`). Gender and birth date come from the
    NIP. `pns_id` is the SIASN PNS ID, the external key of SIASN uploads ("" when unknown).
    """

    nip = CharField(max_length=18)
    kind = CharField(max_length=4)
    front_title = CharField(max_length=50, default="")
    name = CharField(max_length=200)
    back_title = CharField(max_length=50, default="")
    gender = CharField(max_length=1)
    birth_date = DateField()
    birth_place = CharField(max_length=100, default="")
    grade = CharField(max_length=8)
    grade_since = DateField(null=True)
    unit = ForeignKeyField(Unit, backref="employees", on_delete="RESTRICT")
    position = ForeignKeyField(Position, null=True, backref="holders", on_delete="RESTRICT")
    position_since = DateField(null=True)
    supervisor = ForeignKeyField("self", null=True, backref="subordinates", on_delete="RESTRICT")
    appraiser = ForeignKeyField(
        "self", null=True, backref="appraisees", on_delete="RESTRICT", column_name="appraiser_id"
    )
    active = BooleanField(default=True, index=True)
    inactive_reason = CharField(max_length=200, default="")
    phone = CharField(max_length=40, default="")
    email = CharField(max_length=120, default="")
    notes = TextField(default="")
    pns_id = CharField(max_length=64, default="")

    class Meta:
        indexes = ((("office_code", "nip"), True),)

    @property
    def full_name(self) -> str:
        """The name as printed on forms: gelar depan, nama, gelar belakang."""
        return format_full_name(self.front_title, self.name, self.back_title)


def format_full_name(front: str, name: str, back: str) -> str:
    text = f"{front.strip()} {name.strip()}".strip()
    return f"{text}, {back.strip()}" if back.strip() else text
