"""Demo data catalogue: the office's unit tables, the structural posts heading them, the
jabatan families with their schooling and gelar, which jabatan each unit's staff hold, and who
may appraise whom (pure data, no code)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.scoring.reference import JfLevel, PositionType

DEMO_OFFICE_CODE = "DEMO01"
DEMO_OFFICE_NAME = "Dinas Kesehatan Kabupaten Contoh"


@dataclass(frozen=True)
class Edu:
    """An education level: PNS entry grade order (reference.PNS_GRADES), PPPK grade, and the
    age range at first appointment."""

    pns_entry: int
    pppk_grade: str
    min_age: int
    max_age: int


EDU = {
    "SMA": Edu(5, "V", 19, 30),  # II/a
    "D3": Edu(7, "VII", 21, 33),  # II/c
    "S1": Edu(9, "IX", 23, 35),  # III/a
    "DR": Edu(10, "X", 25, 35),  # dokter, dokter gigi: III/b
    "S2": Edu(10, "X", 25, 38),  # III/b
    "SP": Edu(11, "XI", 29, 40),  # dokter spesialis: III/c
}

# (weight, education, gelar depan, gelar belakang)
Variant = tuple[float, str, str, str]


@dataclass(frozen=True)
class Job:
    """A jabatan family: fungsional (name + jenjang) or pelaksana, with its usual schooling."""

    name: str
    ptype: PositionType
    p_female: float
    variants: tuple[Variant, ...]


_F, _P = PositionType.FUNGSIONAL, PositionType.PELAKSANA
JOBS: dict[str, Job] = {
    "perawat": Job("Perawat", _F, 0.7, ((6, "D3", "", "A.Md.Kep."), (3, "S1", "Ns.", "S.Kep."),
                                         (1, "S1", "", "S.Kep."))),
    "bidan": Job("Bidan", _F, 1.0, ((6, "D3", "", "A.Md.Keb."), (2, "S1", "", "S.Tr.Keb."),
                                     (1, "S1", "Bd.", "S.Keb."))),
    "dokter": Job("Dokter", _F, 0.6, ((8, "DR", "dr.", ""), (1, "S2", "dr.", "M.Kes."))),
    "dokter_rs": Job("Dokter", _F, 0.5, ((5, "DR", "dr.", ""), (1, "SP", "dr.", "Sp.PD"),
                                          (1, "SP", "dr.", "Sp.A"), (1, "SP", "dr.", "Sp.OG"),
                                          (1, "SP", "dr.", "Sp.B"), (0.5, "SP", "dr.", "Sp.An."),
                                          (0.5, "SP", "dr.", "Sp.Rad."))),
    "dokter_gigi": Job("Dokter Gigi", _F, 0.65, ((1, "DR", "drg.", ""),)),
    "terapis_gigi": Job("Terapis Gigi dan Mulut", _F, 0.6, ((1, "D3", "", "A.Md.Kes."),)),
    "apoteker": Job("Apoteker", _F, 0.7, ((1, "S1", "apt.", "S.Farm."),)),
    "asisten_apoteker": Job("Asisten Apoteker", _F, 0.7, ((1, "D3", "", "A.Md.Farm."),)),
    "pranata_lab": Job("Pranata Laboratorium Kesehatan", _F, 0.6,
                        ((3, "D3", "", "A.Md.AK."), (1, "S1", "", "S.Tr.Kes."))),
    "nutrisionis": Job("Nutrisionis", _F, 0.8,
                        ((2, "D3", "", "A.Md.Gz."), (1, "S1", "", "S.Gz."))),
    "sanitarian": Job("Sanitarian", _F, 0.5, ((2, "D3", "", "A.Md.KL."), (1, "S1", "", "S.KM."))),
    "penyuluh": Job("Penyuluh Kesehatan Masyarakat", _F, 0.6,
                     ((3, "S1", "", "S.KM."), (1, "S2", "", "S.KM., M.Kes."))),
    "epidemiolog": Job("Epidemiolog Kesehatan", _F, 0.5,
                        ((2, "D3", "", "A.Md.Kes."), (3, "S1", "", "S.KM."),
                         (1, "S2", "", "S.KM., M.Epid."))),
    "perekam_medis": Job("Perekam Medis", _F, 0.6, ((1, "D3", "", "A.Md.Kes."),)),
    "adminkes": Job("Administrator Kesehatan", _F, 0.5,
                     ((2, "S1", "", "S.KM."), (1, "S2", "", "S.KM., M.Kes."),
                      (1, "S2", "", "S.KM., M.K.M."))),
    "radiografer": Job("Radiografer", _F, 0.4, ((1, "D3", "", "A.Md.Rad."),)),
    "fisioterapis": Job("Fisioterapis", _F, 0.5, ((1, "D3", "", "A.Md.Ftr."),)),
    "elektromedis": Job("Teknisi Elektromedis", _F, 0.2, ((1, "D3", "", "A.Md.T."),)),
    "entomolog": Job("Entomolog Kesehatan", _F, 0.5,
                      ((1, "S1", "", "S.Si."), (1, "D3", "", "A.Md.Kes."))),
    "analis_kepeg": Job("Analis Kepegawaian", _F, 0.55,
                         ((3, "S1", "", "S.Sos."), (2, "S1", "", "S.AP."), (1, "S1", "", "S.H."),
                          (1, "S2", "", "S.Sos., M.Si."))),
    "pranata_komputer": Job("Pranata Komputer", _F, 0.4,
                             ((2, "D3", "", "A.Md."), (2, "S1", "", "S.Kom."),
                              (1, "S1", "", "S.T."))),
    "arsiparis": Job("Arsiparis", _F, 0.6, ((1, "D3", "", "A.Md."), (1, "S1", "", "S.IP."))),
    "perencana": Job("Perencana", _F, 0.5, ((2, "S1", "", "S.E."), (1, "S2", "", "S.E., M.Si."),
                                             (1, "S1", "", "S.KM."))),
    "analis_keuangan": Job("Analis Keuangan Pusat dan Daerah", _F, 0.55,
                            ((2, "S1", "", "S.E."), (1, "S1", "", "S.Ak."),
                             (1, "S2", "", "S.E., M.M."))),
    "pengadaan": Job("Pengelola Pengadaan Barang/Jasa", _F, 0.4,
                      ((1, "S1", "", "S.T."), (1, "S1", "", "S.E."))),
    "pengadm_perkantoran": Job("Pengadministrasi Perkantoran", _P, 0.55, ((1, "SMA", "", ""),)),
    "pengadm_umum": Job("Pengadministrasi Umum", _P, 0.5, ((1, "SMA", "", ""),)),
    "operator": Job("Operator Layanan Operasional", _P, 0.5,
                     ((2, "SMA", "", ""), (1, "D3", "", "A.Md."))),
    "pengolah_data": Job("Pengolah Data dan Informasi", _P, 0.5,
                          ((1, "D3", "", "A.Md."), (1, "S1", "", "S.Kom."))),
    "penata_layanan": Job("Penata Layanan Operasional", _P, 0.55,
                           ((2, "S1", "", "S.E."), (1, "S1", "", "S.Sos."),
                            (1, "S1", "", "S.AP."))),
    "bendahara": Job("Bendahara", _P, 0.65, ((1, "D3", "", "A.Md.Ak."), (2, "S1", "", "S.E."))),
    "pengurus_barang": Job("Pengurus Barang", _P, 0.4,
                            ((1, "SMA", "", ""), (1, "D3", "", "A.Md."))),
    "pengemudi": Job("Pengemudi Ambulans", _P, 0.0, ((1, "SMA", "", ""),)),
}  # fmt: skip

# Which jobs a unit's staff hold, with weights.
MIXES: dict[str, dict[str, float]] = {
    "root": {"adminkes": 3, "epidemiolog": 1, "perencana": 1, "analis_kepeg": 1},
    "sekretariat": {"pengadm_perkantoran": 3, "penata_layanan": 2, "pengemudi": 1},
    "umpeg": {"analis_kepeg": 4, "arsiparis": 2, "pengadm_perkantoran": 3, "pranata_komputer": 2,
              "pengadm_umum": 1, "pengemudi": 1},
    "keuangan": {"bendahara": 3, "analis_keuangan": 3, "pengurus_barang": 2, "penata_layanan": 2,
                 "pengadaan": 1},
    "program": {"perencana": 4, "pengolah_data": 3, "pranata_komputer": 2,
                "pengadm_perkantoran": 1},
    "kesmas": {"nutrisionis": 3, "penyuluh": 3, "sanitarian": 3, "bidan": 2, "adminkes": 2,
               "pengolah_data": 1, "pengadm_perkantoran": 1},
    "p2p": {"epidemiolog": 4, "entomolog": 1, "sanitarian": 2, "perawat": 2, "adminkes": 2,
            "pengolah_data": 1, "pengadm_perkantoran": 1},
    "yankes": {"adminkes": 4, "perawat": 2, "dokter": 1, "perekam_medis": 1, "pengolah_data": 1,
               "penata_layanan": 1},
    "sdk": {"apoteker": 2, "asisten_apoteker": 2, "adminkes": 2, "analis_kepeg": 1,
            "pengadm_perkantoran": 1, "pengurus_barang": 1},
    "puskesmas": {"perawat": 25, "bidan": 22, "dokter": 5, "dokter_gigi": 1.5,
                  "terapis_gigi": 2, "apoteker": 2, "asisten_apoteker": 3, "pranata_lab": 3,
                  "nutrisionis": 3, "sanitarian": 3, "penyuluh": 3, "epidemiolog": 1.5,
                  "perekam_medis": 3, "adminkes": 1.5, "pengadm_perkantoran": 6, "operator": 3,
                  "pengemudi": 2, "pengolah_data": 2, "bendahara": 1, "pengadm_umum": 1},
    "labkesda": {"pranata_lab": 8, "entomolog": 1, "pengadm_perkantoran": 1, "operator": 1},
    "ifk": {"apoteker": 2, "asisten_apoteker": 4, "pengurus_barang": 2, "pengadm_perkantoran": 1,
            "pengemudi": 1},
    "rs_root": {"adminkes": 2, "dokter_rs": 1},
    "rs_tu": {"pengadm_perkantoran": 4, "penata_layanan": 2, "bendahara": 1, "analis_kepeg": 1,
              "pranata_komputer": 1, "pengemudi": 2, "operator": 2, "perencana": 1},
    "rs_medik": {"perawat": 12, "bidan": 3, "dokter_rs": 3, "dokter_gigi": 0.3},
    "rs_penunjang": {"pranata_lab": 3, "radiografer": 2, "apoteker": 1.5, "asisten_apoteker": 2,
                     "nutrisionis": 1.5, "fisioterapis": 1, "perekam_medis": 3,
                     "elektromedis": 0.5, "pengadm_perkantoran": 1},
}  # fmt: skip


@dataclass(frozen=True)
class Post:
    """A structural post heading a unit: jenis jabatan, eselon code, and realistic bounds."""

    ptype: PositionType
    echelon: str
    ages: tuple[int, int]
    grades: tuple[int, int]  # PNS grade orders (reference.PNS_GRADES), inclusive
    variants: tuple[Variant, ...]


KADIS = Post(
    PositionType.JPT,
    "22",
    (48, 57),
    (14, 16),
    (
        (3, "S2", "dr.", "M.Kes."),
        (2, "S2", "", "S.KM., M.Kes."),
        (1, "S2", "drg.", "M.Kes."),
        (1, "S2", "dr.", "M.M."),
    ),
)
SEKRETARIS = Post(
    PositionType.ADMINISTRATOR,
    "31",
    (45, 57),
    (13, 15),
    (
        (2, "S2", "", "S.E., M.M."),
        (2, "S2", "", "S.KM., M.Kes."),
        (1, "S2", "", "S.Sos., M.Si."),
        (1, "S2", "", "S.H., M.H."),
    ),
)
KABID = Post(
    PositionType.ADMINISTRATOR,
    "32",
    (44, 57),
    (12, 14),
    (
        (3, "S2", "", "S.KM., M.Kes."),
        (2, "S2", "dr.", "M.Kes."),
        (1, "S2", "apt.", "S.Farm., M.Kes."),
        (1, "S2", "Ns.", "S.Kep., M.Kep."),
    ),
)
KASUBBAG = Post(
    PositionType.PENGAWAS,
    "41",
    (36, 56),
    (10, 13),
    (
        (3, "S1", "", "S.E."),
        (2, "S1", "", "S.Sos."),
        (1, "S1", "", "S.AP."),
        (1, "S2", "", "S.E., M.Si."),
        (1, "S1", "", "S.Kom."),
    ),
)
KASI = Post(
    PositionType.PENGAWAS,
    "41",
    (36, 56),
    (10, 13),
    (
        (4, "S1", "", "S.KM."),
        (2, "S2", "", "S.KM., M.Kes."),
        (1, "S1", "Ns.", "S.Kep."),
        (1, "S1", "", "S.Gz."),
        (1, "S1", "apt.", "S.Farm."),
        (1, "DR", "dr.", ""),
    ),
)
KAPUS = Post(
    PositionType.PENGAWAS,
    "41",
    (35, 56),
    (10, 13),
    (
        (3, "DR", "dr.", ""),
        (2, "S2", "", "S.KM., M.Kes."),
        (1, "DR", "drg.", ""),
        (1, "S1", "Ns.", "S.Kep."),
        (1, "S2", "dr.", "M.Kes."),
    ),
)
KA_LAB = Post(
    PositionType.PENGAWAS,
    "41",
    (38, 56),
    (10, 13),
    ((1, "S1", "", "S.Si."), (1, "S2", "", "S.KM., M.Kes."), (1, "DR", "dr.", "")),
)
KA_IFK = Post(PositionType.PENGAWAS, "41", (38, 56), (10, 13), ((1, "S1", "apt.", "S.Farm."),))
DIREKTUR = Post(
    PositionType.ADMINISTRATOR,
    "31",
    (42, 57),
    (13, 15),
    ((2, "S2", "dr.", "M.Kes."), (1, "S2", "dr.", "M.A.R.S."), (1, "SP", "dr.", "Sp.PD")),
)
KASI_RS_MEDIK = Post(
    PositionType.PENGAWAS,
    "41",
    (36, 56),
    (10, 13),
    ((1, "DR", "dr.", ""), (1, "S1", "Ns.", "S.Kep.")),
)
KASI_RS_PENUNJANG = Post(PositionType.PENGAWAS, "41", (36, 56), (10, 13),
                           ((1, "S1", "apt.", "S.Farm."), (1, "S1", "", "S.KM.")))  # fmt: skip

SUBBAGIAN = (
    ("SUBUMPEG", "Subbagian Umum dan Kepegawaian", "umpeg"),
    ("SUBKEU", "Subbagian Keuangan dan Aset", "keuangan"),
    ("SUBPEP", "Subbagian Perencanaan, Evaluasi dan Pelaporan", "program"),
)
BIDANG = (
    ("BKESMAS", "Bidang Kesehatan Masyarakat", "kesmas", (
        ("SKESGA", "Seksi Kesehatan Keluarga dan Gizi"),
        ("SPROMKES", "Seksi Promosi dan Pemberdayaan Masyarakat"),
        ("SKESLING", "Seksi Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga"))),
    ("BP2P", "Bidang Pencegahan dan Pengendalian Penyakit", "p2p", (
        ("SSURIM", "Seksi Surveilans dan Imunisasi"),
        ("SP2PM", "Seksi Pencegahan dan Pengendalian Penyakit Menular"),
        ("SPTMKJ", "Seksi Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa"))),
    ("BYANKES", "Bidang Pelayanan Kesehatan", "yankes", (
        ("SYANPRIM", "Seksi Pelayanan Kesehatan Primer"),
        ("SYANRUJ", "Seksi Pelayanan Kesehatan Rujukan"),
        ("SFASYAN", "Seksi Fasilitas Pelayanan Kesehatan dan Peningkatan Mutu"))),
    ("BSDK", "Bidang Sumber Daya Kesehatan", "sdk", (
        ("SFARMA", "Seksi Kefarmasian"),
        ("SALKES", "Seksi Alat Kesehatan dan Perbekalan Kesehatan Rumah Tangga"),
        ("SSDMK", "Seksi Sumber Daya Manusia Kesehatan"))),
)  # fmt: skip

# Who may appraise whom (domain.md §2.4): the lowest PositionType.level of a pejabat penilai.
MIN_APPRAISER_LEVEL = {
    PositionType.ADMINISTRATOR: 4,
    PositionType.PENGAWAS: 3,
    PositionType.PELAKSANA: 2,
}
JF_MIN_APPRAISER_LEVEL = {
    JfLevel.AHLI_UTAMA: 4,
    JfLevel.AHLI_MADYA: 4,
    JfLevel.AHLI_MUDA: 3,
}
