"""Demo data catalogue: the SKP texts per jabatan (Indonesian RHK, IKI and targets), behaviour
expectations, lampiran texts, return reasons and the shares of the SKP states (pure data)."""

from __future__ import annotations

from typing import NamedTuple

from desktop_app.services.skp.plans import APPROVED, DRAFT, RETURNED, SUBMITTED

# Every RHK carries a theme; a subordinate's RHK supports an RHK of the same theme in their
# pejabat penilai's SKP (any main RHK when there is none), so cascading follows the chain
# Kepala Dinas -> Sekretaris/Kabid/Kapus -> Kasi/Kasubbag -> staff. Themes: D derajat kesehatan
# masyarakat (KIA, gizi, promkes, kesling), P pengendalian penyakit, M mutu dan akses
# pelayanan, S sumber daya kesehatan, T tata kelola (umum, kepegawaian, keuangan, program).


class Iki(NamedTuple):
    """An indicator template of an RHK."""

    aspect: str
    text: str
    targets: tuple[str, ...]  # candidate target values (numbers, as the editor stores them)
    unit: str


class Rhk(NamedTuple):
    """An RHK template; `theme` links it to the RHK of the pejabat penilai it supports."""

    theme: str
    text: str  # may hold {unit}: the name of the employee's unit
    indicators: tuple[Iki, ...]
    perspective: str | None = None  # JPT form only


_ASPECT_LETTERS = {"N": "KUANTITAS", "L": "KUALITAS", "W": "WAKTU", "B": "BIAYA"}


def _r(theme: str, text: str, *indicators: tuple[str, str, str, str], perspective: str = "") -> Rhk:
    """An RHK from short indicator rows: (aspect letter N/L/W/B, IKI, targets, unit)."""
    return Rhk(
        theme,
        text,
        tuple(Iki(_ASPECT_LETTERS[a], t, tuple(v.split()), u) for a, t, v, u in indicators),
        perspective or None,
    )


_TWELVE_MONTHS = ("W", "Waktu penyelesaian", "12", "bulan")

# Structural heads, by unit code (the Dinas seksi) or else by the unit's mix.
HEAD_RHK: dict[str, tuple[Rhk, ...]] = {
    "root": (
        _r("D", "Meningkatnya derajat kesehatan masyarakat",
           ("L", "Angka Kematian Ibu", "90 85 80", "per 100.000 kelahiran hidup"),
           ("L", "Angka Kematian Bayi", "12 11 10", "per 1.000 kelahiran hidup"),
           ("L", "Prevalensi stunting pada balita", "16 15 14", "%"),
           perspective="PENERIMA_LAYANAN"),
        _r("P", "Terkendalinya penyakit menular dan tidak menular",
           ("N", "Cakupan imunisasi dasar lengkap", "95", "%"),
           ("L", "Angka keberhasilan pengobatan TBC", "90", "%"),
           ("N", "Persentase penderita hipertensi yang mendapat pelayanan kesehatan sesuai "
                 "standar", "100", "%"),
           perspective="PENERIMA_LAYANAN"),
        _r("M", "Meningkatnya mutu dan akses pelayanan kesehatan",
           ("N", "Persentase fasilitas pelayanan kesehatan yang terakreditasi", "90 95", "%"),
           ("L", "Indeks Kepuasan Masyarakat terhadap pelayanan kesehatan", "82 85", "nilai IKM"),
           perspective="PROSES_BISNIS"),
        _r("S", "Terpenuhinya sumber daya kesehatan sesuai standar",
           ("N", "Persentase Puskesmas dengan sembilan jenis tenaga kesehatan sesuai standar",
            "75 80", "%"),
           ("N", "Persentase ketersediaan obat esensial di Puskesmas", "95", "%"),
           perspective="PENGUATAN_INTERNAL"),
        _r("T", "Meningkatnya akuntabilitas kinerja dan keuangan Dinas Kesehatan",
           ("L", "Nilai evaluasi SAKIP Dinas Kesehatan", "72 75", "nilai"),
           ("B", "Persentase realisasi anggaran Dinas Kesehatan", "95", "%"),
           perspective="ANGGARAN"),
    ),
    "sekretariat": (
        _r("T", "Meningkatnya kualitas perencanaan, evaluasi dan pelaporan kinerja Dinas "
                "Kesehatan",
           ("N", "Jumlah dokumen perencanaan dan pelaporan kinerja yang tersusun", "8 10",
            "dokumen"),
           ("L", "Nilai evaluasi SAKIP", "72 75", "nilai"), _TWELVE_MONTHS),
        _r("T", "Terwujudnya pengelolaan keuangan dan aset yang akuntabel",
           ("B", "Persentase realisasi anggaran", "95", "%"),
           ("N", "Jumlah laporan keuangan yang disampaikan tepat waktu", "12", "laporan")),
        _r("T", "Meningkatnya kualitas pelayanan administrasi umum dan kepegawaian",
           ("N", "Persentase layanan administrasi kepegawaian yang diselesaikan tepat waktu",
            "100", "%"),
           ("L", "Indeks Profesionalitas ASN Dinas Kesehatan", "70 75", "nilai")),
    ),
    "kesmas": (
        _r("D", "Meningkatnya cakupan pelayanan kesehatan ibu dan anak",
           ("N", "Persentase ibu hamil yang mendapatkan pelayanan antenatal sesuai standar",
            "100", "%"),
           ("N", "Persentase persalinan di fasilitas pelayanan kesehatan", "98 100", "%")),
        _r("D", "Menurunnya prevalensi stunting dan masalah gizi masyarakat",
           ("N", "Persentase balita yang ditimbang dan dipantau pertumbuhannya", "85 90", "%"),
           ("L", "Prevalensi balita stunting", "16 15 14", "%")),
        _r("D", "Meningkatnya perilaku hidup bersih dan sehat serta kesehatan lingkungan",
           ("N", "Persentase desa/kelurahan Stop Buang Air Besar Sembarangan (SBS)", "75 80", "%"),
           ("N", "Persentase rumah tangga ber-PHBS", "65 70", "%")),
    ),
    "p2p": (
        _r("P", "Meningkatnya cakupan imunisasi dan kewaspadaan dini penyakit",
           ("N", "Cakupan imunisasi dasar lengkap pada bayi", "95", "%"),
           ("W", "Persentase sinyal kewaspadaan dini (SKDR) yang direspons kurang dari 24 jam",
            "90", "%")),
        _r("P", "Terkendalinya penyakit menular",
           ("N", "Cakupan penemuan dan pengobatan kasus TBC (treatment coverage)", "85 90", "%"),
           ("N", "Persentase ODHIV baru yang mendapat pengobatan ARV", "95", "%")),
        _r("P", "Terkendalinya penyakit tidak menular dan gangguan jiwa",
           ("N", "Persentase penderita hipertensi yang mendapat pelayanan sesuai standar",
            "100", "%"),
           ("N", "Persentase penderita diabetes melitus yang mendapat pelayanan sesuai standar",
            "100", "%"),
           ("N", "Persentase ODGJ berat yang mendapat pelayanan kesehatan jiwa sesuai standar",
            "100", "%")),
    ),
    "yankes": (
        _r("M", "Meningkatnya mutu pelayanan kesehatan primer",
           ("N", "Persentase Puskesmas terakreditasi", "100", "%"),
           ("N", "Persentase Puskesmas yang menerapkan rekam medis elektronik", "90 100", "%")),
        _r("M", "Meningkatnya mutu pelayanan kesehatan rujukan",
           ("L", "Rasio rujukan non-spesialistik dari Puskesmas", "2", "%"),
           ("N", "Persentase rumah sakit yang terakreditasi", "100", "%")),
        _r("M", "Meningkatnya cakupan jaminan kesehatan masyarakat",
           ("N", "Persentase penduduk yang terdaftar sebagai peserta JKN", "95 98", "%")),
    ),
    "sdk": (
        _r("S", "Meningkatnya ketersediaan obat dan perbekalan kesehatan",
           ("N", "Persentase ketersediaan obat esensial di Puskesmas", "95", "%"),
           ("L", "Persentase Puskesmas dengan pelayanan kefarmasian sesuai standar", "80 85", "%")),
        _r("S", "Terjaminnya mutu alat kesehatan dan PKRT",
           ("N", "Persentase alat kesehatan di fasilitas pelayanan kesehatan yang terkalibrasi",
            "85 90", "%")),
        _r("S", "Terpenuhinya sumber daya manusia kesehatan sesuai standar",
           ("N", "Persentase Puskesmas dengan sembilan jenis tenaga kesehatan", "75 80", "%"),
           ("N", "Jumlah tenaga kesehatan yang ditingkatkan kompetensinya", "150 200", "orang")),
    ),
    "SKESGA": (
        _r("D", "Meningkatnya pelayanan kesehatan ibu, bayi dan balita sesuai standar",
           ("N", "Persentase kunjungan neonatal lengkap", "100", "%"),
           ("N", "Persentase balita yang mendapat pelayanan kesehatan sesuai standar", "100", "%"),
           _TWELVE_MONTHS),
        _r("D", "Meningkatnya status gizi masyarakat",
           ("N", "Persentase ibu hamil KEK yang mendapat makanan tambahan", "100", "%"),
           ("L", "Persentase balita gizi buruk yang mendapat perawatan sesuai standar", "100",
            "%")),
    ),
    "SPROMKES": (
        _r("D", "Meningkatnya pemberdayaan masyarakat di bidang kesehatan",
           ("N", "Persentase Posyandu aktif", "80 85", "%"),
           ("N", "Jumlah desa yang melaksanakan Gerakan Masyarakat Hidup Sehat", "40 60", "desa")),
        _r("D", "Meningkatnya promosi kesehatan dan perilaku hidup bersih dan sehat",
           ("N", "Jumlah kampanye dan media promosi kesehatan yang dilaksanakan", "24 36",
            "kegiatan"),
           ("L", "Persentase rumah tangga ber-PHBS", "65 70", "%")),
    ),
    "SKESLING": (
        _r("D", "Meningkatnya kualitas kesehatan lingkungan",
           ("N", "Persentase tempat dan fasilitas umum yang memenuhi syarat kesehatan", "75 80",
            "%"),
           ("N", "Persentase sarana air minum yang diawasi kualitasnya", "80 85", "%")),
        _r("D", "Terlaksananya pembinaan kesehatan kerja dan olahraga",
           ("N", "Jumlah Pos Upaya Kesehatan Kerja yang dibina", "20 30", "pos"),
           ("N", "Persentase anak sekolah yang mendapat pengukuran kebugaran", "50 60", "%")),
    ),
    "SSURIM": (
        _r("P", "Meningkatnya cakupan imunisasi rutin",
           ("N", "Cakupan imunisasi dasar lengkap", "95", "%"),
           ("N", "Persentase desa/kelurahan Universal Child Immunization (UCI)", "95", "%")),
        _r("P", "Terlaksananya surveilans dan respons kejadian luar biasa",
           ("W", "Persentase KLB yang ditanggulangi kurang dari 24 jam", "100", "%"),
           ("L", "Kelengkapan dan ketepatan laporan SKDR mingguan", "90", "%")),
    ),
    "SP2PM": (
        _r("P", "Meningkatnya penemuan dan pengobatan kasus TBC",
           ("N", "Cakupan penemuan dan pengobatan kasus TBC", "85 90", "%"),
           ("L", "Angka keberhasilan pengobatan TBC", "90", "%")),
        _r("P", "Terkendalinya HIV, DBD dan penyakit menular lainnya",
           ("N", "Persentase orang berisiko terinfeksi HIV yang mendapat pemeriksaan", "100", "%"),
           ("L", "Angka bebas jentik", "95", "%")),
    ),
    "SPTMKJ": (
        _r("P", "Meningkatnya pelayanan penyakit tidak menular sesuai standar",
           ("N", "Persentase penduduk usia 15-59 tahun yang mendapat skrining PTM", "100", "%"),
           ("N", "Persentase penderita hipertensi yang mendapat pelayanan sesuai standar",
            "100", "%")),
        _r("P", "Meningkatnya pelayanan kesehatan jiwa",
           ("N", "Persentase ODGJ berat yang mendapat pelayanan sesuai standar", "100", "%")),
    ),
    "SYANPRIM": (
        _r("M", "Meningkatnya mutu pelayanan kesehatan primer",
           ("N", "Jumlah Puskesmas yang dibina mutu dan akreditasinya", "20 25 30", "Puskesmas"),
           ("L", "Persentase Puskesmas yang melaporkan indikator mutu nasional", "100", "%")),
        _r("M", "Terlaksananya pelayanan kesehatan bergerak di daerah terpencil",
           ("N", "Jumlah kegiatan pelayanan kesehatan bergerak", "12 24", "kegiatan")),
    ),
    "SYANRUJ": (
        _r("M", "Meningkatnya mutu sistem rujukan",
           ("N", "Persentase rujukan yang menggunakan SISRUTE", "90", "%"),
           ("L", "Rasio rujukan non-spesialistik dari Puskesmas", "2", "%")),
        _r("M", "Meningkatnya kepesertaan jaminan kesehatan",
           ("N", "Persentase penduduk yang terdaftar sebagai peserta JKN", "95 98", "%")),
    ),
    "SFASYAN": (
        _r("M", "Meningkatnya fasilitas pelayanan kesehatan yang berizin dan terakreditasi",
           ("N", "Persentase fasilitas pelayanan kesehatan yang memiliki izin operasional",
            "100", "%"),
           ("N", "Persentase klinik pratama yang terakreditasi", "60 70", "%")),
    ),
    "SFARMA": (
        _r("S", "Terjaminnya ketersediaan obat dan vaksin",
           ("N", "Persentase ketersediaan obat esensial", "95", "%"),
           ("L", "Persentase Puskesmas yang melaksanakan pelayanan kefarmasian sesuai standar",
            "80 85", "%")),
    ),
    "SALKES": (
        _r("S", "Terjaminnya keamanan alat kesehatan dan PKRT",
           ("N", "Persentase sarana alat kesehatan dan PKRT yang diawasi", "100", "%"),
           ("N", "Jumlah alat kesehatan yang dikalibrasi", "300 400", "unit")),
    ),
    "SSDMK": (
        _r("S", "Terpenuhinya tenaga kesehatan sesuai standar",
           ("N", "Persentase Puskesmas dengan sembilan jenis tenaga kesehatan", "75 80", "%"),
           ("N", "Jumlah tenaga kesehatan yang ditingkatkan kompetensinya", "150 200", "orang"),
           ("L", "Persentase tenaga kesehatan dengan STR dan SIP aktif", "100", "%")),
    ),
    "umpeg": (
        _r("T", "Terselenggaranya pelayanan administrasi umum dan kepegawaian yang tertib",
           ("N", "Persentase usulan layanan kepegawaian yang diproses tepat waktu", "100", "%"),
           ("N", "Jumlah data pegawai yang dimutakhirkan di SIASN", "500 800", "data")),
        _r("T", "Terpeliharanya sarana dan prasarana kantor",
           ("L", "Persentase sarana dan prasarana kantor dalam kondisi baik", "90", "%")),
    ),
    "keuangan": (
        _r("T", "Terwujudnya pengelolaan keuangan yang tertib dan akuntabel",
           ("N", "Persentase SPJ yang diverifikasi tepat waktu", "100", "%"),
           ("W", "Laporan keuangan disampaikan tepat waktu", "12", "bulan"),
           ("B", "Persentase realisasi anggaran", "95", "%")),
        _r("T", "Tertibnya penatausahaan barang milik daerah",
           ("N", "Persentase barang milik daerah yang tercatat dan diinventarisasi", "100", "%")),
    ),
    "program": (
        _r("T", "Tersusunnya dokumen perencanaan dan laporan kinerja yang berkualitas",
           ("N", "Jumlah dokumen perencanaan dan pelaporan yang tersusun", "8 10", "dokumen"),
           ("L", "Nilai evaluasi SAKIP", "72 75", "nilai"), _TWELVE_MONTHS),
        _r("T", "Tersedianya data dan informasi kesehatan yang mutakhir",
           ("N", "Jumlah profil dan buletin data kesehatan yang diterbitkan", "2 4", "dokumen")),
    ),
    "puskesmas": (
        _r("D", "Meningkatnya derajat kesehatan masyarakat di wilayah kerja {unit}",
           ("N", "Persentase ibu hamil yang mendapatkan pelayanan antenatal sesuai standar",
            "100", "%"),
           ("L", "Persentase balita stunting", "16 15 14", "%")),
        _r("P", "Terkendalinya penyakit menular dan tidak menular di wilayah kerja {unit}",
           ("N", "Cakupan imunisasi dasar lengkap", "95", "%"),
           ("N", "Persentase penderita hipertensi yang mendapat pelayanan sesuai standar",
            "100", "%")),
        _r("M", "Meningkatnya mutu pelayanan kesehatan di {unit}",
           ("L", "Indeks Kepuasan Masyarakat", "82 85", "nilai IKM"),
           ("L", "Persentase indikator mutu nasional yang tercapai", "90", "%")),
        _r("S", "Terjaminnya ketersediaan obat dan bahan medis habis pakai di {unit}",
           ("N", "Persentase ketersediaan obat esensial", "95", "%")),
        _r("T", "Terwujudnya tata kelola {unit} yang akuntabel",
           ("B", "Persentase realisasi dana BOK dan kapitasi JKN", "95", "%"),
           ("W", "Laporan kinerja Puskesmas disampaikan tepat waktu", "12", "bulan")),
    ),
    "labkesda": (
        _r("S", "Meningkatnya mutu pelayanan {unit}",
           ("N", "Jumlah sampel yang diperiksa", "10000 12000", "sampel"),
           ("L", "Nilai pemantapan mutu eksternal", "90", "nilai"),
           ("W", "Waktu tunggu hasil pemeriksaan", "2", "hari")),
        _r("P", "Terlaksananya pemeriksaan laboratorium untuk surveilans penyakit",
           ("N", "Persentase spesimen surveilans yang diperiksa tepat waktu", "100", "%")),
        _r("T", "Terwujudnya tata kelola {unit} yang akuntabel",
           ("B", "Persentase realisasi anggaran", "95", "%")),
    ),
    "ifk": (
        _r("S", "Terjaminnya ketersediaan dan distribusi obat serta perbekalan kesehatan",
           ("N", "Persentase ketersediaan obat esensial", "95", "%"),
           ("W", "Persentase distribusi obat ke Puskesmas yang tepat waktu", "100", "%"),
           ("L", "Persentase obat kedaluwarsa di gudang farmasi", "1", "%")),
        _r("T", "Terwujudnya tata kelola {unit} yang akuntabel",
           ("B", "Persentase realisasi anggaran", "95", "%")),
    ),
    "rs_root": (
        _r("M", "Meningkatnya mutu pelayanan {unit}",
           ("L", "Persentase indikator nasional mutu rumah sakit yang tercapai", "90", "%"),
           ("L", "Indeks Kepuasan Masyarakat", "82 85", "nilai IKM"),
           ("N", "Bed Occupancy Rate (BOR)", "70 75", "%")),
        _r("T", "Meningkatnya kinerja keuangan BLUD {unit}",
           ("B", "Rasio pendapatan BLUD terhadap biaya operasional", "80 85", "%")),
    ),
    "rs_tu": (
        _r("T", "Terselenggaranya administrasi umum, kepegawaian dan keuangan yang tertib",
           ("N", "Persentase layanan administrasi yang diselesaikan tepat waktu", "100", "%"),
           ("W", "Laporan keuangan BLUD disampaikan tepat waktu", "12", "bulan")),
    ),
    "rs_medik": (
        _r("M", "Terselenggaranya pelayanan medik dan keperawatan sesuai standar",
           ("L", "Persentase kepatuhan terhadap clinical pathway", "80", "%"),
           ("W", "Waktu tanggap pelayanan dokter di IGD", "5", "menit")),
        _r("M", "Meningkatnya keselamatan pasien",
           ("L", "Persentase kepatuhan identifikasi pasien", "100", "%")),
    ),
    "rs_penunjang": (
        _r("S", "Terselenggaranya pelayanan penunjang medik yang bermutu",
           ("W", "Waktu tunggu hasil pemeriksaan laboratorium", "140", "menit"),
           ("L", "Persentase resep obat yang sesuai formularium", "80", "%")),
    ),
}  # fmt: skip

# Staff, by catalogue_office.JOBS key.
JOB_RHK: dict[str, tuple[Rhk, ...]] = {
    "perawat": (
        _r("M", "Terlaksananya asuhan keperawatan sesuai standar",
           ("N", "Jumlah pasien yang mendapat asuhan keperawatan", "900 1000 1200 1500", "pasien"),
           ("L", "Persentase asuhan keperawatan yang terdokumentasi lengkap", "100", "%"),
           _TWELVE_MONTHS),
        _r("D", "Terlaksananya perawatan kesehatan masyarakat (perkesmas)",
           ("N", "Jumlah keluarga rawan yang dibina", "30 40 50", "keluarga"),
           ("L", "Persentase keluarga binaan yang mencapai tingkat kemandirian III", "70", "%")),
        _r("M", "Terlaksananya pelayanan kegawatdaruratan sesuai standar",
           ("N", "Jumlah pasien gawat darurat yang ditangani", "300 400 500", "pasien"),
           ("W", "Waktu tanggap pelayanan gawat darurat", "5", "menit")),
    ),
    "bidan": (
        _r("D", "Terlaksananya pelayanan kesehatan ibu hamil sesuai standar",
           ("N", "Jumlah ibu hamil yang mendapat pelayanan antenatal", "80 100 120 150",
            "ibu hamil"),
           ("L", "Persentase pelayanan antenatal yang sesuai standar", "100", "%"),
           _TWELVE_MONTHS),
        _r("D", "Terlaksananya pertolongan persalinan dan pelayanan nifas sesuai standar",
           ("N", "Jumlah persalinan yang ditolong di fasilitas pelayanan kesehatan", "40 60 80",
            "persalinan"),
           ("L", "Persentase ibu nifas yang mendapat kunjungan nifas lengkap", "100", "%")),
        _r("D", "Terlaksananya pelayanan kesehatan bayi dan balita",
           ("N", "Jumlah bayi yang mendapat kunjungan neonatal lengkap", "40 60 80", "bayi"),
           ("L", "Persentase balita yang dipantau pertumbuhan dan perkembangannya", "90", "%")),
        _r("D", "Terlaksananya pelayanan keluarga berencana",
           ("N", "Jumlah akseptor KB yang dilayani", "100 150 200", "akseptor")),
    ),
    "dokter": (
        _r("M", "Terlaksananya pelayanan medis umum sesuai standar",
           ("N", "Jumlah pasien yang diperiksa dan diobati", "2400 3000 3600", "pasien"),
           ("L", "Rasio rujukan non-spesialistik", "2", "%"), _TWELVE_MONTHS),
        _r("P", "Terlaksananya skrining penyakit tidak menular dan TBC",
           ("N", "Jumlah penduduk yang diskrining", "300 500 700", "orang"),
           ("L", "Persentase terduga TBC yang dirujuk pemeriksaan", "100", "%")),
    ),
    "dokter_rs": (
        _r("M", "Terlaksananya pelayanan medis rawat jalan dan rawat inap sesuai standar",
           ("N", "Jumlah pasien yang dilayani", "2000 2500 3000", "pasien"),
           ("L", "Persentase rekam medis yang terisi lengkap dalam 24 jam", "100", "%"),
           ("W", "Waktu tunggu pelayanan rawat jalan", "60", "menit")),
        _r("M", "Terlaksananya visite pasien rawat inap",
           ("N", "Jumlah visite pasien rawat inap", "700 900", "visite"),
           ("W", "Persentase visite sebelum pukul 14.00", "90", "%")),
    ),
    "dokter_gigi": (
        _r("M", "Terlaksananya pelayanan kesehatan gigi dan mulut sesuai standar",
           ("N", "Jumlah pasien gigi dan mulut yang dilayani", "800 1000 1200", "pasien"),
           ("L", "Persentase tindakan yang sesuai standar", "100", "%")),
        _r("D", "Terlaksananya usaha kesehatan gigi sekolah (UKGS)",
           ("N", "Jumlah sekolah yang dibina UKGS", "5 8 10", "sekolah")),
    ),
    "terapis_gigi": (
        _r("M", "Terlaksananya asuhan kesehatan gigi dan mulut",
           ("N", "Jumlah pasien yang mendapat asuhan kesehatan gigi", "600 800", "pasien"),
           ("L", "Persentase asuhan yang terdokumentasi lengkap", "100", "%")),
        _r("D", "Terlaksananya pemeriksaan kesehatan gigi anak sekolah",
           ("N", "Jumlah siswa yang diperiksa kesehatan giginya", "300 500", "siswa")),
    ),
    "apoteker": (
        _r("S", "Terlaksananya pelayanan kefarmasian sesuai standar",
           ("N", "Jumlah resep yang dikaji dan dilayani", "8000 10000 12000", "resep"),
           ("L", "Persentase kesesuaian resep dengan formularium", "90", "%"),
           ("W", "Waktu tunggu pelayanan resep non-racikan", "15", "menit")),
        _r("S", "Terkelolanya sediaan farmasi dan bahan medis habis pakai",
           ("N", "Jumlah laporan pemakaian dan lembar permintaan obat (LPLPO)", "12", "laporan"),
           ("L", "Persentase ketersediaan obat esensial", "95", "%")),
    ),
    "asisten_apoteker": (
        _r("S", "Terlaksananya penyiapan dan penyerahan obat kepada pasien",
           ("N", "Jumlah resep yang disiapkan", "9000 12000", "resep"),
           ("L", "Persentase obat yang diserahkan tanpa kesalahan", "100", "%")),
        _r("S", "Tertibnya pencatatan persediaan obat",
           ("N", "Jumlah laporan stok obat bulanan", "12", "laporan"),
           ("L", "Persentase kesesuaian kartu stok dengan stok fisik", "100", "%")),
    ),
    "pranata_lab": (
        _r("S", "Terlaksananya pemeriksaan laboratorium klinik sesuai standar",
           ("N", "Jumlah sampel yang diperiksa", "2000 3000 4000", "sampel"),
           ("L", "Persentase hasil yang lolos pemantapan mutu internal", "100", "%"),
           ("W", "Waktu tunggu hasil pemeriksaan", "60", "menit")),
        _r("P", "Terlaksananya pemeriksaan spesimen program TBC dan malaria",
           ("N", "Jumlah sediaan dahak dan darah yang diperiksa", "200 300", "sediaan")),
    ),
    "nutrisionis": (
        _r("D", "Terlaksananya pelayanan gizi masyarakat",
           ("N", "Jumlah balita gizi kurang yang mendapat konseling gizi", "40 60 80", "balita"),
           ("L", "Persentase balita gizi buruk yang mendapat perawatan sesuai standar", "100",
            "%")),
        _r("D", "Terlaksananya pemantauan status gizi",
           ("N", "Jumlah Posyandu yang dipantau data penimbangannya", "20 30 40", "posyandu"),
           _TWELVE_MONTHS),
    ),
    "sanitarian": (
        _r("D", "Terlaksananya inspeksi kesehatan lingkungan",
           ("N", "Jumlah tempat dan fasilitas umum yang diinspeksi", "50 80 100", "lokasi"),
           ("L", "Persentase hasil inspeksi yang ditindaklanjuti", "100", "%")),
        _r("D", "Terlaksananya pemicuan sanitasi total berbasis masyarakat (STBM)",
           ("N", "Jumlah desa yang dipicu STBM", "3 5 8", "desa")),
    ),
    "penyuluh": (
        _r("D", "Terlaksananya penyuluhan kesehatan kepada masyarakat",
           ("N", "Jumlah kegiatan penyuluhan", "48 60 72", "kegiatan"),
           ("L", "Persentase peserta yang memahami materi (nilai post-test)", "80", "%")),
        _r("D", "Terbinanya Posyandu dan upaya kesehatan bersumberdaya masyarakat",
           ("N", "Jumlah UKBM yang dibina", "10 15 20", "UKBM")),
    ),
    "epidemiolog": (
        _r("P", "Terlaksananya surveilans epidemiologi penyakit",
           ("N", "Jumlah laporan SKDR mingguan yang dianalisis", "52", "laporan"),
           ("L", "Kelengkapan dan ketepatan laporan surveilans", "90", "%"),
           ("W", "Waktu respons sinyal kewaspadaan dini", "24", "jam")),
        _r("P", "Terlaksananya penyelidikan epidemiologi",
           ("N", "Jumlah penyelidikan epidemiologi yang dilaksanakan", "6 10 12", "kegiatan")),
    ),
    "perekam_medis": (
        _r("M", "Terkelolanya rekam medis pasien sesuai standar",
           ("N", "Jumlah berkas rekam medis yang dikelola", "8000 12000 15000", "berkas"),
           ("L", "Persentase kelengkapan pengisian rekam medis", "100", "%")),
        _r("M", "Terlaksananya pengodean diagnosis dan tindakan",
           ("N", "Jumlah diagnosis yang dikode dengan ICD-10", "6000 9000", "diagnosis"),
           ("L", "Persentase ketepatan kode diagnosis", "95", "%")),
    ),
    "adminkes": (
        _r("M", "Terlaksananya analisis dan evaluasi program pelayanan kesehatan",
           ("N", "Jumlah dokumen analisis program yang disusun", "4 6 8", "dokumen"),
           ("L", "Persentase rekomendasi yang ditindaklanjuti", "80", "%"), _TWELVE_MONTHS),
        _r("M", "Terlaksananya pembinaan mutu fasilitas pelayanan kesehatan",
           ("N", "Jumlah fasilitas pelayanan kesehatan yang dibina", "10 15 20", "fasyankes")),
    ),
    "radiografer": (
        _r("M", "Terlaksananya pelayanan radiologi sesuai standar",
           ("N", "Jumlah pemeriksaan radiologi", "2000 2500", "pemeriksaan"),
           ("L", "Persentase foto yang diulang (reject rate)", "2", "%"),
           ("W", "Waktu tunggu hasil foto toraks", "3", "jam")),
    ),
    "fisioterapis": (
        _r("M", "Terlaksananya pelayanan fisioterapi",
           ("N", "Jumlah pasien yang mendapat fisioterapi", "900 1200", "pasien"),
           ("L", "Persentase program fisioterapi yang tuntas", "85", "%")),
    ),
    "elektromedis": (
        _r("S", "Terpeliharanya alat kesehatan elektromedis",
           ("N", "Jumlah alat yang dipelihara dan dikalibrasi", "150 200", "unit"),
           ("L", "Persentase alat elektromedis yang laik pakai", "95", "%")),
    ),
    "entomolog": (
        _r("P", "Terlaksananya survei vektor penyakit",
           ("N", "Jumlah survei jentik dan vektor", "12 24", "survei"),
           ("L", "Angka bebas jentik di wilayah survei", "95", "%")),
    ),
    "analis_kepeg": (
        _r("T", "Terlaksananya analisis dan pelayanan administrasi kepegawaian",
           ("N", "Jumlah usulan layanan kepegawaian yang diproses", "150 200 300", "usulan"),
           ("L", "Persentase usulan yang diproses tanpa dikembalikan", "95", "%"),
           ("W", "Lama proses usulan", "3", "hari")),
        _r("T", "Termutakhirnya data kepegawaian di SIASN",
           ("N", "Jumlah data pegawai yang dimutakhirkan", "300 500", "data")),
    ),
    "pranata_komputer": (
        _r("T", "Terkelolanya sistem informasi dan jaringan kantor",
           ("N", "Jumlah aplikasi dan perangkat yang dipelihara", "10 15 20", "unit"),
           ("L", "Persentase ketersediaan layanan jaringan", "98", "%")),
        _r("M", "Terintegrasinya data pelayanan dengan SATUSEHAT",
           ("N", "Jumlah fasilitas pelayanan kesehatan yang didampingi integrasi", "10 20",
            "fasyankes")),
    ),
    "arsiparis": (
        _r("T", "Terkelolanya arsip dinamis sesuai ketentuan",
           ("N", "Jumlah arsip yang ditata dan dideskripsi", "1000 1500", "berkas"),
           ("L", "Persentase arsip yang tertata sesuai klasifikasi", "100", "%")),
    ),
    "perencana": (
        _r("T", "Tersusunnya dokumen perencanaan program dan anggaran",
           ("N", "Jumlah dokumen perencanaan yang disusun", "4 6", "dokumen"),
           ("L", "Persentase kesesuaian program dengan Renstra", "100", "%"), _TWELVE_MONTHS),
        _r("T", "Tersusunnya laporan evaluasi kinerja",
           ("N", "Jumlah laporan evaluasi kinerja triwulanan", "4", "laporan")),
    ),
    "analis_keuangan": (
        _r("T", "Terlaksananya analisis dan verifikasi pertanggungjawaban keuangan",
           ("N", "Jumlah SPJ yang diverifikasi", "600 900", "SPJ"),
           ("L", "Persentase SPJ yang sesuai ketentuan", "100", "%"),
           ("B", "Persentase realisasi anggaran yang dianalisis", "95", "%")),
    ),
    "pengadaan": (
        _r("T", "Terlaksananya pengadaan barang/jasa sesuai ketentuan",
           ("N", "Jumlah paket pengadaan yang diselesaikan", "20 30", "paket"),
           ("L", "Persentase paket pengadaan tanpa sanggahan", "100", "%"),
           ("B", "Efisiensi nilai kontrak terhadap HPS", "5", "%")),
    ),
    "pengadm_perkantoran": (
        _r("T", "Terlaksananya pengadministrasian surat dan dokumen",
           ("N", "Jumlah surat masuk dan keluar yang diadministrasikan", "1200 1500 2000", "surat"),
           ("L", "Persentase surat yang terdistribusi pada hari yang sama", "100", "%"),
           _TWELVE_MONTHS),
        _r("T", "Tertibnya pengarsipan dokumen unit kerja",
           ("N", "Jumlah dokumen yang diarsipkan", "500 800", "dokumen")),
    ),
    "pengadm_umum": (
        _r("T", "Terlaksananya pengadministrasian umum dan kebutuhan kantor",
           ("N", "Jumlah dokumen administrasi umum yang diselesaikan", "300 500", "dokumen"),
           ("L", "Persentase permintaan kebutuhan kantor yang dipenuhi", "95", "%")),
    ),
    "operator": (
        _r("M", "Terlaksananya layanan pendaftaran pasien",
           ("N", "Jumlah pasien yang didaftarkan", "8000 10000 12000", "pasien"),
           ("L", "Persentase data pendaftaran yang lengkap", "100", "%"),
           ("W", "Waktu pendaftaran per pasien", "5", "menit")),
    ),
    "pengolah_data": (
        _r("T", "Tersedianya data dan informasi kesehatan yang mutakhir",
           ("N", "Jumlah laporan data yang diolah", "12 24", "laporan"),
           ("L", "Persentase data yang valid", "95", "%"),
           ("W", "Laporan bulanan disampaikan tepat waktu", "12", "bulan")),
    ),
    "penata_layanan": (
        _r("T", "Terlaksananya penataan layanan operasional kantor",
           ("N", "Jumlah layanan operasional yang ditata", "100 150", "layanan"),
           ("L", "Persentase layanan yang sesuai SOP", "100", "%")),
    ),
    "bendahara": (
        _r("T", "Terlaksananya penatausahaan keuangan sesuai ketentuan",
           ("N", "Jumlah laporan pertanggungjawaban bendahara", "12", "laporan"),
           ("L", "Persentase SPJ tanpa koreksi", "95", "%"),
           ("B", "Persentase penyerapan anggaran", "95", "%")),
    ),
    "pengurus_barang": (
        _r("T", "Terlaksananya penatausahaan barang milik daerah",
           ("N", "Jumlah barang yang dicatat dan diinventarisasi", "300 500", "item"),
           ("L", "Persentase kesesuaian catatan dengan stok fisik", "100", "%"),
           ("W", "Laporan mutasi barang disampaikan tepat waktu", "12", "bulan")),
    ),
    "pengemudi": (
        _r("M", "Terlaksananya layanan transportasi pasien rujukan",
           ("N", "Jumlah pasien rujukan yang diantar", "100 150 200", "pasien"),
           ("L", "Persentase perjalanan tanpa kecelakaan", "100", "%"),
           ("W", "Waktu kesiapan ambulans setelah dihubungi", "10", "menit")),
    ),
}  # fmt: skip

# RHK tambahan (optional, low priority), any jabatan.
EXTRA_RHK: tuple[Rhk, ...] = (
    _r("M", "Terlaksananya tugas sebagai anggota tim akreditasi",
       ("N", "Jumlah dokumen akreditasi yang disusun", "5 8 10", "dokumen"),
       ("L", "Persentase elemen penilaian yang terpenuhi", "90", "%")),
    _r("D", "Terlaksananya pendampingan kegiatan Posyandu di desa binaan",
       ("N", "Jumlah kegiatan Posyandu yang didampingi", "12 24", "kegiatan")),
    _r("T", "Terlaksananya tugas sebagai anggota tim pengelola kinerja unit",
       ("N", "Jumlah laporan kinerja unit yang disusun", "4 12", "laporan")),
    _r("P", "Terlaksananya tugas sebagai anggota tim gerak cepat penanggulangan KLB",
       ("N", "Jumlah kejadian yang direspons", "2 4", "kejadian"),
       ("W", "Waktu respons setelah laporan diterima", "24", "jam")),
)  # fmt: skip

EXPECTATIONS: dict[int, tuple[str, ...]] = {
    1: ("Melayani pasien dengan ramah dan menindaklanjuti keluhan paling lambat 1 x 24 jam",
        "Memberikan informasi pelayanan yang jelas dan mudah dipahami masyarakat"),
    2: ("Menyampaikan laporan kegiatan tepat waktu setiap akhir bulan",
        "Hadir tepat waktu dan mengisi presensi elektronik setiap hari kerja"),
    3: ("Mengikuti pengembangan kompetensi paling sedikit 20 JP dalam setahun",
        "Membagikan pengetahuan hasil pelatihan kepada rekan kerja"),
    4: ("Menjaga suasana kerja yang kondusif dan saling menghargai",
        "Membantu rekan kerja yang membutuhkan tanpa diminta"),
    5: ("Menjaga kerahasiaan data pasien dan dokumen dinas",
        "Menjaga nama baik instansi di media sosial"),
    6: ("Cepat menyesuaikan diri dengan penerapan rekam medis elektronik",
        "Mengusulkan paling sedikit satu inovasi pelayanan dalam setahun"),
    7: ("Aktif bekerja sama lintas program dan lintas sektor",
        "Melibatkan kader dan tokoh masyarakat dalam kegiatan kesehatan"),
}  # fmt: skip

RESOURCES = {
    "PUSKESMAS": ("Dana BOK dan kapitasi JKN {unit}; obat dan BMHP; alat kesehatan sesuai "
                  "standar Puskesmas",
                  "Sarana dan prasarana {unit}; aplikasi e-Puskesmas dan SATUSEHAT; dukungan "
                  "kader kesehatan desa"),
    "UPT": ("Anggaran {unit}; sarana, prasarana dan alat kesehatan; sistem informasi "
            "manajemen",
            "Dukungan anggaran BLUD/DPA {unit}; tenaga pendukung; perangkat komputer dan "
            "jaringan internet"),
    "": ("Anggaran DPA Dinas Kesehatan; sarana dan prasarana kantor; aplikasi e-Kinerja dan "
         "SIASN",
         "Dukungan anggaran kegiatan {unit}; perangkat komputer dan jaringan internet; data "
         "dari Puskesmas dan rumah sakit"),
}  # fmt: skip
ACCOUNTABILITY = (
    "Laporan capaian kinerja bulanan kepada pejabat penilai kinerja dan laporan triwulanan "
    "melalui e-Kinerja",
    "Laporan kegiatan setiap bulan dan evaluasi kinerja triwulanan bersama pejabat penilai kinerja",
    "Bukti dukung kinerja diunggah setiap bulan; evaluasi periodik per triwulan",
)
CONSEQUENCES = (
    "Capaian kinerja menjadi dasar pemberian tambahan penghasilan pegawai (TPP) dan "
    "pengembangan karier sesuai ketentuan",
    "Apabila target tercapai diberikan penghargaan sesuai ketentuan; apabila tidak tercapai "
    "dilakukan pembinaan dan pengembangan kompetensi",
    "Predikat kinerja menjadi dasar pemberian TPP, penghargaan, atau pembinaan sesuai ketentuan",
)
RETURN_REASONS = (
    "Target kuantitas belum sesuai dengan target {unit}; mohon disesuaikan.",
    "Indikator kualitas belum terukur; cantumkan standar yang digunakan.",
    "RHK belum selaras dengan RHK pimpinan yang diintervensi; mohon diperbaiki.",
    "Target waktu belum sesuai dengan jadwal pelaporan; mohon diperbaiki.",
)

# Shares of the SKP states (issue: "every state"): staff, and heads (who always have one,
# made before their staff's); None is "no SKP yet".
STAFF_STATES = ((APPROVED, 40), (SUBMITTED, 20), (DRAFT, 20), (RETURNED, 5), (None, 15))
HEAD_STATES = ((APPROVED, 75), (SUBMITTED, 12), (DRAFT, 8), (RETURNED, 5))
