"""Demo data catalogue: Indonesian names by naming tradition, birth places, phone prefixes,
village-like place names and month names (pure data, no code)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NameStyle:
    """One naming tradition, so that a person's given name, middle name and family name fit
    together (no Batak marga after a Balinese birth-order name). An empty middle or family
    tuple means that part is never used; `single` are one-word names (older Javanese)."""

    weight: int
    male: tuple[str, ...]
    female: tuple[str, ...]
    male_middle: tuple[str, ...] = ()
    female_middle: tuple[str, ...] = ()
    male_last: tuple[str, ...] = ()
    female_last: tuple[str, ...] = ()
    single_male: tuple[str, ...] = ()
    single_female: tuple[str, ...] = ()


NAME_STYLES: tuple[NameStyle, ...] = (
    NameStyle(  # Javanese
        44,
        ("Agus", "Bambang", "Budi", "Joko", "Sugeng", "Teguh", "Wahyu", "Eko", "Heru", "Hadi",
         "Danang", "Purwanto", "Riyanto", "Bayu", "Dimas", "Galih", "Yoga", "Aditya", "Nanang",
         "Iwan", "Arif", "Andri", "Gatot", "Sigit", "Hari", "Wawan", "Anton", "Yudi"),
        ("Sri", "Dewi", "Endang", "Retno", "Ratna", "Wulan", "Yuni", "Rini", "Tuti", "Wiwik",
         "Lestari", "Kartika", "Ratih", "Ika", "Yanti", "Heni", "Dian", "Novi", "Erna",
         "Titin", "Tika", "Ani", "Umi", "Evi"),
        ("Dwi", "Tri", "Eko", "Catur", "Adi", "Agung", "Budi"),
        ("Dwi", "Tri", "Eka", "Sri", "Ayu", "Nur", "Indah"),
        ("Santoso", "Prasetyo", "Nugroho", "Wibowo", "Susanto", "Purnomo", "Setiawan",
         "Kurniawan", "Utomo", "Wicaksono", "Haryanto", "Sulistyo", "Priyono", "Setiadi",
         "Darmawan", "Kusuma", "Pratama", "Saputra", "Wijaya", "Hartono", "Widodo"),
        ("Lestari", "Wahyuni", "Rahayu", "Handayani", "Purwanti", "Susanti", "Setyowati",
         "Kusumawati", "Hartati", "Wulandari", "Ningsih", "Sulastri", "Pertiwi", "Utami",
         "Astuti", "Susilowati", "Puspitasari", "Permatasari", "Widyastuti", "Kurniasih"),
        ("Sutrisno", "Slamet", "Sugiarto", "Suparman", "Paryono", "Tukiman", "Sarwono",
         "Mulyono", "Wagiman", "Suwarno", "Sumadi", "Suharto"),
        ("Sumarni", "Suyatmi", "Sumiyati", "Sukinah", "Partini", "Suwarni", "Tumini",
         "Sriyani", "Painem"),
    ),
    NameStyle(  # Sundanese
        14,
        ("Asep", "Dadang", "Ujang", "Cecep", "Deden", "Yayan", "Ade", "Dedi", "Engkus", "Iwan",
         "Aceng", "Dodi", "Hendi", "Rudi"),
        ("Neneng", "Euis", "Siti", "Yeni", "Rina", "Lilis", "Tati", "Imas", "Dewi", "Nining",
         "Iis", "Yati", "Nia"),
        ("Hendra", "Rahmat", "Saepul", "Nur"),
        ("Nur", "Sri", "Ayu"),
        ("Suryana", "Permana", "Sudrajat", "Hidayat", "Ruhiyat", "Kurniawan", "Gunawan",
         "Hermawan", "Saputra", "Sopandi", "Mulyana", "Rukmana"),
        ("Nurhasanah", "Rahmawati", "Fitriani", "Nuraini", "Maryani", "Sumiati",
         "Komalasari", "Kurniasih", "Nurjanah"),
    ),
    NameStyle(  # Malay / Islamic, common everywhere
        20,
        ("Muhammad", "Ahmad", "Rizky", "Fajar", "Ilham", "Irfan", "Lukman", "Rahmat", "Taufik",
         "Yusuf", "Zainal", "Reza", "Hafiz", "Fauzan", "Rizal", "Syamsul", "Alif", "Imam",
         "Fikri", "Arief", "Haris", "Hendra"),
        ("Siti", "Nurul", "Anisa", "Fitri", "Aulia", "Nadia", "Intan", "Riska", "Suci", "Rahma",
         "Desi", "Maya", "Indah", "Putri", "Ayu", "Fitria", "Dina", "Ida", "Mega", "Sari"),
        ("Nur", "Rizki", "Abdul", "Fajar"),
        ("Nur", "Rizki", "Ayu", "Putri", "Dwi"),
        ("Hidayat", "Ramadhan", "Firmansyah", "Syahputra", "Maulana", "Hakim", "Rahman",
         "Febrianto", "Saputra", "Pratama", "Akbar", "Hasan", "Fauzi", "Rifai"),
        ("Safitri", "Anggraini", "Rahmawati", "Fitriani", "Maharani", "Maulida", "Amalia",
         "Khasanah", "Oktaviani", "Novitasari", "Aprilia", "Damayanti", "Nuraini", "Azizah",
         "Handayani"),
    ),
    NameStyle(  # Batak
        8,
        ("Benny", "Robby", "Hendra", "Rudi", "Doni", "Jhonson", "Roy", "Sahat", "Parlindungan",
         "Togar", "Marihot", "Edison"),
        ("Maria", "Lina", "Rosa", "Dian", "Sarah", "Rina", "Debora", "Yanti", "Rosmawati",
         "Lasma", "Tiurma", "Erni"),
        (),
        (),
        ("Siregar", "Nasution", "Harahap", "Lubis", "Sinaga", "Hutapea", "Simanjuntak",
         "Hasibuan", "Pardede", "Sitompul", "Simatupang", "Panjaitan", "Manurung", "Tambunan"),
        ("Siregar", "Nasution", "Harahap", "Lubis", "Sinaga", "Hutapea", "Simanjuntak",
         "Hasibuan", "Pardede", "Sitompul", "Simatupang", "Panjaitan", "Manurung", "Tambunan"),
    ),
    NameStyle(  # Balinese: birth-order name + given name (+ a second given name)
        5,
        ("I Made", "I Ketut", "I Wayan", "I Nyoman", "I Gede", "I Komang", "I Putu"),
        ("Ni Luh", "Ni Made", "Ni Ketut", "Ni Wayan", "Ni Nyoman", "Ni Komang", "Ni Putu"),
        (),
        (),
        ("Suarta", "Sudarma", "Artawan", "Budiasa", "Wirawan", "Sudiarta", "Adnyana",
         "Mahendra", "Suardana", "Wiradana"),
        ("Sukerti", "Ariani", "Sriasih", "Suryani", "Widiastuti", "Sutarmi", "Anggreni",
         "Purnamasari", "Darmayanti"),
    ),
    NameStyle(  # Christian names, Flores / Timor / Minahasa family names
        9,
        ("Yohanes", "Fransiskus", "Stefanus", "Yosef", "Markus", "Petrus", "Daniel",
         "Agustinus", "Yakobus", "Paulus", "Kornelis", "Aloysius"),
        ("Maria", "Theresia", "Yuliana", "Agustina", "Margaretha", "Veronika", "Elisabeth",
         "Yohana", "Kristina", "Natalia", "Yosephina"),
        ("Don", "Andreas", "Benediktus"),
        ("Magdalena", "Fransiska", "Imelda"),
        ("Tefa", "Ndun", "Bria", "Nahak", "Manafe", "Wenas", "Pangemanan", "Lumenta",
         "Sondakh", "Rumengan", "Mandagi", "Da Costa", "Fernandez", "Kolo", "Seran"),
        ("Tefa", "Ndun", "Bria", "Nahak", "Manafe", "Wenas", "Pangemanan", "Lumenta",
         "Sondakh", "Rumengan", "Mandagi", "Da Costa", "Fernandez", "Kolo", "Seran"),
    ),
)  # fmt: skip

BIRTH_PLACES = (
    ("Contoh", 30), ("Bandung", 4), ("Semarang", 4), ("Surabaya", 4), ("Yogyakarta", 4),
    ("Malang", 3), ("Surakarta", 3), ("Medan", 3), ("Padang", 2), ("Palembang", 2),
    ("Makassar", 2), ("Kediri", 2), ("Madiun", 2), ("Purwokerto", 2), ("Cirebon", 2),
    ("Tasikmalaya", 2), ("Garut", 2), ("Magelang", 2), ("Klaten", 2), ("Boyolali", 2),
    ("Tegal", 2), ("Pekalongan", 2), ("Jember", 2), ("Banyuwangi", 2), ("Blitar", 2),
    ("Tulungagung", 1), ("Pati", 1), ("Kudus", 1), ("Jepara", 1), ("Bogor", 2),
    ("Sukabumi", 1), ("Pontianak", 1), ("Banjarmasin", 1), ("Manado", 1), ("Kupang", 1),
    ("Mataram", 1), ("Denpasar", 1), ("Jambi", 1), ("Bengkulu", 1), ("Bandar Lampung", 1),
    ("Pekanbaru", 1), ("Ambon", 1), ("Jakarta", 3),
)  # fmt: skip
PHONE_PREFIXES = (
    "811", "812", "813", "821", "822", "852", "853", "814", "815", "816", "855", "856", "857",
    "858", "817", "818", "819", "859", "877", "878", "895", "896", "897", "898", "881", "882",
)  # fmt: skip
PLACE_HEADS = (
    "Suka", "Karang", "Tanjung", "Sumber", "Kedung", "Marga", "Sido", "Mekar", "Jati",
    "Banjar", "Cipta", "Tegal", "Wono", "Pagar", "Muara", "Rejo", "Bumi", "Sri", "Talang",
    "Sinar",
)  # fmt: skip
PLACE_TAILS = (
    "maju", "jaya", "rejo", "sari", "mulya", "makmur", "asri", "agung", "harjo", "wangi",
    "baru", "indah", "mukti", "raya", "luhur", "kencana", "tani", "abadi", "mulyo", "arum",
)  # fmt: skip
PLACE_QUARTERS = ("", " Utara", " Selatan", " Barat", " Timur", " Tengah")

# Why a record is inactive; "pensiun" becomes the retirement text with its TMT.
PNS_LEAVING_REASONS = (
    "pensiun",
    "Mutasi ke Dinas Pendidikan Kabupaten Contoh",
    "Mutasi ke luar daerah",
    "Meninggal dunia",
    "Tugas belajar",
    "Cuti di luar tanggungan negara",
    "Diberhentikan dengan hormat atas permintaan sendiri",
)
PNS_LEAVING_WEIGHTS = (45, 15, 12, 8, 8, 6, 6)
PPPK_LEAVING_REASONS = (
    "Masa perjanjian kerja berakhir",
    "Mengundurkan diri",
    "Meninggal dunia",
    "Diberhentikan dengan hormat atas permintaan sendiri",
)
