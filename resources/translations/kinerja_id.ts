<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ActingDialog</name>
    <message>
        <source>Plt / Plh (acting officials)</source>
        <translation>Plt / Plh (pejabat pelaksana)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>A&amp;khiri…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Acting official</source>
        <translation>Pejabat pelaksana</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <source>Holder in the register</source>
        <translation>Pemangku di register</translation>
    </message>
    <message>
        <source>{name} (outside the office)</source>
        <translation>{name} (di luar instansi)</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>Remove the Plt / Plh</source>
        <translation>Hapus Plt / Plh</translation>
    </message>
    <message>
        <source>Remove this assignment? Only for one entered by mistake: to stop it, end it.</source>
        <translation>Hapus penugasan ini? Hanya untuk yang salah dimasukkan: untuk menghentikannya, akhiri.</translation>
    </message>
</context>
<context>
    <name>ActionPlanDialog</name>
    <message>
        <source>Action plans (rencana aksi): {name}</source>
        <translation>Rencana aksi: {name}</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>A&amp;gree the period&apos;s action plans</source>
        <translation>Setu&amp;jui rencana aksi periode ini</translation>
    </message>
    <message>
        <source>Agree every period with the S&amp;KP</source>
        <translation>Setujui semua periode bersama S&amp;KP</translation>
    </message>
    <message>
        <source>&amp;RHK:</source>
        <translation>&amp;RHK:</translation>
    </message>
    <message>
        <source>Planned ac&amp;tion:</source>
        <translation>Rencana &amp;aksi:</translation>
    </message>
    <message>
        <source>E&amp;xpected output:</source>
        <translation>Target &amp;output:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Sat&amp;uan:</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>&amp;Tambah baru</translation>
    </message>
    <message>
        <source>&amp;Save the selected</source>
        <translation>&amp;Simpan yang dipilih</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
    <message>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation>Rencana aksi</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only the employee or their appraiser plans the action plans.</source>
        <translation>Hanya pegawai atau pejabat penilainya yang menyusun rencana aksi.</translation>
    </message>
    <message>
        <source>No approved SKP for this period yet.</source>
        <translation>Belum ada SKP yang disetujui untuk periode ini.</translation>
    </message>
    <message>
        <source>Only the employee&apos;s appraiser agrees the action plans.</source>
        <translation>Hanya pejabat penilai pegawai yang menyetujui rencana aksi.</translation>
    </message>
    <message>
        <source>Nothing proposed to agree.</source>
        <translation>Tidak ada usulan yang perlu disetujui.</translation>
    </message>
</context>
<context>
    <name>AnnualPage</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Rating hasil kerja</source>
        <translation>Rating hasil kerja</translation>
    </message>
    <message>
        <source>Rating perilaku kerja</source>
        <translation>Rating perilaku</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Predikat of the periods: {counts}</source>
        <translation>Predikat periode: {counts}</translation>
    </message>
    <message>
        <source>Without rated evaluation: {periods}</source>
        <translation>Belum ada evaluasi yang dinilai: {periods}</translation>
    </message>
    <message>
        <source>{months}: {hasil} / {perilaku}</source>
        <translation>{months}: {hasil} / {perilaku}</translation>
    </message>
    <message>
        <source>Several SKPs this year (last periodic rating of each): {parts}. Weighted by months: results {hasil}, behaviour {perilaku}, predikat {predikat}.</source>
        <translation>Beberapa SKP tahun ini (rating periodik terakhir masing-masing): {parts}. Ditimbang menurut bulan: hasil kerja {hasil}, perilaku kerja {perilaku}, predikat {predikat}.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Database in use</source>
        <translation>Basis data sedang digunakan</translation>
    </message>
    <message>
        <source>The database {path} is already open in another Kinerja Luring window. Switch to that window, or close it first.</source>
        <translation>Basis data {path} sudah terbuka di jendela Kinerja Luring yang lain. Beralihlah ke jendela tersebut, atau tutup jendela itu terlebih dahulu.</translation>
    </message>
    <message>
        <source>Newer database</source>
        <translation>Basis data versi lebih baru</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Kinerja Luring (schema {found}; this version knows up to {known}). Install the newer version to open it. Nothing was changed.</source>
        <translation>Basis data ini dibuat oleh Kinerja Luring versi yang lebih baru (skema {found}; versi ini hanya mengenal sampai skema {known}). Pasang versi yang lebih baru untuk membukanya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Not a Kinerja Luring database</source>
        <translation>Bukan basis data Kinerja Luring</translation>
    </message>
    <message>
        <source>The file {path} is not a Kinerja Luring database. Nothing was changed.</source>
        <translation>Berkas {path} bukan basis data Kinerja Luring. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation>Basis data berada di drive jaringan</translation>
    </message>
    <message>
        <source>The database {path} is on a network drive. SQLite cannot keep it safe there (two computers could damage it). Copy it to this computer&apos;s own disk and open the copy.</source>
        <translation>Basis data {path} berada di drive jaringan. Di lokasi tersebut SQLite tidak dapat menjaga keamanannya (dua komputer dapat merusaknya). Salin basis data ke disk komputer ini, lalu buka salinan tersebut.</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Basis data tidak dibuka</translation>
    </message>
    <message>
        <source>The database {path} could not be opened ({reason}). SQLite&apos;s integrity check finds no damage in it, so nothing was restored or changed.</source>
        <translation>Basis data {path} tidak dapat dibuka ({reason}). Pemeriksaan integritas SQLite tidak menemukan kerusakan di dalamnya, sehingga tidak ada yang dipulihkan atau diubah.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <source>The server database {url} could not be opened ({reason}). Nothing was changed.</source>
        <translation>Basis data server {url} tidak dapat dibuka ({reason}). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The server database {url} reports damage: {problems}. Ask the server&apos;s administrator to restore it; nothing was changed.</source>
        <translation>Basis data server {url} melaporkan kerusakan: {problems}. Minta administrator server memulihkannya; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Empty database file</source>
        <translation>Berkas basis data kosong</translation>
    </message>
    <message>
        <source>The database file {path} is empty (0 bytes): the data it held is not in it any more.

Restore the newest good backup, {backup}? Changes made after that backup are lost; the empty file is kept in the backups folder.</source>
        <translation>Berkas basis data {path} kosong (0 bita): data yang pernah ada di dalamnya sudah tidak ada lagi.

Pulihkan cadangan terbaru yang masih baik, {backup}? Perubahan yang dibuat setelah cadangan tersebut akan hilang; berkas kosong tersebut disimpan di folder cadangan.</translation>
    </message>
    <message>
        <source>The first bytes of {path} are not those of a database: the file is damaged.

Restore the newest good backup, {backup}? Changes made after that backup are lost; the damaged file is kept in the backups folder.</source>
        <translation>Bita-bita awal {path} bukan milik sebuah basis data: berkas tersebut rusak.

Pulihkan cadangan terbaru yang masih baik, {backup}? Perubahan yang dibuat setelah cadangan tersebut akan hilang; berkas yang rusak disimpan di folder cadangan.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be used.

Restore the newest good backup, {backup}? Changes made after that backup are lost; the damaged file is kept in the backups folder.</source>
        <translation>Basis data {path} rusak dan tidak dapat digunakan.

Pulihkan cadangan terbaru yang masih baik, {backup}? Perubahan yang dibuat setelah cadangan tersebut akan hilang; berkas yang rusak disimpan di folder cadangan.</translation>
    </message>
    <message>
        <source>Database in use by another program</source>
        <translation>Basis data sedang dipakai program lain</translation>
    </message>
    <message>
        <source>The database {path} is held by another program (for example a copy or backup tool, or a database viewer). It is not damaged. Wait until that program has finished, or close it, and start Kinerja Luring again. Nothing was changed.</source>
        <translation>Basis data {path} sedang dipegang oleh program lain (misalnya alat penyalin atau pencadangan, atau penampil basis data). Basis data tersebut tidak rusak. Tunggu sampai program itu selesai, atau tutup program itu, lalu jalankan Kinerja Luring lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Database cannot be written</source>
        <translation>Basis data tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Kinerja Luring cannot write to {file}: it is read-only, or this user account has no permission to change it. The database {path} is not damaged. Ask your administrator to give this account write permission on that file and its folder, then start again. Nothing was changed.</source>
        <translation>Kinerja Luring tidak dapat menulis ke {file}: berkas itu hanya-baca, atau akun pengguna ini tidak berhak mengubahnya. Basis data {path} tidak rusak. Mintalah administrator Anda memberi akun ini izin menulis pada berkas tersebut dan foldernya, lalu jalankan lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation>Basis data tidak ditemukan</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path given with --db. To make a new database, use File &gt; New database. Nothing was created.</source>
        <translation>Tidak ada basis data di {path}. Periksa jalur yang diberikan dengan --db. Untuk membuat basis data baru, gunakan Berkas &gt; Basis data baru. Tidak ada yang dibuat.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda telah diubah.</translation>
    </message>
    <message>
        <source>Back up to a folder (for example a USB stick)</source>
        <translation>Cadangkan ke folder (misalnya flashdisk USB)</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Membuat cadangan…</translation>
    </message>
    <message>
        <source>Backup made, NOT sealed</source>
        <translation>Cadangan dibuat, TIDAK tersegel</translation>
    </message>
    <message>
        <source>The backup was written and checked:
{path}
{size}

It is NOT sealed: it holds the office signing key and the password hashes in the clear. Keep it locked away, and create the backup key (Settings &gt; Office identity) so that the next backups are sealed (and compressed).</source>
        <translation>Cadangan telah disimpan dan diperiksa:
{path}
{size}

Cadangan ini TIDAK tersegel: kunci tanda tangan kantor dan hash kata sandi terbaca apa adanya. Simpan di tempat terkunci, dan buat kunci cadangan (Pengaturan &gt; Identitas kantor) agar cadangan berikutnya tersegel (dan dimampatkan).</translation>
    </message>
    <message>
        <source>The backup was written, checked and sealed:
{path}
{size}</source>
        <translation>Cadangan telah disimpan, diperiksa, dan disegel:
{path}
{size}</translation>
    </message>
    <message>
        <source>{size} MB (the database: {database} MB)</source>
        <translation>{size} MB (basis data: {database} MB)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Cadangan telah dibuat</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Kinerja Luring database (*.db *.age);;All files (*)</source>
        <translation>Basis data Kinerja Luring (*.db *.age);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Replace the current database by the backup {name}? A copy of the current database is kept in the backups folder. You sign in again afterwards.</source>
        <translation>Ganti basis data saat ini dengan cadangan {name}? Salinan basis data saat ini disimpan di folder cadangan. Setelah itu Anda perlu masuk kembali.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <source>Kinerja Luring database (*.db);;All files (*)</source>
        <translation>Basis data Kinerja Luring (*.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be used, and its backups folder holds no good backup.

Do you have a backup copy elsewhere (for example on a USB stick)? Choose it to restore it; the damaged file is kept in the backups folder. Otherwise ask your support contact; nothing was changed.</source>
        <translation>Basis data {path} rusak dan tidak dapat dipakai, dan folder cadangannya tidak berisi cadangan yang baik.

Apakah Anda menyimpan salinan cadangan di tempat lain (misalnya di flashdisk)? Pilih salinan itu untuk memulihkannya; berkas yang rusak disimpan di folder cadangan. Jika tidak ada, hubungi petugas dukungan Anda; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Basis data baru</translation>
    </message>
    <message>
        <source>Kinerja Luring database (*.db)</source>
        <translation>Basis data Kinerja Luring (*.db)</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} sudah ada; pilih nama lain.</translation>
    </message>
</context>
<context>
    <name>AppraiserPicker</name>
    <message>
        <source>{name} (outside the office)</source>
        <translation>{name} (di luar instansi)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Give an RHK to subordinates</source>
        <translation>Berikan RHK kepada bawahan</translation>
    </message>
    <message>
        <source>Each chosen subordinate gets an RHK supporting: &lt;b&gt;{rhk}&lt;/b&gt;</source>
        <translation>Setiap bawahan yang dipilih akan mendapat RHK yang mendukung: &lt;b&gt;{rhk}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Their RHK text (empty: the same text)</source>
        <translation>Teks RHK bawahan (kosongkan untuk memakai teks yang sama)</translation>
    </message>
    <message>
        <source>&amp;Give</source>
        <translation>&amp;Berikan</translation>
    </message>
    <message>
        <source>Tick at least one subordinate.</source>
        <translation>Centang paling sedikit satu bawahan.</translation>
    </message>
</context>
<context>
    <name>AssignmentForm</name>
    <message>
        <source>Add a Plt / Plh</source>
        <translation>Tambah Plt / Plh</translation>
    </message>
    <message>
        <source>Edit a Plt / Plh</source>
        <translation>Ubah Plt / Plh</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>An employee of the &amp;office:</source>
        <translation>Pegawai &amp;instansi ini:</translation>
    </message>
    <message>
        <source>An official &amp;outside the office:</source>
        <translation>Pejabat di &amp;luar instansi:</translation>
    </message>
    <message>
        <source>&amp;Until ended (no last day yet)</source>
        <translation>&amp;Sampai diakhiri (belum ada tanggal akhir)</translation>
    </message>
    <message>
        <source>e.g. 821.2/017/BKPSDM/2026</source>
        <translation>mis. 821.2/017/BKPSDM/2026</translation>
    </message>
    <message>
        <source>&amp;Position (jabatan):</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>J&amp;enis:</translation>
    </message>
    <message>
        <source>Who acts:</source>
        <translation>Pelaksana:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Tanggal &amp;mulai:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Tanggal &amp;akhir:</translation>
    </message>
    <message>
        <source>&amp;Decree (nomor SK / surat perintah):</source>
        <translation>&amp;Nomor SK / surat perintah:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sim&amp;pan</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>Perubahan (lama → baru)</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>All record types</source>
        <translation>Semua jenis data</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Pengguna:</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>Jenis data:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;sampai:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entri</numerusform>
        </translation>
    </message>
    <message>
        <source>(only the newest are shown: narrow the dates)</source>
        <translation>(hanya entri terbaru yang ditampilkan: persempit rentang tanggal)</translation>
    </message>
</context>
<context>
    <name>AuditViews</name>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis pegawai</translation>
    </message>
    <message>
        <source>Title before name</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Title after name</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Central office identity</source>
        <translation>Identitas kantor pusat</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>SKP work result</source>
        <translation>Hasil kerja SKP</translation>
    </message>
    <message>
        <source>SKP indicator</source>
        <translation>Indikator SKP</translation>
    </message>
    <message>
        <source>Behaviour expectation</source>
        <translation>Ekspektasi perilaku</translation>
    </message>
    <message>
        <source>SKP step</source>
        <translation>Langkah SKP</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>Achievement of an indicator</source>
        <translation>Realisasi indikator</translation>
    </message>
    <message>
        <source>Behaviour rating</source>
        <translation>Penilaian perilaku</translation>
    </message>
    <message>
        <source>Note from a colleague</source>
        <translation>Masukan rekan kerja</translation>
    </message>
    <message>
        <source>Evaluation step</source>
        <translation>Langkah evaluasi</translation>
    </message>
    <message>
        <source>Organisation result</source>
        <translation>Hasil organisasi</translation>
    </message>
    <message>
        <source>Feedback phrase</source>
        <translation>Frasa umpan balik</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>IDP</translation>
    </message>
    <message>
        <source>Competence gap</source>
        <translation>Kesenjangan kompetensi</translation>
    </message>
    <message>
        <source>Development activity</source>
        <translation>Kegiatan pengembangan</translation>
    </message>
    <message>
        <source>IDP step</source>
        <translation>Langkah IDP</translation>
    </message>
    <message>
        <source>Archive appraisal</source>
        <translation>Penilaian arsip</translation>
    </message>
    <message>
        <source>Archive appraisal activity</source>
        <translation>Kegiatan penilaian arsip</translation>
    </message>
    <message>
        <source>Archive appraisal step</source>
        <translation>Langkah penilaian arsip</translation>
    </message>
    <message>
        <source>Employment status (kedudukan hukum)</source>
        <translation>Kedudukan hukum</translation>
    </message>
    <message>
        <source>Period stage and deadline</source>
        <translation>Tahap periode dan batas pengisian</translation>
    </message>
    <message>
        <source>Closing or re-opening of a period</source>
        <translation>Penutupan atau pembukaan kembali periode</translation>
    </message>
    <message>
        <source>Official outside the office</source>
        <translation>Pejabat di luar instansi</translation>
    </message>
    <message>
        <source>Appraiser outside the office</source>
        <translation>Penilai di luar instansi</translation>
    </message>
    <message>
        <source>Acting assignment (Plt/Plh)</source>
        <translation>Penugasan Plt/Plh</translation>
    </message>
    <message>
        <source>Performance dialogue or counselling</source>
        <translation>Dialog atau konseling kinerja</translation>
    </message>
    <message>
        <source>PPPK contract</source>
        <translation>Perjanjian kerja PPPK</translation>
    </message>
    <message>
        <source>Register history (post, unit, grade, appraiser)</source>
        <translation>Riwayat register (jabatan, unit kerja, golongan, pejabat penilai)</translation>
    </message>
    <message>
        <source>Action plan (rencana aksi)</source>
        <translation>Rencana aksi</translation>
    </message>
    <message>
        <source>Daily log entry</source>
        <translation>Kegiatan progres harian</translation>
    </message>
    <message>
        <source>Recurring activity</source>
        <translation>Kegiatan rutin</translation>
    </message>
    <message>
        <source>Holiday or leave day</source>
        <translation>Hari libur atau cuti</translation>
    </message>
    <message>
        <source>Decision on the daily log&apos;s sum</source>
        <translation>Keputusan atas jumlah progres harian</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Grade effective from</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <source>Position effective from</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <source>Position type</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <source>Functional level</source>
        <translation>Jenjang jabatan fungsional</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <source>Direct superior</source>
        <translation>Atasan langsung</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>Pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Reason inactive</source>
        <translation>Alasan tidak aktif</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>PNS ID (SIASN)</source>
        <translation>PNS ID (SIASN)</translation>
    </message>
    <message>
        <source>Acting official (Plt/Plh)</source>
        <translation>Pejabat Plt/Plh</translation>
    </message>
    <message>
        <source>Appraiser&apos;s comment</source>
        <translation>Catatan pejabat penilai</translation>
    </message>
    <message>
        <source>Read by the employee on</source>
        <translation>Dibaca pegawai pada</translation>
    </message>
    <message>
        <source>Read mark recorded by</source>
        <translation>Tanda dibaca dicatat oleh</translation>
    </message>
    <message>
        <source>Failed sign-in attempts</source>
        <translation>Percobaan masuk yang gagal</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Wajib mengganti kata sandi</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Terkunci sampai</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Kantor ini</translation>
    </message>
    <message>
        <source>Database identity</source>
        <translation>Identitas basis data</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Kunci penanda tangan</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Kunci publik</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Kunci enkripsi</translation>
    </message>
    <message>
        <source>Public encryption key</source>
        <translation>Kunci enkripsi publik</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Evaluation periods</source>
        <translation>Periode evaluasi</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Peraturan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Menjadi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Pendekatan</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Bentuk formulir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>Alasan dikembalikan</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Dukungan sumber daya</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Skema pertanggungjawaban</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Konsekuensi</translation>
    </message>
    <message>
        <source>Frozen copy</source>
        <translation>Salinan beku</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Main result</source>
        <translation>Hasil kerja utama</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <source>Fill-in deadline</source>
        <translation>Batas pengisian</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektif</translation>
    </message>
    <message>
        <source>Superior&apos;s result</source>
        <translation>Hasil kerja atasan</translation>
    </message>
    <message>
        <source>Superior&apos;s result (text)</source>
        <translation>Hasil kerja atasan (teks)</translation>
    </message>
    <message>
        <source>Work result</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Target unit</source>
        <translation>Satuan target</translation>
    </message>
    <message>
        <source>Target (text)</source>
        <translation>Target (teks)</translation>
    </message>
    <message>
        <source>Core value</source>
        <translation>Nilai dasar</translation>
    </message>
    <message>
        <source>Work result rating</source>
        <translation>Rating hasil kerja</translation>
    </message>
    <message>
        <source>Work behaviour rating</source>
        <translation>Rating perilaku kerja</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Ditetapkan final</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>Objection filed</source>
        <translation>Keberatan diajukan</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Dijelaskan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Penilaian diri</translation>
    </message>
    <message>
        <source>Self-assessed</source>
        <translation>Dinilai sendiri</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Berkas bukti dukung</translation>
    </message>
    <message>
        <source>Evidence file check</source>
        <translation>Pemeriksaan berkas bukti dukung</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Organisation predikat</source>
        <translation>Predikat organisasi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Diberikan oleh</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Digunakan untuk</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <source>Why required</source>
        <translation>Alasan wajib</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Disepakati</translation>
    </message>
    <message>
        <source>Competence type</source>
        <translation>Jenis kompetensi</translation>
    </message>
    <message>
        <source>Proposed from</source>
        <translation>Diusulkan dari</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Kesenjangan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Kind of training</source>
        <translation>Jenis diklat</translation>
    </message>
    <message>
        <source>Kind of training (name)</source>
        <translation>Jenis diklat (nama)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Rencana mulai</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Rencana selesai</translation>
    </message>
    <message>
        <source>Planned JP</source>
        <translation>Rencana JP</translation>
    </message>
    <message>
        <source>Planned cost</source>
        <translation>Rencana biaya</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Biaya realisasi</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Nomor sertifikat</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Berkas sertifikat</translation>
    </message>
    <message>
        <source>Certificate file check</source>
        <translation>Pemeriksaan berkas sertifikat</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Structural position</source>
        <translation>Jabatan struktural</translation>
    </message>
    <message>
        <source>Additional tasks</source>
        <translation>Tugas tambahan</translation>
    </message>
    <message>
        <source>Creativity</source>
        <translation>Kreativitas</translation>
    </message>
    <message>
        <source>Work behaviour</source>
        <translation>Perilaku kerja</translation>
    </message>
    <message>
        <source>Peers&apos; ratings</source>
        <translation>Penilaian rekan kerja</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>SKP score</source>
        <translation>Nilai SKP</translation>
    </message>
    <message>
        <source>Behaviour score</source>
        <translation>Nilai perilaku kerja</translation>
    </message>
    <message>
        <source>Performance score</source>
        <translation>Nilai prestasi kerja</translation>
    </message>
    <message>
        <source>Grade word</source>
        <translation>Sebutan</translation>
    </message>
    <message>
        <source>Credit points</source>
        <translation>Angka kredit</translation>
    </message>
    <message>
        <source>Output unit</source>
        <translation>Satuan output</translation>
    </message>
    <message>
        <source>Quantity target</source>
        <translation>Target kuantitas</translation>
    </message>
    <message>
        <source>Quantity achieved</source>
        <translation>Realisasi kuantitas</translation>
    </message>
    <message>
        <source>Quality target</source>
        <translation>Target kualitas</translation>
    </message>
    <message>
        <source>Quality achieved</source>
        <translation>Realisasi kualitas</translation>
    </message>
    <message>
        <source>Time target</source>
        <translation>Target waktu</translation>
    </message>
    <message>
        <source>Time achieved</source>
        <translation>Realisasi waktu</translation>
    </message>
    <message>
        <source>Cost target</source>
        <translation>Target biaya</translation>
    </message>
    <message>
        <source>Cost achieved</source>
        <translation>Realisasi biaya</translation>
    </message>
    <message>
        <source>Achievement score</source>
        <translation>Nilai capaian</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Superior</source>
        <translation>Atasan</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tanggal pelaksanaan</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Peserta lain</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Tanggal tindak lanjut</translation>
    </message>
    <message>
        <source>Work time</source>
        <translation>Waktu kerja</translation>
    </message>
    <message>
        <source>Decree date</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Bulan mulai</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan selesai</translation>
    </message>
    <message>
        <source>What the transfer changed</source>
        <translation>Yang diubah oleh mutasi</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Task given by</source>
        <translation>Pemberi tugas</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Tautan bukti dukung</translation>
    </message>
    <message>
        <source>Reason for a late entry</source>
        <translation>Alasan pengisian terlambat</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Comment by</source>
        <translation>Komentar oleh</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>Target output</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Hari dalam minggu</translation>
    </message>
    <message>
        <source>Sum of the daily log</source>
        <translation>Jumlah progres harian</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Diputuskan oleh</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Nama unit</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>Jenis unit</translation>
    </message>
    <message>
        <source>Employee type</source>
        <translation>Jenis pegawai</translation>
    </message>
    <message>
        <source>Position name</source>
        <translation>Nama jabatan</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Kode kantor</translation>
    </message>
    <message>
        <source>Account active</source>
        <translation>Akun aktif</translation>
    </message>
    <message>
        <source>Linked employee</source>
        <translation>Pegawai terkait</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>From the evaluation</source>
        <translation>Dari evaluasi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Kedudukan hukum</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Can be chosen</source>
        <translation>Dapat dipilih</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Berlaku sejak</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Ukuran kertas</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Kunci setelah menganggur (menit)</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Cadangan otomatis yang disimpan</translation>
    </message>
    <message>
        <source>Place in signature blocks</source>
        <translation>Tempat pada blok tanda tangan</translation>
    </message>
    <message>
        <source>Logo on the forms</source>
        <translation>Logo pada formulir</translation>
    </message>
    <message>
        <source>Program setting</source>
        <translation>Pengaturan program</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Triwulanan</translation>
    </message>
    <message>
        <source>Per semester</source>
        <translation>Semesteran</translation>
    </message>
    <message>
        <source>Quantitative</source>
        <translation>Kuantitatif</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>Kualitatif</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Service recipients perspective</source>
        <translation>Perspektif Penerima Layanan</translation>
    </message>
    <message>
        <source>Business process perspective</source>
        <translation>Perspektif Proses Bisnis</translation>
    </message>
    <message>
        <source>Internal strengthening perspective</source>
        <translation>Perspektif Penguatan Internal</translation>
    </message>
    <message>
        <source>Budget perspective</source>
        <translation>Perspektif Anggaran</translation>
    </message>
    <message>
        <source>JPT (with perspective)</source>
        <translation>JPT (dengan perspektif)</translation>
    </message>
    <message>
        <source>Administration and functional</source>
        <translation>Administrasi dan fungsional</translation>
    </message>
    <message>
        <source>Work results</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>created</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status diubah</translation>
    </message>
    <message>
        <source>{n} records created at once ({source})</source>
        <translation>{n} data dibuat sekaligus ({source})</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>data demo</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>impor</translation>
    </message>
    <message>
        <source>a bulk write</source>
        <translation>penulisan massal</translation>
    </message>
    <message>
        <source>command line ({user})</source>
        <translation>baris perintah ({user})</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>import from {office}</source>
        <translation>impor dari {office}</translation>
    </message>
    <message>
        <source>set</source>
        <translation>diisi</translation>
    </message>
    <message>
        <source>(a record no longer here)</source>
        <translation>(data sudah tidak ada)</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Data lain</translation>
    </message>
    <message>
        <source>Other detail</source>
        <translation>Rincian lain</translation>
    </message>
    <message>
        <source>SKP {year} of {name}</source>
        <translation>SKP {year} {name}</translation>
    </message>
    <message>
        <source>Evaluation {period} of {name}</source>
        <translation>Evaluasi {period} {name}</translation>
    </message>
    <message>
        <source>IDP {year} of {name}</source>
        <translation>IDP {year} {name}</translation>
    </message>
    <message>
        <source>Archive appraisal {year} of {name}</source>
        <translation>Penilaian arsip {year} {name}</translation>
    </message>
    <message>
        <source>{owner}: {text}</source>
        <translation>{owner}: {text}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>BackupKeyDialog</name>
    <message>
        <source>Create the backup key</source>
        <translation>Buat kunci cadangan</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>Sealed backup</source>
        <translation>Cadangan tersegel</translation>
    </message>
    <message>
        <source>{name} is sealed. Type the backup passphrase (or the recovery key of the recovery sheet):</source>
        <translation>{name} tersegel. Ketik frasa sandi cadangan (atau kunci pemulihan pada lembar pemulihan):</translation>
    </message>
    <message>
        <source>Backups are sealed from now on. Print the recovery sheet {path} now, keep it in the office safe, then delete the file. Key fingerprint: {fingerprint}</source>
        <translation>Mulai sekarang cadangan disegel. Cetak lembar pemulihan {path} sekarang, simpan di lemari besi kantor, lalu hapus berkasnya. Sidik jari kunci: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>BackupKeyFields</name>
    <message>
        <source>Backup key</source>
        <translation>Kunci cadangan</translation>
    </message>
    <message>
        <source>Backups copied out of the program&apos;s folder (a USB stick) are sealed with this key. Writing a backup needs no passphrase; restoring one asks for it. If the passphrase is lost, only the recovery sheet printed now can open the backups: print it and keep it in the office safe, apart from the backup sticks.</source>
        <translation>Cadangan yang disalin ke luar folder program (flashdisk) disegel dengan kunci ini. Membuat cadangan tidak perlu frasa sandi; memulihkannya memerlukannya. Bila frasa sandi hilang, hanya lembar pemulihan yang dicetak sekarang yang dapat membuka cadangan: cetak dan simpan di lemari besi kantor, terpisah dari flashdisk cadangan.</translation>
    </message>
    <message>
        <source>Leave the passphrase empty to create the key later (Office identity); until then backups are written unsealed.</source>
        <translation>Kosongkan frasa sandi untuk membuat kunci nanti (Identitas kantor); sampai saat itu cadangan disimpan tanpa segel.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Frasa sandi cadangan:</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>Ulangi f&amp;rasa sandi:</translation>
    </message>
    <message>
        <source>Passphrase &amp;hint:</source>
        <translation>&amp;Petunjuk frasa sandi:</translation>
    </message>
    <message>
        <source>Recovery &amp;sheet (PDF):</source>
        <translation>&amp;Lembar pemulihan (PDF):</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Simpan lembar pemulihan</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>Paling sedikit {n} karakter.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>Kedua frasa sandi berbeda: ketik frasa sandi yang sama dua kali.</translation>
    </message>
    <message>
        <source>Choose an existing folder.</source>
        <translation>Pilih folder yang ada.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Print for a unit</source>
        <translation>Cetak per unit kerja</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>With its &amp;sub-units</source>
        <translation>Beserta &amp;subunitnya</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formulir:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>One &amp;merged PDF</source>
        <translation>Satu PDF &amp;gabungan</translation>
    </message>
    <message>
        <source>One PDF &amp;per employee</source>
        <translation>Satu PDF &amp;per pegawai</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>Only final evaluations, approved SKPs and agreed IDPs are printed; the others are listed afterwards, with the reason.</source>
        <translation>Hanya evaluasi yang final, SKP yang disetujui dan IDP yang disepakati yang dicetak; yang lain didaftar sesudahnya, beserta alasannya.</translation>
    </message>
    <message>
        <source>{documents}, {pages} saved as {path}</source>
        <translation>{documents}, {pages} disimpan sebagai {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n dokumen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>{documents}, {pages} saved in {folder}</source>
        <translation>{documents}, {pages} disimpan di folder {folder}</translation>
    </message>
    <message>
        <source>Not printed ({count}):</source>
        <translation>Tidak dicetak ({count}):</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF files.</source>
        <translation>Pilih folder yang sudah ada untuk menyimpan berkas PDF.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Daily log: month calendar</source>
        <translation>Progres harian: kalender bulanan</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>All I may see</source>
        <translation>Semua yang boleh saya lihat</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>✓ filled · ½ partly · ✗ empty · L holiday or weekend · C leave</source>
        <translation>✓ terisi · ½ sebagian · ✗ kosong · L libur atau akhir pekan · C cuti</translation>
    </message>
    <message>
        <source>&amp;Open the day</source>
        <translation>Buk&amp;a hari itu</translation>
    </message>
    <message>
        <source>&amp;Print the unit recap</source>
        <translation>&amp;Cetak rekap unit</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Terisi</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Sebagian</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Kosong</translation>
    </message>
    <message>
        <source>{minutes} minutes logged</source>
        <translation>{minutes} menit tercatat</translation>
    </message>
    <message>
        <source>Choose a unit first.</source>
        <translation>Pilih unit kerja dahulu.</translation>
    </message>
    <message>
        <source>Nobody to show.</source>
        <translation>Tidak ada yang ditampilkan.</translation>
    </message>
</context>
<context>
    <name>CascadeDialog</name>
    <message>
        <source>Cascade matrix {year}: {name}</source>
        <translation>Matriks peran hasil {year}: {name}</translation>
    </message>
    <message>
        <source>&amp;Give this RHK to subordinates…</source>
        <translation>&amp;Berikan RHK ini kepada bawahan…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
    <message>
        <source>{section}. {rhk}  ({count} supporting)</source>
        <translation>{section}. {rhk}  (didukung {count} RHK bawahan)</translation>
    </message>
    <message>
        <source>Subordinate RHK linked to none of these</source>
        <translation>RHK bawahan yang tidak terhubung ke RHK mana pun di atas</translation>
    </message>
    <message>
        <source>There is no SKP of {year} for this person yet, or it has no RHK.</source>
        <translation>Pegawai ini belum memiliki SKP tahun {year}, atau SKP-nya belum berisi RHK.</translation>
    </message>
    <message>
        <source>{total} RHK; {unsupported} supported by no subordinate; {unlinked} subordinate RHK linked to nothing.</source>
        <translation>{total} RHK; {unsupported} tidak didukung oleh bawahan mana pun; {unlinked} RHK bawahan tidak terhubung ke RHK mana pun.</translation>
    </message>
</context>
<context>
    <name>CentralHeader</name>
    <message>
        <source>Central office:</source>
        <translation>Kantor pusat:</translation>
    </message>
    <message>
        <source>Save the &amp;key for the offices…</source>
        <translation>Simpan kun&amp;ci untuk kantor-kantor…</translation>
    </message>
    <message>
        <source>A small file to put on the stick: the offices read it in their Sync window. It holds no secret.</source>
        <translation>Berkas kecil untuk disimpan di flashdisk: kantor-kantor membacanya di jendela Sinkronisasi masing-masing. Berkas ini tidak berisi rahasia.</translation>
    </message>
    <message>
        <source>Key for the offices:</source>
        <translation>Kunci untuk kantor-kantor:</translation>
    </message>
    <message>
        <source>Receipts signed with:</source>
        <translation>Tanda terima ditandatangani dengan:</translation>
    </message>
    <message>
        <source>Export the &amp;identity…</source>
        <translation>Ekspor &amp;identitas…</translation>
    </message>
    <message>
        <source>The central identity has never been exported. If this database is lost without it, no package sealed for this central office can ever be read again. Export it and keep the copy offline, in a safe place (not on the stick that travels).</source>
        <translation>Identitas kantor pusat belum pernah diekspor. Jika basis data ini hilang sebelum identitas tersebut diekspor, paket yang disegel untuk kantor pusat ini tidak akan dapat dibaca lagi. Ekspor identitas tersebut dan simpan salinannya secara luring di tempat yang aman (bukan di flashdisk yang dibawa ke kantor-kantor).</translation>
    </message>
    <message>
        <source>The central identity was last exported on {date}. Keep that copy safe: losing both it and this database makes every package unreadable.</source>
        <translation>Identitas kantor pusat terakhir diekspor pada {date}. Simpan salinan tersebut dengan aman: jika salinan itu dan basis data ini sama-sama hilang, semua paket tidak dapat dibaca lagi.</translation>
    </message>
    <message>
        <source>Save the central office key for the offices</source>
        <translation>Simpan kunci kantor pusat untuk kantor-kantor</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Berkas teks (*.txt)</translation>
    </message>
    <message>
        <source>Key saved</source>
        <translation>Kunci telah disimpan</translation>
    </message>
    <message>
        <source>The key was written to:
{path}

Put it on the stick: each office reads it in its Sync window (Read the key from a file). It holds no secret.</source>
        <translation>Kunci telah disimpan di:
{path}

Simpan berkas ini di flashdisk: setiap kantor membacanya di jendela Sinkronisasi (Baca kunci dari berkas). Berkas ini tidak berisi rahasia.</translation>
    </message>
    <message>
        <source>Export the central identity</source>
        <translation>Ekspor identitas kantor pusat</translation>
    </message>
    <message>
        <source>The central identity opens every package sealed for this central office. Losing it (with this database) makes every package unreadable; whoever else gets it can read them all.

Write it to a stick or disc that stays locked away, never to the stick that travels to the offices. Continue?</source>
        <translation>Identitas kantor pusat dapat membuka setiap paket yang disegel untuk kantor pusat ini. Jika identitas ini hilang (bersama basis data ini), semua paket tidak dapat dibaca lagi; siapa pun yang memperolehnya dapat membaca semua paket.

Simpan identitas ini di flashdisk atau cakram yang disimpan di tempat terkunci, jangan sekali-kali di flashdisk yang dibawa ke kantor-kantor. Lanjutkan?</translation>
    </message>
    <message>
        <source>age identity (*.age *.txt);;All files (*)</source>
        <translation>Identitas age (*.age *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Identity exported</source>
        <translation>Identitas telah diekspor</translation>
    </message>
    <message>
        <source>The central identity was written to:
{path}

Keep it offline and locked away. With it the standard &apos;age&apos; tool opens the packages (age -d -i FILE).</source>
        <translation>Identitas kantor pusat telah disimpan di:
{path}

Simpan secara luring di tempat terkunci. Dengan identitas ini, alat standar &apos;age&apos; dapat membuka paket (age -d -i BERKAS).</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>The administrator set a temporary password for you. Choose your own password now.</source>
        <translation>Administrator telah menetapkan kata sandi sementara untuk Anda. Tetapkan kata sandi Anda sendiri sekarang.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Kata sandi &amp;saat ini:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Ulangi kata sandi baru:</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment on the entry</source>
        <translation>Komentar atas kegiatan</translation>
    </message>
    <message>
        <source>&amp;Comment (empty: none):</source>
        <translation>&amp;Komentar (kosong: tidak ada):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <source>Add a contract period</source>
        <translation>Tambah masa perjanjian kerja</translation>
    </message>
    <message>
        <source>Edit a contract</source>
        <translation>Ubah perjanjian kerja</translation>
    </message>
    <message>
        <source>e.g. 1 January 2026</source>
        <translation>mis. 1 Januari 2026</translation>
    </message>
    <message>
        <source>e.g. 31 December 2026</source>
        <translation>mis. 31 Desember 2026</translation>
    </message>
    <message>
        <source>e.g. 800.1.13/017/BKPSDM/2026</source>
        <translation>mis. 800.1.13/017/BKPSDM/2026</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Tanggal &amp;mulai:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Tanggal &amp;akhir:</translation>
    </message>
    <message>
        <source>&amp;Work time:</source>
        <translation>&amp;Waktu kerja:</translation>
    </message>
    <message>
        <source>&amp;Decree or contract number:</source>
        <translation>&amp;Nomor SK / perjanjian kerja:</translation>
    </message>
    <message>
        <source>Decree &amp;date:</source>
        <translation>&amp;Tanggal SK:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked.</source>
        <translation>Tidak ada yang disimpan: perbaiki isian yang ditandai.</translation>
    </message>
</context>
<context>
    <name>ContractsDialog</name>
    <message>
        <source>Recommendation: {advice}. {reason}</source>
        <translation>Rekomendasi: {advice}. {reason}</translation>
    </message>
    <message>
        <source>PPPK contracts: {name}</source>
        <translation>Perjanjian kerja PPPK: {name}</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Tanggal akhir</translation>
    </message>
    <message>
        <source>Work time</source>
        <translation>Waktu kerja</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <source>Decree date</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Contract ends {day}. {advice}</source>
        <translation>Perjanjian kerja berakhir {day}. {advice}</translation>
    </message>
    <message>
        <source>No contract runs in {year} or later.</source>
        <translation>Tidak ada perjanjian kerja yang berlaku pada {year} atau sesudahnya.</translation>
    </message>
    <message>
        <source>Remove the contract</source>
        <translation>Hapus perjanjian kerja</translation>
    </message>
    <message>
        <source>Remove this contract period? Only for one entered by mistake.</source>
        <translation>Hapus masa perjanjian kerja ini? Hanya untuk data yang salah dimasukkan.</translation>
    </message>
</context>
<context>
    <name>DailyLogOutputs</name>
    <message>
        <source>Export the month for e-Kinerja</source>
        <translation>Ekspor bulan ini untuk e-Kinerja</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>Berkas PDF tidak dapat disimpan: {reason}</translation>
    </message>
</context>
<context>
    <name>DailyLogTab</name>
    <message>
        <source>Evidence file (bukti dukung)</source>
        <translation>Berkas bukti dukung</translation>
    </message>
    <message>
        <source>Whose lo&amp;g:</source>
        <translation>Milik pega&amp;wai:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Tan&amp;ggal:</translation>
    </message>
    <message>
        <source>◀ Day &amp;before</source>
        <translation>◀ Hari s&amp;ebelumnya</translation>
    </message>
    <message>
        <source>Day aft&amp;er ▶</source>
        <translation>Hari be&amp;rikutnya ▶</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Hari &amp;ini</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>Ta&amp;mbah kegiatan…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Copy the last day</source>
        <translation>&amp;Salin hari terakhir</translation>
    </message>
    <message>
        <source>Add rec&amp;urring</source>
        <translation>Isi kegiatan ruti&amp;n</translation>
    </message>
    <message>
        <source>&amp;Keep as recurring</source>
        <translation>&amp;Jadikan rutin</translation>
    </message>
    <message>
        <source>Attac&amp;h file…</source>
        <translation>Lam&amp;pirkan berkas…</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>&amp;Komentar…</translation>
    </message>
    <message>
        <source>Actio&amp;n plans…</source>
        <translation>Ren&amp;cana aksi…</translation>
    </message>
    <message>
        <source>M&amp;onth calendar…</source>
        <translation>Kalen&amp;der bulan…</translation>
    </message>
    <message>
        <source>Lea&amp;ve and holidays…</source>
        <translation>Da&amp;ftar hari libur &amp;&amp; cuti…</translation>
    </message>
    <message>
        <source>E&amp;xport the month for e-Kinerja…</source>
        <translation>Ekspor bulan ini ke e-Kinerja (&amp;xlsx)…</translation>
    </message>
    <message>
        <source>&amp;Print the month…</source>
        <translation>Cetak bu&amp;lan ini…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan harian</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Rencana aksi / tugas</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Direct task from {giver}</source>
        <translation>Tugas langsung dari {giver}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>Late: {why}</source>
        <translation>Terlambat: {why}</translation>
    </message>
    <message>
        <source>{day}: {count} entries, {hours} h {minutes} min</source>
        <translation>{day}: {count} kegiatan, {hours} jam {minutes} menit</translation>
    </message>
    <message>
        <source>Only the employee or their appraiser writes this log.</source>
        <translation>Hanya pegawai atau pejabat penilainya yang mengisi progres harian ini.</translation>
    </message>
    <message>
        <source>Only the employee&apos;s appraiser comments on entries.</source>
        <translation>Hanya pejabat penilai pegawai yang memberi komentar.</translation>
    </message>
    <message>
        <source>HR keeps the holiday calendar.</source>
        <translation>Kalender hari libur diisi oleh bagian kepegawaian.</translation>
    </message>
    <message>
        <source>Nobody&apos;s log to show.</source>
        <translation>Tidak ada progres harian yang dapat ditampilkan.</translation>
    </message>
    <message>
        <source>Remove the entry</source>
        <translation>Hapus kegiatan</translation>
    </message>
    <message>
        <source>Remove this entry of the daily log?</source>
        <translation>Hapus kegiatan ini dari progres harian?</translation>
    </message>
    <message>
        <source>Entered after the period</source>
        <translation>Diisi setelah periode berakhir</translation>
    </message>
    <message>
        <source>Copy the last day</source>
        <translation>Salin hari terakhir</translation>
    </message>
    <message>
        <source>No earlier day holds entries.</source>
        <translation>Belum ada hari sebelumnya yang berisi kegiatan.</translation>
    </message>
    <message>
        <source>Add recurring</source>
        <translation>Isi kegiatan rutin</translation>
    </message>
    <message>
        <source>No recurring activity is missing on this day.</source>
        <translation>Semua kegiatan rutin sudah ada pada hari ini.</translation>
    </message>
</context>
<context>
    <name>DevelopmentOfficeModel</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>IDP</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>JP done</source>
        <translation>JP terealisasi</translation>
    </message>
    <message>
        <source>JP planned</source>
        <translation>JP rencana</translation>
    </message>
    <message>
        <source>JP missing to {n}</source>
        <translation>Kekurangan JP menuju {n}</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Realisasi anggaran</translation>
    </message>
    <message>
        <source>Latest poor predikat: {predikat}</source>
        <translation>Predikat di bawah Baik yang terakhir: {predikat}</translation>
    </message>
</context>
<context>
    <name>DevelopmentRecapModel</name>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Competence type</source>
        <translation>Jenis kompetensi</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <source>Kind (jenis diklat)</source>
        <translation>Jenis diklat</translation>
    </message>
    <message>
        <source>Target (people)</source>
        <translation>Sasaran (orang)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>JP planned</source>
        <translation>JP rencana</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>JP done</source>
        <translation>JP terealisasi</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Realisasi anggaran</translation>
    </message>
</context>
<context>
    <name>DevelopmentTab</name>
    <message>
        <source>IDP required</source>
        <translation>Wajib IDP</translation>
    </message>
    <message>
        <source>{n}× poor in a row</source>
        <translation>{n}× berturut-turut di bawah Baik</translation>
    </message>
    <message>
        <source>no konseling kinerja</source>
        <translation>belum ada konseling kinerja</translation>
    </message>
    <message>
        <source>Ye&amp;ar:</source>
        <translation>Ta&amp;hun:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua pegawai</translation>
    </message>
    <message>
        <source>Under {n} JP</source>
        <translation>Di bawah {n} JP</translation>
    </message>
    <message>
        <source>IDP required (poor predikat)</source>
        <translation>Wajib IDP (predikat di bawah Baik)</translation>
    </message>
    <message>
        <source>IDP required, not agreed yet</source>
        <translation>Wajib IDP, belum disetujui</translation>
    </message>
    <message>
        <source>Poor predikat in a row</source>
        <translation>Predikat di bawah Baik berturut-turut</translation>
    </message>
    <message>
        <source>Without an IDP</source>
        <translation>Belum memiliki IDP</translation>
    </message>
    <message>
        <source>Konseling kinerja missing (poor predikat)</source>
        <translation>Belum konseling kinerja (predikat rendah)</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Tampil&amp;kan:</translation>
    </message>
    <message>
        <source>Search name, NIP or unit</source>
        <translation>Cari nama, NIP, atau unit kerja</translation>
    </message>
    <message>
        <source>&amp;Open IDP…</source>
        <translation>Buka &amp;IDP…</translation>
    </message>
    <message>
        <source>&amp;Record a completed activity…</source>
        <translation>Catat ke&amp;giatan yang telah selesai…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Ekspor ke Excel…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>IDP of the selected employee</source>
        <translation>IDP untuk pegawai yang dipilih</translation>
    </message>
    <message>
        <source>IDPs for a unit (batch)…</source>
        <translation>IDP untuk satu unit kerja (sekaligus)…</translation>
    </message>
    <message>
        <source>&amp;Dialogue and counselling…</source>
        <translation>&amp;Dialog dan konseling kinerja…</translation>
    </message>
    <message>
        <source>&amp;Employees</source>
        <translation>&amp;Pegawai</translation>
    </message>
    <message>
        <source>Per u&amp;nit</source>
        <translation>Per u&amp;nit kerja</translation>
    </message>
    <message>
        <source>Renbangkom re&amp;cap</source>
        <translation>&amp;Rekap Renbangkom</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(ditutup)</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln employees</source>
        <translation>
            <numerusform>{shown} dari %Ln pegawai</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: {under} under {n} JP · {required} with an IDP required ({open} not agreed) · JP planned {planned}, done {done} · budget {budget}, spent {spent}</source>
        <translation>Ditampilkan: {under} di bawah {n} JP · {required} wajib IDP ({open} belum disetujui) · JP rencana {planned}, terealisasi {done} · anggaran {budget}, terpakai {spent}</translation>
    </message>
    <message>
        <source>&amp;Make IDP…</source>
        <translation>Buat &amp;IDP…</translation>
    </message>
    <message>
        <source>This employee has no IDP for the year yet.</source>
        <translation>Pegawai ini belum mempunyai IDP untuk tahun ini.</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export.</source>
        <translation>Daftar kosong: tidak ada yang diekspor.</translation>
    </message>
    <message>
        <source>Record a completed activity: {name}</source>
        <translation>Catat kegiatan yang telah selesai: {name}</translation>
    </message>
    <message>
        <source>Export development</source>
        <translation>Ekspor data pengembangan</translation>
    </message>
</context>
<context>
    <name>DevelopmentUnitModel</name>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Under {n} JP</source>
        <translation>Di bawah {n} JP</translation>
    </message>
    <message>
        <source>With IDP</source>
        <translation>Memiliki IDP</translation>
    </message>
    <message>
        <source>IDP agreed</source>
        <translation>IDP disetujui</translation>
    </message>
    <message>
        <source>IDP required</source>
        <translation>Wajib IDP</translation>
    </message>
    <message>
        <source>Required, not agreed</source>
        <translation>Wajib, belum disetujui</translation>
    </message>
    <message>
        <source>JP planned</source>
        <translation>JP rencana</translation>
    </message>
    <message>
        <source>JP done</source>
        <translation>JP terealisasi</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Realisasi anggaran</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>DialogueDialog</name>
    <message>
        <source>Dialogue and counselling: {name}</source>
        <translation>Dialog dan konseling kinerja: {name}</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Print the record</source>
        <translation>&amp;Cetak catatan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
    <message>
        <source>Day held</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Follows up</source>
        <translation>Menindaklanjuti</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>Pejabat penilai</translation>
    </message>
    <message>
        <source>No poor predikat in {year}: no konseling kinerja is required.</source>
        <translation>Tidak ada predikat rendah pada {year}: konseling kinerja tidak diperlukan.</translation>
    </message>
    <message>
        <source>{what}: no konseling kinerja yet</source>
        <translation>{what}: belum ada konseling kinerja</translation>
    </message>
    <message>
        <source>{what}: konseling kinerja on {day}</source>
        <translation>{what}: konseling kinerja pada {day}</translation>
    </message>
    <message>
        <source>Follow-up of a poor predikat: {lines}</source>
        <translation>Tindak lanjut predikat rendah: {lines}</translation>
    </message>
    <message>
        <source>Only the employee&apos;s appraiser or HR records dialogues.</source>
        <translation>Hanya pejabat penilai pegawai ini atau bagian kepegawaian yang mencatat dialog.</translation>
    </message>
    <message>
        <source>Remove the record</source>
        <translation>Hapus catatan</translation>
    </message>
    <message>
        <source>Remove this record? Only for one entered by mistake.</source>
        <translation>Hapus catatan ini? Hanya untuk catatan yang salah dimasukkan.</translation>
    </message>
</context>
<context>
    <name>DialogueForm</name>
    <message>
        <source>New dialogue or counselling</source>
        <translation>Dialog atau konseling kinerja baru</translation>
    </message>
    <message>
        <source>Edit dialogue or counselling</source>
        <translation>Ubah dialog atau konseling kinerja</translation>
    </message>
    <message>
        <source>e.g. 10 April 2026</source>
        <translation>mis. 10 April 2026</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>Satu nama per baris</translation>
    </message>
    <message>
        <source>Add to the &amp;participants</source>
        <translation>Tambahkan ke &amp;peserta</translation>
    </message>
    <message>
        <source>optional, e.g. 10 May 2026</source>
        <translation>opsional, mis. 10 Mei 2026</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Day held:</source>
        <translation>&amp;Tanggal pelaksanaan:</translation>
    </message>
    <message>
        <source>&amp;Other participants:</source>
        <translation>Peserta &amp;lain:</translation>
    </message>
    <message>
        <source>From the &amp;register:</source>
        <translation>Dari &amp;daftar pegawai:</translation>
    </message>
    <message>
        <source>&amp;Topic discussed:</source>
        <translation>T&amp;opik yang dibahas:</translation>
    </message>
    <message>
        <source>What was &amp;agreed:</source>
        <translation>Hal yang dis&amp;epakati:</translation>
    </message>
    <message>
        <source>&amp;Follow-up date:</source>
        <translation>Tanggal tindak &amp;lanjut:</translation>
    </message>
    <message>
        <source>Follows up the &amp;evaluation:</source>
        <translation>Menindaklanjuti e&amp;valuasi:</translation>
    </message>
    <message>
        <source>Follows up the &amp;IDP:</source>
        <translation>Menindaklanjuti &amp;IDP:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked.</source>
        <translation>Tidak ada yang disimpan: perbaiki isian yang ditandai.</translation>
    </message>
</context>
<context>
    <name>DistributionDialog</name>
    <message>
        <source>Distribution of predikat: {period}</source>
        <translation>Distribusi predikat: {period}</translation>
    </message>
    <message>
        <source>&amp;Unit (with its sub-units):</source>
        <translation>&amp;Unit kerja (beserta sub-unitnya):</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(belum ditetapkan)</translation>
    </message>
    <message>
        <source>&amp;Organisation predikat:</source>
        <translation>Predikat &amp;organisasi:</translation>
    </message>
    <message>
        <source>Count rated drafts too</source>
        <translation>Hitung juga draf yang sudah dinilai</translation>
    </message>
    <message>
        <source>Blue: employees with this predikat. Orange line: the split the pattern suggests.</source>
        <translation>Biru: pegawai dengan predikat ini. Garis oranye: sebaran yang disarankan pola distribusi.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Set the organisation predikat to compare with its pattern.</source>
        <translation>Tetapkan predikat organisasi untuk membandingkan dengan pola distribusinya.</translation>
    </message>
    <message>
        <source>The distribution follows the pattern.</source>
        <translation>Distribusi sudah sesuai dengan pola.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {headcount} employees have a predikat.</source>
        <translation>
            <numerusform>%n dari {headcount} pegawai sudah memiliki predikat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted (exempt by kedudukan hukum): {names}</source>
        <translation>Tidak dihitung (dikecualikan karena kedudukan hukum): {names}</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Add employee</source>
        <translation>Tambah pegawai</translation>
    </message>
    <message>
        <source>Edit employee</source>
        <translation>Ubah data pegawai</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>18 digits, spaces allowed</source>
        <translation>18 digit, boleh dengan spasi</translation>
    </message>
    <message>
        <source>&amp;Employee type:</source>
        <translation>Jenis &amp;pegawai:</translation>
    </message>
    <message>
        <source>Place of &amp;birth:</source>
        <translation>&amp;Tempat lahir:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Su&amp;rel:</translation>
    </message>
    <message>
        <source>Position and superiors</source>
        <translation>Jabatan dan atasan</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>(pilih unit kerja)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>e.g. retired, moved, died</source>
        <translation>mis. pensiun, pindah, meninggal</translation>
    </message>
    <message>
        <source>NI&amp;P / NI PPPK:</source>
        <translation>&amp;NIP / NI PPPK:</translation>
    </message>
    <message>
        <source>32–36 characters as in SIASN (optional)</source>
        <translation>32–36 karakter seperti di SIASN (boleh kosong)</translation>
    </message>
    <message>
        <source>The PNS ID of the employee in SIASN, not the NIP</source>
        <translation>PNS ID pegawai di SIASN, bukan NIP</translation>
    </message>
    <message>
        <source>PNS &amp;ID (SIASN):</source>
        <translation>PNS ID (SIASN):</translation>
    </message>
    <message>
        <source>&amp;Title before name:</source>
        <translation>Gelar &amp;depan:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;ma:</translation>
    </message>
    <message>
        <source>Title a&amp;fter name:</source>
        <translation>Gelar &amp;belakang:</translation>
    </message>
    <message>
        <source>&amp;Grade (golongan):</source>
        <translation>&amp;Golongan:</translation>
    </message>
    <message>
        <source>e.g. 1 April 2024</source>
        <translation>misalnya 1 April 2024</translation>
    </message>
    <message>
        <source>Grade effective from:</source>
        <translation>TMT golongan:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Telep&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>Position type:</source>
        <translation>Jenis jabatan:</translation>
    </message>
    <message>
        <source>Functional level:</source>
        <translation>Jenjang (JF):</translation>
    </message>
    <message>
        <source>No echelon</source>
        <translation>Non Eselon</translation>
    </message>
    <message>
        <source>Eche&amp;lon:</source>
        <translation>Ese&amp;lon:</translation>
    </message>
    <message>
        <source>Position effective from:</source>
        <translation>TMT jabatan:</translation>
    </message>
    <message>
        <source>&amp;Direct superior:</source>
        <translation>&amp;Atasan langsung:</translation>
    </message>
    <message>
        <source>&amp;Appraiser (pejabat penilai):</source>
        <translation>Pejabat pen&amp;ilai kinerja:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Rantai atasan:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Reason inactive:</source>
        <translation>Alasan tidak aktif:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Post histor&amp;y…</source>
        <translation>Riwa&amp;yat jabatan…</translation>
    </message>
    <message>
        <source>The dated history of unit, position, grade and appraiser</source>
        <translation>Riwayat bertanggal unit kerja, jabatan, golongan, dan pejabat penilai</translation>
    </message>
    <message>
        <source>Con&amp;tracts (PPPK)…</source>
        <translation>Perjanjian &amp;kerja (PPPK)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message numerus="yes">
        <source>%n digits typed of 18.</source>
        <translation>
            <numerusform>%n dari 18 digit telah diketik.</numerusform>
        </translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>{kind}; born {birth}; {gender}</source>
        <translation>{kind}; lahir {birth}; {gender}</translation>
    </message>
    <message>
        <source>A PNS ID holds only letters, digits and &apos;-&apos;.</source>
        <translation>PNS ID hanya berisi huruf, angka dan &apos;-&apos;.</translation>
    </message>
    <message>
        <source>SIASN writes a PNS ID with 32 or 36 characters; this one has {count}: check it.</source>
        <translation>SIASN menulis PNS ID dengan 32 atau 36 karakter; yang ini {count}: periksa kembali.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <source>(no superior chosen)</source>
        <translation>(belum ada atasan yang dipilih)</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Tidak ada yang disimpan: perbaiki isian yang ditandai merah.</translation>
    </message>
    <message>
        <source>{text}

Reload the employee now? What you typed is replaced.</source>
        <translation>{text}

Muat ulang data pegawai sekarang? Yang Anda ketik akan diganti.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Sudah diubah orang lain</translation>
    </message>
    <message>
        <source>Reloaded: this is the employee as saved by {by}.</source>
        <translation>Dimuat ulang: inilah data pegawai seperti disimpan oleh {by}.</translation>
    </message>
</context>
<context>
    <name>EmployeeIo</name>
    <message>
        <source>Import employees</source>
        <translation>Impor pegawai</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Berkas ini tidak dapat diimpor</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, separated by semicolons (*.csv)</source>
        <translation>CSV, dipisahkan titik koma (*.csv)</translation>
    </message>
    <message>
        <source>Export employees</source>
        <translation>Ekspor pegawai</translation>
    </message>
    <message>
        <source>No employees are shown, so there is nothing to export.</source>
        <translation>Tidak ada pegawai yang ditampilkan, sehingga tidak ada yang dapat diekspor.</translation>
    </message>
    <message>
        <source>Exporting employees…</source>
        <translation>Mengekspor pegawai…</translation>
    </message>
    <message numerus="yes">
        <source>%n employees exported to {path}.</source>
        <translation>
            <numerusform>%n pegawai telah diekspor ke {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blank import template</source>
        <translation>Templat impor kosong</translation>
    </message>
    <message>
        <source>The template was saved to {path}. Fill in the sheet Pegawai and import the file; the sheet Petunjuk explains every column.</source>
        <translation>Templat telah disimpan di {path}. Isi lembar Pegawai, lalu impor berkas tersebut; lembar Petunjuk menjelaskan setiap kolom.</translation>
    </message>
</context>
<context>
    <name>EmployeePicker</name>
    <message>
        <source>Type a name or NIP to choose…</source>
        <translation>Ketik nama atau NIP untuk memilih…</translation>
    </message>
    <message>
        <source>Clear the choice</source>
        <translation>Hapus pilihan</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(tidak aktif)</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Position type</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Direct superior</source>
        <translation>Atasan langsung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Data yang kurang</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Data incomplete; missing: {fields}</source>
        <translation>Data belum lengkap; belum diisi: {fields}</translation>
    </message>
</context>
<context>
    <name>EmploymentStatus</name>
    <message>
        <source>{status} since {date}</source>
        <translation>{status} sejak {date}</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Exempt: {why}</source>
        <translation>Dikecualikan: {why}</translation>
    </message>
</context>
<context>
    <name>EmploymentStatusDialog</name>
    <message>
        <source>Employment status (kedudukan hukum) of {name}</source>
        <translation>Kedudukan hukum {name}</translation>
    </message>
    <message>
        <source>Where no status is recorded the employee is Aktif. A status marked as exempting leaves the employee out of the SKP and evaluation monitoring of the periods it covers for more than half of their days.</source>
        <translation>Tanpa kedudukan hukum yang tercatat, pegawai berstatus Aktif. Kedudukan hukum yang mengecualikan mengeluarkan pegawai dari monitoring SKP dan evaluasi pada periode yang lebih dari separuh harinya tercakup olehnya.</translation>
    </message>
    <message>
        <source>empty: until further notice</source>
        <translation>kosong: sampai ada ketentuan lain</translation>
    </message>
    <message>
        <source>e.g. 800.1.6.4/112/BKPSDM/2026</source>
        <translation>mis. 800.1.6.4/112/BKPSDM/2026</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Tanggal &amp;mulai:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Tanggal &amp;selesai:</translation>
    </message>
    <message>
        <source>&amp;Decree (nomor SK):</source>
        <translation>&amp;Nomor SK:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Kedudukan hukum:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>C&amp;atatan:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sim&amp;pan</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Kedudukan hukum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Dikecualikan</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>Dinilai</translation>
    </message>
    <message>
        <source>No status is recorded.</source>
        <translation>Belum ada kedudukan hukum yang tercatat.</translation>
    </message>
    <message>
        <source>Choose the status to remove in the list.</source>
        <translation>Pilih kedudukan hukum yang akan dihapus pada daftar.</translation>
    </message>
    <message>
        <source>Remove the status</source>
        <translation>Hapus kedudukan hukum</translation>
    </message>
    <message>
        <source>Remove this status? Only for one entered by mistake: to end it, give its last day.</source>
        <translation>Hapus kedudukan hukum ini? Hanya untuk yang salah dimasukkan: untuk mengakhirinya, isi tanggal selesainya.</translation>
    </message>
</context>
<context>
    <name>EndForm</name>
    <message>
        <source>End the Plt / Plh</source>
        <translation>Akhiri Plt / Plh</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Tanggal &amp;akhir:</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>A&amp;khiri</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>New entry: {day}</source>
        <translation>Kegiatan baru: {day}</translation>
    </message>
    <message>
        <source>Edit entry: {day}</source>
        <translation>Ubah kegiatan: {day}</translation>
    </message>
    <message>
        <source>e.g. 08.00</source>
        <translation>mis. 08.00</translation>
    </message>
    <message>
        <source>e.g. 09.30</source>
        <translation>mis. 09.30</translation>
    </message>
    <message>
        <source>(no action plan for this period yet)</source>
        <translation>(belum ada rencana aksi untuk periode ini)</translation>
    </message>
    <message>
        <source>optional, https://...</source>
        <translation>tidak wajib, https://...</translation>
    </message>
    <message>
        <source>only for a day outside the current period</source>
        <translation>hanya untuk hari di luar periode berjalan</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>Jam &amp;mulai:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Jam se&amp;lesai:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Kegiatan harian:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Action &amp;plan:</source>
        <translation>&amp;Rencana aksi:</translation>
    </message>
    <message>
        <source>Task &amp;given by:</source>
        <translation>&amp;Pemberi tugas:</translation>
    </message>
    <message>
        <source>Achie&amp;vement:</source>
        <translation>Reali&amp;sasi:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Sat&amp;uan:</translation>
    </message>
    <message>
        <source>Evi&amp;dence link (bukti dukung):</source>
        <translation>&amp;Bukti dukung (tautan):</translation>
    </message>
    <message>
        <source>Reason for a &amp;late entry:</source>
        <translation>&amp;Alasan terlambat mengisi:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Simpa&amp;n</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked.</source>
        <translation>Tidak ada yang disimpan: perbaiki isian yang ditandai.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Ketik bilangan bulat.</translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Indicator (IKI)</source>
        <translation>Indikator (IKI)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Hasil kerja</translation>
    </message>
    <message>
        <source>&amp;Work behaviour</source>
        <translation>&amp;Perilaku kerja</translation>
    </message>
    <message>
        <source>Attach evidence (bukti dukung)</source>
        <translation>Lampirkan bukti dukung</translation>
    </message>
    <message>
        <source>Self-assessment &amp;&amp; &amp;input</source>
        <translation>Penilaian mandiri &amp;&amp; &amp;masukan</translation>
    </message>
    <message>
        <source>Periods of the &amp;year</source>
        <translation>Periode dalam &amp;tahun</translation>
    </message>
    <message>
        <source>&amp;Objection</source>
        <translation>&amp;Keberatan</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Ri&amp;wayat</translation>
    </message>
    <message>
        <source>Rating &amp;hasil kerja:</source>
        <translation>Rating hasil &amp;kerja:</translation>
    </message>
    <message>
        <source>Rating &amp;perilaku kerja:</source>
        <translation>Rating pe&amp;rilaku kerja:</translation>
    </message>
    <message>
        <source>Predikat:</source>
        <translation>Predikat:</translation>
    </message>
    <message>
        <source>&amp;Notes / recommendation:</source>
        <translation>&amp;Catatan / rekomendasi:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>Tetapkan &amp;final</translation>
    </message>
    <message>
        <source>Re-&amp;open…</source>
        <translation>B&amp;uka kembali…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Lampirkan berkas…</translation>
    </message>
    <message>
        <source>Open fi&amp;le</source>
        <translation>B&amp;uka berkas</translation>
    </message>
    <message>
        <source>Evidence: a link or a note in the cell, or a file copied into the data folder.</source>
        <translation>Bukti dukung: tautan atau catatan di sel, atau berkas yang disalin ke folder data.</translation>
    </message>
    <message>
        <source>e.g. feedback on the expectation “{expectation}”</source>
        <translation>mis. umpan balik atas ekspektasi “{expectation}”</translation>
    </message>
    <message>
        <source>e.g. feedback based on evidence (umpan balik)</source>
        <translation>mis. umpan balik berdasarkan bukti</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>(belum dinilai)</translation>
    </message>
    <message>
        <source>Evaluation {period} {year}: {name}</source>
        <translation>Evaluasi {period} {year}: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — NIP {nip} — {position}, {unit}&lt;br&gt;Appraiser: {appraiser} — Period: {period} {year} — Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — NIP {nip} — {position}, {unit}&lt;br&gt;Pejabat penilai kinerja: {appraiser} — Periode: {period} {year} — Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(both ratings needed)</source>
        <translation>(kedua rating diperlukan)</translation>
    </message>
    <message>
        <source>Indicator {n}: {message}</source>
        <translation>Indikator {n}: {message}</translation>
    </message>
    <message>
        <source>{text}

Reload the evaluation now? What you typed is replaced.</source>
        <translation>{text}

Muat ulang evaluasi sekarang? Yang Anda ketik akan diganti.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Sudah diubah orang lain</translation>
    </message>
    <message>
        <source>Reloaded: this is the evaluation as saved by {by}.</source>
        <translation>Dimuat ulang: inilah evaluasi seperti disimpan oleh {by}.</translation>
    </message>
    <message>
        <source>Close the evaluation</source>
        <translation>Tutup evaluasi</translation>
    </message>
    <message>
        <source>What you typed could not be saved (the message says why). Close without saving it?</source>
        <translation>Yang Anda ketik tidak dapat disimpan (pesannya menyebutkan alasannya). Tutup tanpa menyimpannya?</translation>
    </message>
    <message>
        <source>Re-open the evaluation</source>
        <translation>Buka kembali evaluasi</translation>
    </message>
    <message>
        <source>The evidence file {name} is missing or was changed after it was attached; attach it again.</source>
        <translation>Berkas bukti {name} tidak ada atau berubah sejak dilampirkan; lampirkan kembali.</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Search name, NIP or unit</source>
        <translation>Cari nama, NIP, atau unit kerja</translation>
    </message>
    <message>
        <source>&amp;Evaluate…</source>
        <translation>&amp;Evaluasi…</translation>
    </message>
    <message>
        <source>Dialo&amp;gue…</source>
        <translation>Dialo&amp;g kinerja…</translation>
    </message>
    <message>
        <source>Dialogue and counselling records (dialog kinerja, konseling kinerja)</source>
        <translation>Catatan dialog kinerja dan konseling kinerja</translation>
    </message>
    <message>
        <source>&amp;Distribution…</source>
        <translation>&amp;Distribusi…</translation>
    </message>
    <message>
        <source>Pri&amp;nt</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>Evaluasi Kinerja Pegawai of the selected employee</source>
        <translation>Evaluasi Kinerja Pegawai untuk pegawai yang dipilih</translation>
    </message>
    <message>
        <source>Dokumen Evaluasi of the selected employee</source>
        <translation>Dokumen Evaluasi untuk pegawai yang dipilih</translation>
    </message>
    <message>
        <source>For a unit (batch)…</source>
        <translation>Untuk satu unit kerja (sekaligus)…</translation>
    </message>
    <message>
        <source>PPPK contract recommendations per unit (HR)…</source>
        <translation>Rekomendasi perjanjian kerja PPPK per unit kerja (kepegawaian)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;kspor</translation>
    </message>
    <message>
        <source>Monitoring list of the period (Excel)…</source>
        <translation>Daftar monitoring periode ini (Excel)…</translation>
    </message>
    <message>
        <source>Annual results for SIASN reconciliation (Excel)…</source>
        <translation>Hasil tahunan untuk rekonsiliasi SIASN (Excel)…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua pegawai</translation>
    </message>
    <message>
        <source>Late (past the deadline)</source>
        <translation>Terlambat (lewat batas pengisian)</translation>
    </message>
    <message>
        <source>Exempt (kedudukan hukum)</source>
        <translation>Dikecualikan (kedudukan hukum)</translation>
    </message>
    <message>
        <source>Archive {year} ({regime})</source>
        <translation>Arsip {year} ({regime})</translation>
    </message>
    <message>
        <source>{done} of {total} final · {late} late · {exempt} exempt</source>
        <translation>{done} dari {total} final · {late} terlambat · {exempt} dikecualikan</translation>
    </message>
    <message>
        <source>Late by unit:</source>
        <translation>Terlambat per unit kerja:</translation>
    </message>
    <message>
        <source>Nobody is late.</source>
        <translation>Tidak ada yang terlambat.</translation>
    </message>
    <message>
        <source>This employee has no evaluation for the period yet.</source>
        <translation>Pegawai ini belum mempunyai evaluasi untuk periode ini.</translation>
    </message>
    <message>
        <source>This employee has no approved SKP for the year: nothing to evaluate.</source>
        <translation>Pegawai ini belum mempunyai SKP yang disetujui untuk tahun ini: belum ada yang dapat dievaluasi.</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to {path}</source>
        <translation>
            <numerusform>%n baris diekspor ke {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the monitoring list</source>
        <translation>Ekspor daftar monitoring</translation>
    </message>
    <message>
        <source>Export for SIASN reconciliation</source>
        <translation>Ekspor untuk rekonsiliasi SIASN</translation>
    </message>
</context>
<context>
    <name>FilteredTable</name>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln baris</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Kinerja Luring</source>
        <translation>Selamat datang di Kinerja Luring</translation>
    </message>
    <message>
        <source>This database is new. Set up the office it belongs to and the administrator account. The administrator adds the accounts of HR staff, supervisors and viewers later (Settings &gt; Users).</source>
        <translation>Basis data ini masih baru. Tetapkan kantor pemilik basis data ini dan buat akun administrator. Akun staf kepegawaian, atasan, dan peninjau ditambahkan kemudian oleh administrator (Pengaturan &gt; Pengguna).</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>for example DINKES01</source>
        <translation>misalnya DINKES01</translation>
    </message>
    <message>
        <source>for example Dinas Kesehatan Kabupaten Sleman</source>
        <translation>misalnya Dinas Kesehatan Kabupaten Sleman</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>&amp;Kode kantor:</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nama kantor:</translation>
    </message>
    <message>
        <source>The code is written on every record and every package sent to the central office; it cannot be changed later.</source>
        <translation>Kode dicantumkan pada setiap data dan setiap paket yang dikirim ke kantor pusat; kode tidak dapat diubah di kemudian hari.</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Akun administrator</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>At least {n} characters with upper- and lower-case letters and digits.</source>
        <translation>Paling sedikit {n} karakter, memuat huruf besar, huruf kecil, dan angka.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: {title}</source>
        <translation>Riwayat: {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n perubahan</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Reason or text</source>
        <translation>Alasan atau isi</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Filter by office, file, user…</source>
        <translation>Saring menurut kantor, berkas, pengguna…</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>semua data</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>perubahan saja</translation>
    </message>
    <message>
        <source>seen again, nothing changed</source>
        <translation>diterima lagi, tidak ada yang berubah</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>Holidays and leave {year}</source>
        <translation>Hari libur dan cuti {year}</translation>
    </message>
    <message>
        <source>e.g. 25/12/{year}</source>
        <translation>mis. 25/12/{year}</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Leave of (empty: &amp;whole office):</source>
        <translation>Cuti pegawai (kosong: &amp;seluruh kantor):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Tam&amp;bah</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Leave of</source>
        <translation>Cuti pegawai</translation>
    </message>
</context>
<context>
    <name>HqKeyDialog</name>
    <message>
        <source>Central office key</source>
        <translation>Kunci kantor pusat</translation>
    </message>
    <message>
        <source>Packages are sealed for the central office&apos;s key, so only the central office can open them. Paste the key it gave you (it starts with age1), or read it from the key file the central office put on the stick.</source>
        <translation>Paket disegel dengan kunci kantor pusat, sehingga hanya kantor pusat yang dapat membukanya. Tempel kunci yang diberikan kantor pusat (diawali dengan age1), atau baca dari berkas kunci yang disimpan kantor pusat di flashdisk.</translation>
    </message>
    <message>
        <source>required: the central office shows it under its key; its key file holds it</source>
        <translation>wajib: kantor pusat menampilkannya di bawah kuncinya; berkas kuncinya juga memuatnya</translation>
    </message>
    <message>
        <source>Central office &amp;key:</source>
        <translation>&amp;Kunci kantor pusat:</translation>
    </message>
    <message>
        <source>Receipt signing key &amp;fingerprint:</source>
        <translation>Sidik &amp;jari kunci penanda tangan tanda terima:</translation>
    </message>
    <message>
        <source>&amp;Read from a file…</source>
        <translation>&amp;Baca dari berkas…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Central office key file</source>
        <translation>Berkas kunci kantor pusat</translation>
    </message>
    <message>
        <source>Key files (*.txt *.key);;All files (*)</source>
        <translation>Berkas kunci (*.txt *.key);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>IdpEditor</name>
    <message>
        <source>Attach the certificate</source>
        <translation>Lampirkan sertifikat</translation>
    </message>
    <message>
        <source>IDP required after a poor predikat: {found}.</source>
        <translation>IDP wajib disusun karena predikat di bawah Baik: {found}.</translation>
    </message>
    <message>
        <source>{n} poor predikat in a row.</source>
        <translation>{n} kali berturut-turut mendapat predikat di bawah Baik.</translation>
    </message>
    <message>
        <source>Suggested follow-up: {names}, given by the direct superior.</source>
        <translation>Tindak lanjut yang disarankan: {names}, oleh atasan langsung.</translation>
    </message>
    <message>
        <source>&amp;Gaps and goals</source>
        <translation>&amp;Kesenjangan dan tujuan</translation>
    </message>
    <message>
        <source>&amp;Planned activities</source>
        <translation>&amp;Rencana kegiatan</translation>
    </message>
    <message>
        <source>&amp;Realisation (JP)</source>
        <translation>Realisasi (&amp;JP)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ri&amp;wayat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Su&amp;bmit (the employee agrees)</source>
        <translation>&amp;Ajukan (pegawai setuju)</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>Se&amp;tujui</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Kem&amp;balikan…</translation>
    </message>
    <message>
        <source>Re-&amp;open…</source>
        <translation>B&amp;uka kembali…</translation>
    </message>
    <message>
        <source>Print IDP</source>
        <translation>Cetak IDP</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
    <message>
        <source>What the employee aims for this year (role, career, the SKP&apos;s targets).</source>
        <translation>Apa yang ingin dicapai pegawai tahun ini (peran, karier, target SKP).</translation>
    </message>
    <message>
        <source>De&amp;velopment goals:</source>
        <translation>Tujuan pen&amp;gembangan:</translation>
    </message>
    <message>
        <source>&amp;Notes of the superior:</source>
        <translation>&amp;Catatan atasan:</translation>
    </message>
    <message>
        <source>Competence type</source>
        <translation>Jenis kompetensi</translation>
    </message>
    <message>
        <source>Competence to develop</source>
        <translation>Kompetensi yang dikembangkan</translation>
    </message>
    <message>
        <source>Gap (kesenjangan)</source>
        <translation>Kesenjangan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Success indicator</source>
        <translation>Indikator keberhasilan</translation>
    </message>
    <message>
        <source>Proposed from</source>
        <translation>Diusulkan dari</translation>
    </message>
    <message>
        <source>&amp;Add gap</source>
        <translation>Ta&amp;mbah kesenjangan</translation>
    </message>
    <message>
        <source>Re&amp;move gap</source>
        <translation>&amp;Hapus kesenjangan</translation>
    </message>
    <message>
        <source>Pr&amp;opose from the evaluations</source>
        <translation>Usulkan dari e&amp;valuasi</translation>
    </message>
    <message>
        <source>Gaps come from results or BerAKHLAK values rated below expectation; edit them with the employee.</source>
        <translation>Kesenjangan diambil dari hasil kerja atau nilai BerAKHLAK yang dinilai di bawah ekspektasi; sesuaikan bersama pegawai.</translation>
    </message>
    <message>
        <source>For gap</source>
        <translation>Untuk kesenjangan</translation>
    </message>
    <message>
        <source>Kind (jenis diklat)</source>
        <translation>Jenis diklat</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add ac&amp;tivity</source>
        <translation>Tambah ke&amp;giatan</translation>
    </message>
    <message>
        <source>Remo&amp;ve activity</source>
        <translation>Hapus kegiata&amp;n</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>No. sertifikat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>In the IDP</source>
        <translation>Dalam IDP</translation>
    </message>
    <message>
        <source>Record co&amp;mpletion…</source>
        <translation>&amp;Catat penyelesaian…</translation>
    </message>
    <message>
        <source>Record an activity o&amp;utside the IDP…</source>
        <translation>Catat kegiatan di &amp;luar IDP…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel activity</source>
        <translation>Batalkan ke&amp;giatan</translation>
    </message>
    <message>
        <source>Set back to p&amp;lanned</source>
        <translation>Kembalikan ke status &amp;direncanakan</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation>&amp;Hapus catatan</translation>
    </message>
    <message>
        <source>Attach certi&amp;ficate…</source>
        <translation>Lampirkan serti&amp;fikat…</translation>
    </message>
    <message>
        <source>Open certificat&amp;e</source>
        <translation>Buka s&amp;ertifikat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>IDP {year}: {name}</source>
        <translation>IDP {year}: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — NIP {nip} — {position}, {unit}&lt;br&gt;Direct superior: {supervisor} — Appraiser: {appraiser} — Year {year} — Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — NIP {nip} — {position}, {unit}&lt;br&gt;Atasan langsung: {supervisor} — Pejabat penilai kinerja: {appraiser} — Tahun {year} — Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Draft: complete it with the employee, then submit.</source>
        <translation>Draf: lengkapi bersama pegawai, lalu ajukan.</translation>
    </message>
    <message>
        <source>Returned: {reason}</source>
        <translation>Dikembalikan: {reason}</translation>
    </message>
    <message>
        <source>Submitted: waiting for the appraiser&apos;s agreement.</source>
        <translation>Diajukan: menunggu persetujuan pejabat penilai kinerja.</translation>
    </message>
    <message>
        <source>Agreed on {date}: locked; record what was done.</source>
        <translation>Disetujui pada {date}: terkunci; catat kegiatan yang telah dilaksanakan.</translation>
    </message>
    <message>
        <source>{done} of {minimum} JP</source>
        <translation>{done} dari {minimum} JP</translation>
    </message>
    <message>
        <source>{what} none yet</source>
        <translation>{what} belum</translation>
    </message>
    <message>
        <source>{what} on {day}</source>
        <translation>{what} pada {day}</translation>
    </message>
    <message>
        <source>Konseling kinerja: {lines}</source>
        <translation>Konseling kinerja: {lines}</translation>
    </message>
    <message>
        <source>Dialo&amp;gue and counselling…</source>
        <translation>Dialo&amp;g dan konseling kinerja…</translation>
    </message>
    <message>
        <source>JP {year}: {done} done, {planned} planned in the IDP.</source>
        <translation>JP {year}: {done} terealisasi, {planned} direncanakan dalam IDP.</translation>
    </message>
    <message>
        <source>The minimum of {minimum} JP is met.</source>
        <translation>Batas minimal {minimum} JP sudah terpenuhi.</translation>
    </message>
    <message>
        <source>{missing} JP still missing.</source>
        <translation>Masih kurang {missing} JP.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no (recorded)</source>
        <translation>tidak (dicatat di luar IDP)</translation>
    </message>
    <message>
        <source>(the whole plan)</source>
        <translation>(seluruh rencana)</translation>
    </message>
    <message>
        <source>Planned: {jp} JP, {cost}</source>
        <translation>Rencana: {jp} JP, {cost}</translation>
    </message>
    <message>
        <source>The evaluations show no gap that the IDP does not hold already.</source>
        <translation>Evaluasi tidak menunjukkan kesenjangan yang belum tercantum dalam IDP.</translation>
    </message>
    <message>
        <source>Activity {n}: {message}</source>
        <translation>Kegiatan {n}: {message}</translation>
    </message>
    <message>
        <source>What was stored differs from what is shown; close and reopen the IDP.</source>
        <translation>Yang tersimpan berbeda dengan yang ditampilkan; tutup lalu buka kembali IDP.</translation>
    </message>
    <message>
        <source>Close the IDP</source>
        <translation>Tutup IDP</translation>
    </message>
    <message>
        <source>This IDP can no longer be changed, so your last changes cannot be saved. Close it anyway?</source>
        <translation>IDP ini tidak dapat diubah lagi, sehingga perubahan terakhir Anda tidak dapat disimpan. Tetap tutup?</translation>
    </message>
    <message>
        <source>Return the IDP</source>
        <translation>Kembalikan IDP</translation>
    </message>
    <message>
        <source>Re-open the IDP</source>
        <translation>Buka kembali IDP</translation>
    </message>
    <message>
        <source>Record completion: {title}</source>
        <translation>Catat penyelesaian: {title}</translation>
    </message>
    <message>
        <source>Record an activity outside the IDP</source>
        <translation>Catat kegiatan di luar IDP</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Hapus catatan</translation>
    </message>
    <message>
        <source>Delete &apos;{title}&apos; from the employee&apos;s record?</source>
        <translation>Hapus &apos;{title}&apos; dari catatan pegawai?</translation>
    </message>
    <message>
        <source>The certificate file {name} is missing or was changed after it was attached; attach it again.</source>
        <translation>Berkas sertifikat {name} tidak ada atau berubah sejak dilampirkan; lampirkan kembali.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import employees: {name}</source>
        <translation>Impor pegawai: {name}</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next: preview &gt;</source>
        <translation>&amp;Lanjut: pratinjau &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Step 1 of 2: which column goes into which field</source>
        <translation>Langkah 1 dari 2: kolom mana masuk ke isian mana</translation>
    </message>
    <message>
        <source>Step 2 of 2: what the import will do</source>
        <translation>Langkah 2 dari 2: apa yang akan dilakukan impor</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n rows</source>
        <translation>
            <numerusform>&amp;Impor %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <source>Row {row} is empty: choose the row that holds the column names.</source>
        <translation>Baris {row} kosong: pilih baris yang berisi judul kolom.</translation>
    </message>
    <message>
        <source>Checking the rows of {name}…</source>
        <translation>Memeriksa baris-baris {name}…</translation>
    </message>
    <message>
        <source>Importing employees…</source>
        <translation>Mengimpor pegawai…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Impor dibatalkan</translation>
    </message>
    <message>
        <source>Nothing was imported or changed.</source>
        <translation>Tidak ada yang diimpor atau diubah.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <source>Nothing was imported or changed.

{reason}</source>
        <translation>Tidak ada yang diimpor atau diubah.

{reason}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {unchanged} unchanged; not imported: {refused} refused, {skipped} skipped.</source>
        <translation>{created} baru, {updated} diperbarui, {unchanged} tidak berubah; tidak diimpor: {refused} ditolak, {skipped} dilewati.</translation>
    </message>
    <message numerus="yes">
        <source>%n units created.</source>
        <translation>
            <numerusform>%n unit kerja dibuat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employees have incomplete data: see the filter “Incomplete data” in the register.</source>
        <translation>
            <numerusform>%n pegawai datanya belum lengkap: lihat saringan “Data belum lengkap” di daftar pegawai.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>&amp;Packages</source>
        <translation>&amp;Paket</translation>
    </message>
    <message>
        <source>Hist&amp;ory</source>
        <translation>Ri&amp;wayat</translation>
    </message>
    <message>
        <source>Office s&amp;tatus</source>
        <translation>Stat&amp;us kantor</translation>
    </message>
    <message>
        <source>&amp;Quarantine</source>
        <translation>Ka&amp;rantina</translation>
    </message>
    <message>
        <source>&amp;Merge queue</source>
        <translation>Antrean pe&amp;nggabungan</translation>
    </message>
    <message>
        <source>SIASN &amp;upload</source>
        <translation>Unggahan &amp;SIASN</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Quarantine (%n)</source>
        <translation>
            <numerusform>Ka&amp;rantina (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Merge queue (%n)</source>
        <translation>
            <numerusform>Antrean pe&amp;nggabungan (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncompleteGuard</name>
    <message>
        <source>&amp;Open employee data…</source>
        <translation>&amp;Buka data pegawai…</translation>
    </message>
    <message>
        <source>Continue &amp;anyway</source>
        <translation>&amp;Tetap lanjutkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The employee&apos;s data is not complete</source>
        <translation>Data pegawai belum lengkap</translation>
    </message>
    <message>
        <source>The data of {name} is not complete. Fill in first: {fields}.

An SKP shows them in its header and needs the appraiser (pejabat penilai) to approve it. Continue only when they are known to be absent (the head of the office is appraised from outside the register).</source>
        <translation>Data {name} belum lengkap. Isi dulu: {fields}.

SKP menampilkannya di kepala formulir dan memerlukan pejabat penilai untuk menyetujuinya. Lanjutkan hanya bila memang tidak ada (kepala kantor dinilai oleh pejabat di luar daftar pegawai ini).</translation>
    </message>
    <message>
        <source>The data of {name} is not complete. Fill in first: {fields}.

The printed form shows them in its header and signature block; they stay empty when you continue.</source>
        <translation>Data {name} belum lengkap. Isi dulu: {fields}.

Formulir cetak menampilkannya di kepala formulir dan blok tanda tangan; bila dilanjutkan, bagian itu tetap kosong.</translation>
    </message>
</context>
<context>
    <name>InputPage</name>
    <message>
        <source>Self-assessment by the employee (optional)</source>
        <translation>Penilaian mandiri oleh pegawai (opsional)</translation>
    </message>
    <message>
        <source>What the employee achieved, the obstacles met and the support needed.</source>
        <translation>Capaian pegawai, kendala yang dihadapi, dan dukungan yang dibutuhkan.</translation>
    </message>
    <message>
        <source>Save self-&amp;assessment</source>
        <translation>Simpan penilaian &amp;mandiri</translation>
    </message>
    <message>
        <source>Input from peers and subordinates (notes for the penilai)</source>
        <translation>Masukan dari rekan kerja dan bawahan (catatan untuk pejabat penilai)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>e.g. the colleague&apos;s name</source>
        <translation>mis. nama rekan kerja</translation>
    </message>
    <message>
        <source>e.g. what they said about the work and behaviour</source>
        <translation>mis. yang disampaikan tentang hasil dan perilaku kerja</translation>
    </message>
    <message>
        <source>&amp;Add input</source>
        <translation>&amp;Tambah masukan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>The employee has not written a self-assessment.</source>
        <translation>Pegawai belum menulis penilaian mandiri.</translation>
    </message>
</context>
<context>
    <name>LegacyAppraisalDialog</name>
    <message>
        <source>Kegiatan tugas jabatan</source>
        <translation>Kegiatan tugas jabatan</translation>
    </message>
    <message>
        <source>AK</source>
        <translation>AK</translation>
    </message>
    <message>
        <source>Kuantitas
target</source>
        <translation>Kuantitas
target</translation>
    </message>
    <message>
        <source>Kuantitas
realisasi</source>
        <translation>Kuantitas
realisasi</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Kualitas
target</source>
        <translation>Kualitas
target</translation>
    </message>
    <message>
        <source>Kualitas
realisasi</source>
        <translation>Kualitas
realisasi</translation>
    </message>
    <message>
        <source>Waktu target
(months)</source>
        <translation>Waktu target
(bulan)</translation>
    </message>
    <message>
        <source>Waktu realisasi
(months)</source>
        <translation>Waktu realisasi
(bulan)</translation>
    </message>
    <message>
        <source>Biaya
target</source>
        <translation>Biaya
target</translation>
    </message>
    <message>
        <source>Biaya
realisasi</source>
        <translation>Biaya
realisasi</translation>
    </message>
    <message>
        <source>Nilai
capaian</source>
        <translation>Nilai
capaian</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>&amp;Tambah kegiatan</translation>
    </message>
    <message>
        <source>&amp;Remove activity</source>
        <translation>&amp;Hapus kegiatan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>Tetapkan &amp;final</translation>
    </message>
    <message>
        <source>Re-&amp;open…</source>
        <translation>B&amp;uka kembali…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Perilaku kerja (0–100)</source>
        <translation>Perilaku kerja (0–100)</translation>
    </message>
    <message>
        <source>Orientasi pe&amp;layanan:</source>
        <translation>Orientasi pe&amp;layanan:</translation>
    </message>
    <message>
        <source>Inte&amp;gritas:</source>
        <translation>Inte&amp;gritas:</translation>
    </message>
    <message>
        <source>Ko&amp;mitmen:</source>
        <translation>Ko&amp;mitmen:</translation>
    </message>
    <message>
        <source>&amp;Disiplin:</source>
        <translation>&amp;Disiplin:</translation>
    </message>
    <message>
        <source>Ker&amp;ja sama:</source>
        <translation>Ker&amp;ja sama:</translation>
    </message>
    <message>
        <source>Kep&amp;emimpinan:</source>
        <translation>Kep&amp;emimpinan:</translation>
    </message>
    <message>
        <source>Jabatan s&amp;truktural (kepemimpinan is scored)</source>
        <translation>Jabatan s&amp;truktural (kepemimpinan dinilai)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>Additional points</source>
        <translation>Nilai tambahan</translation>
    </message>
    <message>
        <source>PP 30/2019 marks</source>
        <translation>Tanda PP 30/2019</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Useful to the unit</source>
        <translation>Bermanfaat bagi unit kerja</translation>
    </message>
    <message>
        <source>Useful to the organisation</source>
        <translation>Bermanfaat bagi organisasi</translation>
    </message>
    <message>
        <source>Useful to the state</source>
        <translation>Bermanfaat bagi negara</translation>
    </message>
    <message>
        <source>&amp;Peers or subordinates assessed behaviour (60/40)</source>
        <translation>Perilaku dinilai juga oleh &amp;rekan kerja atau bawahan (60/40)</translation>
    </message>
    <message>
        <source>&amp;Innovation useful to the organisation or state</source>
        <translation>&amp;Inovasi yang bermanfaat bagi organisasi atau negara</translation>
    </message>
    <message>
        <source>T&amp;ugas tambahan (number):</source>
        <translation>T&amp;ugas tambahan (jumlah):</translation>
    </message>
    <message>
        <source>&amp;Kreativitas:</source>
        <translation>&amp;Kreativitas:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Scores (computed when saved)</source>
        <translation>Nilai (dihitung saat disimpan)</translation>
    </message>
    <message>
        <source>Nilai SKP:</source>
        <translation>Nilai SKP:</translation>
    </message>
    <message>
        <source>Nilai perilaku kerja:</source>
        <translation>Nilai perilaku kerja:</translation>
    </message>
    <message>
        <source>Nilai prestasi kerja (60/40):</source>
        <translation>Nilai prestasi kerja (60/40):</translation>
    </message>
    <message>
        <source>Sebutan:</source>
        <translation>Sebutan:</translation>
    </message>
    <message>
        <source>Nilai kinerja:</source>
        <translation>Nilai kinerja:</translation>
    </message>
    <message>
        <source>Predikat:</source>
        <translation>Predikat:</translation>
    </message>
    <message>
        <source>Angka kredit:</source>
        <translation>Angka kredit:</translation>
    </message>
    <message>
        <source>Archive appraisal {year} ({regime}): {name}</source>
        <translation>Penilaian arsip {year} ({regime}): {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — NIP {nip} — {position}, {unit}&lt;br&gt;Appraiser: {appraiser} — Year: {year} ({regime}) — Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — NIP {nip} — {position}, {unit}&lt;br&gt;Pejabat penilai: {appraiser} — Tahun: {year} ({regime}) — Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(belum lengkap)</translation>
    </message>
    <message>
        <source>Kegiatan {row}, {column}: {message}</source>
        <translation>Kegiatan {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>Close the archive appraisal</source>
        <translation>Tutup penilaian arsip</translation>
    </message>
    <message>
        <source>The changes are not saved: {message}

Close and let them go?</source>
        <translation>Perubahan belum tersimpan: {message}

Tutup dan biarkan perubahan itu hilang?</translation>
    </message>
    <message>
        <source>Re-open the archive appraisal</source>
        <translation>Buka kembali penilaian arsip</translation>
    </message>
</context>
<context>
    <name>LegacyListModel</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Sebutan / predikat</source>
        <translation>Sebutan / predikat</translation>
    </message>
</context>
<context>
    <name>LegacyListWidget</name>
    <message>
        <source>Search name, NIP or unit</source>
        <translation>Cari nama, NIP, atau unit kerja</translation>
    </message>
    <message>
        <source>&amp;Appraise…</source>
        <translation>&amp;Nilai…</translation>
    </message>
    <message>
        <source>{done} of {total} final</source>
        <translation>{done} dari {total} sudah final</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <source>Appraised by an official outside the office</source>
        <translation>Dinilai oleh pejabat di luar instansi</translation>
    </message>
    <message>
        <source>The employee&apos;s appraiser (pejabat penilai) in the register is cleared: an employee is appraised by an employee of the office or by an official outside it, never both. Approved SKPs keep the appraiser they were approved with.</source>
        <translation>Pejabat penilai pegawai di register dikosongkan: seorang pegawai dinilai oleh pegawai instansi ini atau oleh pejabat di luar instansi, tidak keduanya. SKP yang sudah disetujui tetap memuat pejabat penilai saat disetujui.</translation>
    </message>
    <message>
        <source>(none: back to the register&apos;s pejabat penilai)</source>
        <translation>(tidak ada: kembali ke pejabat penilai di register)</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>&amp;Pegawai:</translation>
    </message>
    <message>
        <source>&amp;Appraiser (pejabat penilai):</source>
        <translation>Pejabat pe&amp;nilai:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Choose the employee.</source>
        <translation>Pilih pegawainya.</translation>
    </message>
</context>
<context>
    <name>LogSumsDialog</name>
    <message>
        <source>Daily lo&amp;g…</source>
        <translation>Progres &amp;harian…</translation>
    </message>
    <message>
        <source>The daily log&apos;s sum beside each achievement</source>
        <translation>Jumlah progres harian di samping setiap realisasi</translation>
    </message>
    <message>
        <source>Achievement from the daily log</source>
        <translation>Realisasi dari progres harian</translation>
    </message>
    <message>
        <source>The entries behind the chosen line:</source>
        <translation>Kegiatan yang membentuk baris terpilih:</translation>
    </message>
    <message>
        <source>&amp;Other achievement:</source>
        <translation>Realisasi &amp;lain:</translation>
    </message>
    <message>
        <source>&amp;Why it differs:</source>
        <translation>&amp;Alasan berbeda:</translation>
    </message>
    <message>
        <source>&amp;Accept the log&apos;s sum</source>
        <translation>&amp;Terima jumlah progres harian</translation>
    </message>
    <message>
        <source>&amp;Keep the other achievement</source>
        <translation>&amp;Pakai realisasi lain</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>Indicator (IKI)</source>
        <translation>Indikator (IKI)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Sum of the daily log</source>
        <translation>Jumlah progres harian</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>overridden: {reason}</source>
        <translation>diganti: {reason}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>The evaluation is not open to you for changes.</source>
        <translation>Evaluasi ini tidak terbuka untuk Anda ubah.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed in: {user} · {role}</source>
        <translation>Masuk sebagai: {user} · {role}</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>My results</source>
        <translation>Hasil saya</translation>
    </message>
    <message>
        <source>Performance Targets (SKP)</source>
        <translation>Sasaran Kinerja (SKP)</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Pengembangan</translation>
    </message>
    <message>
        <source>Daily Log</source>
        <translation>Progres Harian</translation>
    </message>
    <message>
        <source>{app} — Central office</source>
        <translation>{app} — Kantor pusat</translation>
    </message>
    <message>
        <source>Sho&amp;w office:</source>
        <translation>Kantor &amp;yang ditampilkan:</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Semua kantor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Buka basis data…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Basis data ba&amp;ru…</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver…</source>
        <translation>Sambungkan ke &amp;server…</translation>
    </message>
    <message>
        <source>&amp;Back up to a folder…</source>
        <translation>&amp;Cadangkan ke folder…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Ubah kata sandi…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Keluar &amp;akun</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Peng&amp;aturan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Office identity…</source>
        <translation>&amp;Identitas kantor…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>P&amp;referensi…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Pengguna…</translation>
    </message>
    <message>
        <source>S&amp;taff accounts…</source>
        <translation>Akun pe&amp;gawai…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Jejak audit…</translation>
    </message>
    <message>
        <source>Check a &amp;verification code…</source>
        <translation>Periksa &amp;kode verifikasi…</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About Kinerja Luring</source>
        <translation>&amp;Tentang Kinerja Luring</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Sinkr&amp;onisasi</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>&amp;Impor paket…</translation>
    </message>
    <message>
        <source>&amp;Sync with the central office…</source>
        <translation>&amp;Sinkronisasi dengan kantor pusat…</translation>
    </message>
    <message>
        <source>&amp;Export to stick…</source>
        <translation>&amp;Ekspor ke flashdisk…</translation>
    </message>
    <message>
        <source>Import &amp;receipt…</source>
        <translation>Impor tanda te&amp;rima…</translation>
    </message>
    <message>
        <source>Central office &amp;key…</source>
        <translation>&amp;Kunci kantor pusat…</translation>
    </message>
    <message>
        <source>Qt {qt} (PySide6 {pyside}), Python {python}
Data folder: {folder}</source>
        <translation>Qt {qt} (PySide6 {pyside}), Python {python}
Folder data: {folder}</translation>
    </message>
    <message>
        <source>About Kinerja Luring</source>
        <translation>Tentang Kinerja Luring</translation>
    </message>
    <message>
        <source>Kinerja Luring {version}

Offline performance management for civil servants (PermenPANRB 6/2022): targets, evaluation, development and sealed packages for the central office.</source>
        <translation>Kinerja Luring {version}

Manajemen kinerja pegawai ASN secara luring (PermenPANRB 6/2022): sasaran kinerja, evaluasi, pengembangan, dan paket tersegel untuk kantor pusat.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Contoh isi</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Masuk ke</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Dikenali dari</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>nama yang sama</translation>
    </message>
    <message>
        <source>known other name</source>
        <translation>nama lain yang dikenal</translation>
    </message>
    <message>
        <source>remembered from an earlier file</source>
        <translation>diingat dari berkas sebelumnya</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>dipilih oleh Anda</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>tidak dikenali</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>(no header, column {number})</source>
        <translation>(tanpa judul, kolom {number})</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check which column of the file goes into which field. Change a field with the list in its row (F2 or a click), or choose Ignore to leave the column out.</source>
        <translation>Periksa kolom mana dari berkas masuk ke isian mana. Ubah isian dengan daftar pada barisnya (F2 atau klik), atau pilih Abaikan agar kolom itu tidak dibaca.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Header in row:</source>
        <translation>Judul kolom di &amp;baris:</translation>
    </message>
    <message>
        <source>(two rows: {first} and {second})</source>
        <translation>(dua baris: {first} dan {second})</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Field for the column {header}</source>
        <translation>Isian untuk kolom {header}</translation>
    </message>
    <message>
        <source>{header} → {field}</source>
        <translation>{header} → {field}</translation>
    </message>
    <message>
        <source>Read ({count}): {columns}.</source>
        <translation>Dibaca ({count}): {columns}.</translation>
    </message>
    <message>
        <source>No column of the file is read yet.</source>
        <translation>Belum ada kolom berkas yang dibaca.</translation>
    </message>
    <message>
        <source>Not read ({count}): {columns}.</source>
        <translation>Tidak dibaca ({count}): {columns}.</translation>
    </message>
    <message>
        <source>Every column is read.</source>
        <translation>Semua kolom dibaca.</translation>
    </message>
    <message>
        <source>{field} is chosen for {count} columns ({columns}): choose Ignore or another field for all but one.</source>
        <translation>{field} dipilih untuk {count} kolom ({columns}): pilih Abaikan atau isian lain untuk semua kecuali satu.</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}. Without them no row can be imported.</source>
        <translation>Pilih kolom untuk: {fields}. Tanpa itu tidak ada baris yang dapat diimpor.</translation>
    </message>
    <message>
        <source>Not in the file: {fields}. The employees are imported as incomplete; fill these in later in the register.</source>
        <translation>Tidak ada di berkas: {fields}. Pegawai diimpor dengan data belum lengkap; lengkapi nanti di daftar pegawai.</translation>
    </message>
</context>
<context>
    <name>MergePage</name>
    <message>
        <source>The same NIP came from two offices (for example after a transfer). Both records stay; find out which office holds the employee now and write down what was decided.</source>
        <translation>NIP yang sama dikirim oleh dua kantor (misalnya setelah mutasi). Kedua data tetap disimpan; pastikan kantor mana yang sekarang menaungi pegawai tersebut, lalu catat keputusannya.</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Office 1</source>
        <translation>Kantor 1</translation>
    </message>
    <message>
        <source>Name in office 1</source>
        <translation>Nama di kantor 1</translation>
    </message>
    <message>
        <source>Unit in office 1</source>
        <translation>Unit kerja di kantor 1</translation>
    </message>
    <message>
        <source>Office 2</source>
        <translation>Kantor 2</translation>
    </message>
    <message>
        <source>Name in office 2</source>
        <translation>Nama di kantor 2</translation>
    </message>
    <message>
        <source>Unit in office 2</source>
        <translation>Unit kerja di kantor 2</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Ditemukan</translation>
    </message>
    <message>
        <source>Filter by NIP, office or name…</source>
        <translation>Saring menurut NIP, kantor, atau nama…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>Sel&amp;esaikan…</translation>
    </message>
    <message>
        <source>Select a NIP in the list first.</source>
        <translation>Pilih dulu sebuah NIP di daftar.</translation>
    </message>
    <message>
        <source>Resolve NIP {nip}</source>
        <translation>Selesaikan NIP {nip}</translation>
    </message>
    <message>
        <source>{first} ({first_office}) and {second} ({second_office}).
What was decided? For example: moved to {second_office} on 1 October.</source>
        <translation>{first} ({first_office}) dan {second} ({second_office}).
Apa keputusannya? Misalnya: pindah ke {second_office} pada 1 Oktober.</translation>
    </message>
</context>
<context>
    <name>MonitoringModel</name>
    <message>
        <source>{advice} (provisional)</source>
        <translation>{advice} (sementara)</translation>
    </message>
    <message>
        <source>Contract ends {day}. {advice}</source>
        <translation>Perjanjian kerja berakhir {day}. {advice}</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>Pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>PPPK contract</source>
        <translation>Perjanjian kerja PPPK</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Exempt (kedudukan hukum)</source>
        <translation>Dikecualikan (kedudukan hukum)</translation>
    </message>
</context>
<context>
    <name>MyResultsTab</name>
    <message>
        <source>I have &amp;read it</source>
        <translation>Saya telah &amp;membaca</translation>
    </message>
    <message>
        <source>You have no evaluation yet.</source>
        <translation>Anda belum memiliki evaluasi.</translation>
    </message>
    <message>
        <source>&amp;Objection (keberatan) and its reasons:</source>
        <translation>&amp;Keberatan beserta alasannya:</translation>
    </message>
    <message>
        <source>&amp;My self-assessment (penilaian mandiri):</source>
        <translation>&amp;Penilaian mandiri saya:</translation>
    </message>
    <message>
        <source>&amp;Save the self-assessment</source>
        <translation>&amp;Simpan penilaian mandiri</translation>
    </message>
    <message>
        <source>&amp;File the objection</source>
        <translation>&amp;Ajukan keberatan</translation>
    </message>
    <message>
        <source>The self-assessment is written while the evaluation is a draft.</source>
        <translation>Penilaian mandiri ditulis selama evaluasi masih draf.</translation>
    </message>
    <message>
        <source>An objection (keberatan) is filed within 14 days of the final result, once.</source>
        <translation>Keberatan diajukan paling lambat 14 hari setelah hasil ditetapkan final, satu kali.</translation>
    </message>
    <message>
        <source>Choose an evaluation.</source>
        <translation>Pilih sebuah evaluasi.</translation>
    </message>
    <message>
        <source>You acknowledged it on {when}.</source>
        <translation>Anda telah menyatakan membacanya pada {when}.</translation>
    </message>
    <message>
        <source>Only a final evaluation can be acknowledged.</source>
        <translation>Hanya evaluasi yang sudah final yang dapat dinyatakan telah dibaca.</translation>
    </message>
    <message>
        <source>Appraiser (pejabat penilai): {name}</source>
        <translation>Pejabat penilai kinerja: {name}</translation>
    </message>
    <message>
        <source>Made final by {who} on {when}</source>
        <translation>Ditetapkan final oleh {who} pada {when}</translation>
    </message>
    <message>
        <source>Not final yet: the appraiser may still change it.</source>
        <translation>Belum final: pejabat penilai masih dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Predikat: {p}</source>
        <translation>Predikat: {p}</translation>
    </message>
    <message>
        <source>Work results (hasil kerja)</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>achieved (realisasi)</source>
        <translation>realisasi</translation>
    </message>
    <message>
        <source>Input from peers and others</source>
        <translation>Masukan dari rekan kerja dan pihak lain</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>seorang rekan</translation>
    </message>
    <message>
        <source>An objection (keberatan) can be filed until {day}.</source>
        <translation>Keberatan dapat diajukan sampai {day}.</translation>
    </message>
    <message>
        <source>Your self-assessment was saved; the appraiser reads it.</source>
        <translation>Penilaian mandiri Anda telah disimpan; pejabat penilai akan membacanya.</translation>
    </message>
    <message>
        <source>Your objection was filed; the appraiser explains it next.</source>
        <translation>Keberatan Anda telah diajukan; selanjutnya pejabat penilai memberikan penjelasan.</translation>
    </message>
    <message>
        <source>(no feedback)</source>
        <translation>(belum ada umpan balik)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Work behaviour (perilaku kerja)</source>
        <translation>Perilaku kerja</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Read on {when}</source>
        <translation>Telah dibaca pada {when}</translation>
    </message>
    <message>
        <source>Recorded: read on {when}.</source>
        <translation>Tercatat: telah dibaca pada {when}.</translation>
    </message>
</context>
<context>
    <name>ObjectionPage</name>
    <message>
        <source>File the &amp;objection</source>
        <translation>Ajukan &amp;keberatan</translation>
    </message>
    <message>
        <source>1. Objection of the employee:</source>
        <translation>1. Keberatan pegawai:</translation>
    </message>
    <message>
        <source>Send the e&amp;xplanation</source>
        <translation>Kirim &amp;penjelasan</translation>
    </message>
    <message>
        <source>2. Explanation of the appraiser:</source>
        <translation>2. Penjelasan pejabat penilai:</translation>
    </message>
    <message>
        <source>3. Decision of the appraiser&apos;s superior:</source>
        <translation>3. Keputusan atasan pejabat penilai:</translation>
    </message>
    <message>
        <source>Work results:</source>
        <translation>Hasil kerja:</translation>
    </message>
    <message>
        <source>Behaviour:</source>
        <translation>Perilaku:</translation>
    </message>
    <message>
        <source>&amp;Decide (final)</source>
        <translation>P&amp;utuskan (final)</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(tetap)</translation>
    </message>
    <message>
        <source>The objection was decided on {date}; the decision is final.</source>
        <translation>Keberatan telah diputuskan pada {date}; keputusan ini final.</translation>
    </message>
    <message>
        <source>An objection is possible once the evaluation is final.</source>
        <translation>Keberatan dapat diajukan setelah evaluasi final.</translation>
    </message>
    <message>
        <source>Objection filed on {date}.</source>
        <translation>Keberatan diajukan pada {date}.</translation>
    </message>
    <message>
        <source>The employee may object until {date}.</source>
        <translation>Pegawai dapat mengajukan keberatan sampai {date}.</translation>
    </message>
    <message>
        <source>The {days} days for an objection ended on {date}.</source>
        <translation>Batas {days} hari untuk keberatan berakhir pada {date}.</translation>
    </message>
    <message>
        <source>Decide the objection</source>
        <translation>Putuskan keberatan</translation>
    </message>
    <message>
        <source>The decision is final and cannot be changed. Record it?</source>
        <translation>Keputusan ini final dan tidak dapat diubah. Simpan keputusan?</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Office identity</source>
        <translation>Identitas kantor</translation>
    </message>
    <message>
        <source>Set the code and name of this office. The code is written on every record and every package sent to the central office; it cannot be changed later.</source>
        <translation>Tetapkan kode dan nama kantor ini. Kode dicantumkan pada setiap data dan setiap paket yang dikirim ke kantor pusat; kode tidak dapat diubah di kemudian hari.</translation>
    </message>
    <message>
        <source>This database belongs to the office below. Only the name can be changed.</source>
        <translation>Basis data ini milik kantor di bawah ini. Hanya nama kantor yang dapat diubah.</translation>
    </message>
    <message>
        <source>for example DINKES01</source>
        <translation>misalnya DINKES01</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>&amp;Kode kantor:</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nama kantor:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Sidik jari kunci:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Backup key:</source>
        <translation>Kunci cadangan:</translation>
    </message>
    <message>
        <source>Create the &amp;backup key…</source>
        <translation>Buat kunci &amp;cadangan…</translation>
    </message>
    <message>
        <source>Backup key created</source>
        <translation>Kunci cadangan dibuat</translation>
    </message>
</context>
<context>
    <name>OfficesPage</name>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Paket terakhir</translation>
    </message>
    <message>
        <source>Acknowledged version</source>
        <translation>Versi yang dikonfirmasi</translation>
    </message>
    <message>
        <source>Missing packages</source>
        <translation>Paket yang hilang</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Impor terakhir</translation>
    </message>
    <message>
        <source>Days since last package</source>
        <translation>Hari sejak paket terakhir</translation>
    </message>
    <message>
        <source>Open quarantine</source>
        <translation>Karantina terbuka</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Penggabungan</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Sidik jari kunci</translation>
    </message>
    <message>
        <source>Filter by office code or name…</source>
        <translation>Saring menurut kode atau nama kantor…</translation>
    </message>
    <message>
        <source>Missing packages were lost or not brought: nothing is lost, because the next package of the office carries every change the central office has not acknowledged. Databases above 1: the office restored or copied its database.</source>
        <translation>Paket yang hilang adalah paket yang hilang di perjalanan atau tidak dibawa: tidak ada data yang hilang, karena paket berikutnya dari kantor tersebut membawa semua perubahan yang belum dikonfirmasi kantor pusat. Basis data lebih dari 1: kantor tersebut pernah memulihkan atau menyalin basis datanya.</translation>
    </message>
    <message>
        <source>Write a retur&amp;n package…</source>
        <translation>Tulis paket ba&amp;lasan…</translation>
    </message>
    <message>
        <source>For the selected office: the acknowledgement of its last package and every decision of the central office for its records, sealed for that office.</source>
        <translation>Untuk kantor yang dipilih: tanda terima paket terakhirnya dan setiap keputusan kantor pusat atas datanya, disegel untuk kantor tersebut.</translation>
    </message>
    <message>
        <source>Select an office.</source>
        <translation>Pilih satu kantor.</translation>
    </message>
    <message>
        <source>Folder for the return package of {office}</source>
        <translation>Folder untuk paket balasan {office}</translation>
    </message>
    <message>
        <source>Return package written</source>
        <translation>Paket balasan ditulis</translation>
    </message>
    <message numerus="yes">
        <source>Return package {sequence} for {office} was written to:
{path}

It carries %n decisions of the central office. The file was read back and checked.</source>
        <translation>
            <numerusform>Paket balasan {sequence} untuk {office} ditulis ke:
{path}

Paket ini memuat %n keputusan kantor pusat. Berkas telah dibaca ulang dan diperiksa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficialForm</name>
    <message>
        <source>Add an official outside the office</source>
        <translation>Tambah pejabat di luar instansi</translation>
    </message>
    <message>
        <source>Edit an official outside the office</source>
        <translation>Ubah pejabat di luar instansi</translation>
    </message>
    <message>
        <source>18 digits; empty for a non-ASN official</source>
        <translation>18 digit; kosong untuk pejabat non-ASN</translation>
    </message>
    <message>
        <source>e.g. Sekretaris Daerah</source>
        <translation>mis. Sekretaris Daerah</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten …</source>
        <translation>mis. Pemerintah Kabupaten …</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Title &amp;before name:</source>
        <translation>Gelar &amp;depan:</translation>
    </message>
    <message>
        <source>Title a&amp;fter name:</source>
        <translation>Gelar &amp;belakang:</translation>
    </message>
    <message>
        <source>&amp;Grade (golongan):</source>
        <translation>&amp;Golongan:</translation>
    </message>
    <message>
        <source>&amp;Position (jabatan):</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>&amp;Agency (instansi):</source>
        <translation>In&amp;stansi:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>J&amp;enis:</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>&amp;Superior (atasan):</source>
        <translation>&amp;Atasan:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sim&amp;pan</translation>
    </message>
</context>
<context>
    <name>OfficialsDialog</name>
    <message>
        <source>Officials outside the office (pejabat di luar instansi)</source>
        <translation>Pejabat di luar instansi</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Appraises an employee…</source>
        <translation>&amp;Menilai pegawai…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Appraises</source>
        <translation>Menilai</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (tidak aktif)</translation>
    </message>
    <message>
        <source>Remove official</source>
        <translation>Hapus pejabat</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>Hapus {name}?</translation>
    </message>
</context>
<context>
    <name>OwnEvaluationsModel</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Dibaca pada</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <source>Choose the packages the offices brought (several at once). Each is opened and checked first, and you see what it would change; nothing is written until you apply.</source>
        <translation>Pilih paket yang dibawa dari kantor-kantor (boleh beberapa sekaligus). Setiap paket dibuka dan diperiksa terlebih dahulu, dan Anda dapat melihat perubahan yang akan terjadi; tidak ada yang disimpan sebelum Anda menerapkan impor.</translation>
    </message>
    <message>
        <source>&amp;Choose packages…</source>
        <translation>Pi&amp;lih paket…</translation>
    </message>
    <message>
        <source>&amp;Receipts to:</source>
        <translation>Tan&amp;da terima ke:</translation>
    </message>
    <message>
        <source>the folder for the receipts (the stick)</source>
        <translation>folder untuk tanda terima (flashdisk)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>T&amp;elusuri…</translation>
    </message>
    <message>
        <source>&amp;Apply the import…</source>
        <translation>Terapkan i&amp;mpor…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>NIP elsewhere</source>
        <translation>NIP di kantor lain</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Jumlah data</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Filter the quarantined records…</source>
        <translation>Saring data yang dikarantina…</translation>
    </message>
    <message>
        <source>Folder for the receipts (for example the stick)</source>
        <translation>Folder untuk tanda terima (misalnya flashdisk)</translation>
    </message>
    <message>
        <source>Choose the packages of the offices</source>
        <translation>Pilih paket dari kantor-kantor</translation>
    </message>
    <message>
        <source>Sync packages (*.kpkg);;All files (*)</source>
        <translation>Paket sinkronisasi (*.kpkg);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Opening the packages…</source>
        <translation>Membuka paket…</translation>
    </message>
    <message>
        <source>Checking the packages (nothing is written)…</source>
        <translation>Memeriksa paket (tidak ada yang disimpan)…</translation>
    </message>
    <message numerus="yes">
        <source>Import %n packages into the central database?</source>
        <translation>
            <numerusform>Impor %n paket ke basis data kantor pusat?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packages imported.</source>
        <translation>
            <numerusform>%n paket telah diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packages refused: see the reason in the list.</source>
        <translation>
            <numerusform>%n paket ditolak: lihat alasannya di dalam daftar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run of %n packages: nothing has been written yet.</source>
        <translation>
            <numerusform>Uji coba impor %n paket: belum ada yang disimpan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NIPs are also held by another office: see the merge queue.</source>
        <translation>
            <numerusform>%n NIP juga terdaftar di kantor lain: lihat antrean penggabungan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offices: {offices}</source>
        <translation>Kantor: {offices}</translation>
    </message>
    <message>
        <source>Registered as new offices: {offices}</source>
        <translation>Didaftarkan sebagai kantor baru: {offices}</translation>
    </message>
    <message>
        <source>The receipts are written to: {folder}</source>
        <translation>Tanda terima disimpan di: {folder}</translation>
    </message>
    <message>
        <source>Apply the import</source>
        <translation>Terapkan impor</translation>
    </message>
    <message>
        <source>Importing the packages…</source>
        <translation>Mengimpor paket…</translation>
    </message>
    <message>
        <source>You stopped the import: the package being imported when you pressed Cancel and those after it were not imported.</source>
        <translation>Anda menghentikan impor: paket yang sedang diimpor saat Anda menekan Batal dan paket-paket sesudahnya tidak diimpor.</translation>
    </message>
    <message>
        <source>The receipts are in {folder}. Take each office its receipt: it shows what the central office took and what it quarantined.</source>
        <translation>Tanda terima ada di {folder}. Sampaikan kepada setiap kantor tanda terimanya: tanda terima menunjukkan data yang diterima kantor pusat dan data yang dikarantina.</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Seen before: receipt written again</source>
        <translation>Pernah diterima: tanda terima ditulis ulang</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Sudah pernah diimpor</translation>
    </message>
    <message>
        <source>Ready (new office)</source>
        <translation>Siap (kantor baru)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Choose packages first; only those ready can be applied.</source>
        <translation>Pilih paket dulu; hanya paket yang siap yang dapat diterapkan.</translation>
    </message>
    <message>
        <source>No packages chosen.</source>
        <translation>Belum ada paket yang dipilih.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n ditolak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to apply.</source>
        <translation>
            <numerusform>%n siap diterapkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: refused. {reason}</source>
        <translation>{file}: ditolak. {reason}</translation>
    </message>
    <message>
        <source>a full package</source>
        <translation>paket lengkap</translation>
    </message>
    <message>
        <source>the changes since the office&apos;s last receipt</source>
        <translation>perubahan sejak tanda terima terakhir kantor tersebut</translation>
    </message>
    <message>
        <source>Package {sequence} of {office} ({name}): {kind}.</source>
        <translation>Paket {sequence} dari {office} ({name}): {kind}.</translation>
    </message>
    <message>
        <source>It was imported before: nothing changes (the counts are those of its first import); applying writes its receipt again.</source>
        <translation>Paket ini sudah pernah diimpor: tidak ada yang berubah (jumlah yang tampil adalah hasil impor pertamanya); menerapkan impor hanya menulis ulang tanda terimanya.</translation>
    </message>
    <message>
        <source>The office&apos;s database was restored or copied: this package replaces what the central office holds of that office where it differs.</source>
        <translation>Basis data kantor tersebut telah dipulihkan atau disalin: paket ini menggantikan data kantor itu yang tersimpan di kantor pusat, pada bagian yang berbeda.</translation>
    </message>
    <message>
        <source>The office was registered with this import.</source>
        <translation>Kantor tersebut didaftarkan melalui impor ini.</translation>
    </message>
    <message>
        <source>The office is registered when the import is applied.</source>
        <translation>Kantor tersebut akan didaftarkan saat impor diterapkan.</translation>
    </message>
    <message>
        <source>Receipt: {path}</source>
        <translation>Tanda terima: {path}</translation>
    </message>
</context>
<context>
    <name>PeriodStagesDialog</name>
    <message>
        <source>Deadlines and closing of {year}</source>
        <translation>Batas pengisian dan penutupan tahun {year}</translation>
    </message>
    <message>
        <source>e.g. 10-04-{year}</source>
        <translation>mis. 10-04-{year}</translation>
    </message>
    <message>
        <source>Fill-in &amp;deadline (batas pengisian):</source>
        <translation>&amp;Batas pengisian:</translation>
    </message>
    <message>
        <source>&amp;Save deadline</source>
        <translation>&amp;Simpan batas</translation>
    </message>
    <message>
        <source>&amp;Reason for re-opening:</source>
        <translation>&amp;Alasan membuka kembali:</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Tutup…</translation>
    </message>
    <message>
        <source>Re-&amp;open</source>
        <translation>Buka &amp;kembali</translation>
    </message>
    <message>
        <source>History of closing and re-opening:</source>
        <translation>Riwayat penutupan dan pembukaan kembali:</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>S&amp;elesai</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Batas pengisian</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>The whole year {year}</source>
        <translation>Seluruh tahun {year}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Open, deadline passed</source>
        <translation>Dibuka, batas pengisian lewat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>The whole year has no deadline of its own.</source>
        <translation>Seluruh tahun tidak memiliki batas pengisian sendiri.</translation>
    </message>
    <message>
        <source>The SKP stage closes with the whole year: choose the first row.</source>
        <translation>Tahap SKP ditutup bersama seluruh tahun: pilih baris pertama.</translation>
    </message>
    <message>
        <source>It is closed already.</source>
        <translation>Sudah ditutup.</translation>
    </message>
    <message>
        <source>It is open.</source>
        <translation>Masih dibuka.</translation>
    </message>
    <message>
        <source>C&amp;lose the year…</source>
        <translation>&amp;Tutup tahun…</translation>
    </message>
    <message>
        <source>Close the year {year}?

From then on nobody can change its SKPs, evaluations or development plans, here, from the command line or by a sync package. HR can re-open it, giving a reason that is kept in its history.</source>
        <translation>Tutup tahun {year}?

Sejak itu tidak ada yang dapat mengubah SKP, evaluasi, atau rencana pengembangannya, baik di sini, dari baris perintah, maupun melalui paket sinkronisasi. Bagian Kepegawaian dapat membukanya kembali dengan alasan yang disimpan dalam riwayatnya.</translation>
    </message>
    <message>
        <source>Close {period}?

From then on nobody can change the evaluations of {period} (ratings, realisasi, notes, steps), here, from the command line or by a sync package. Whoever has not finished stays late. HR can re-open it, giving a reason that is kept in its history.</source>
        <translation>Tutup {period}?

Sejak itu tidak ada yang dapat mengubah evaluasi {period} (rating, realisasi, catatan, langkah), baik di sini, dari baris perintah, maupun melalui paket sinkronisasi. Yang belum selesai tetap tercatat terlambat. Bagian Kepegawaian dapat membukanya kembali dengan alasan yang disimpan dalam riwayatnya.</translation>
    </message>
    <message>
        <source>Close the period</source>
        <translation>Tutup periode</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <source>Appraisal years</source>
        <translation>Tahun penilaian</translation>
    </message>
    <message>
        <source>&amp;Open year</source>
        <translation>&amp;Buka tahun</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year: type its four digits, e.g. {year}.</source>
        <translation>&apos;{text}&apos; bukan tahun: ketik empat angkanya, misalnya {year}.</translation>
    </message>
    <message>
        <source>The year must be between {low} and {high}.</source>
        <translation>Tahun harus antara {low} dan {high}.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Ta&amp;hun:</translation>
    </message>
    <message>
        <source>Deadlines and c&amp;losing…</source>
        <translation>Batas pengisian dan pen&amp;utupan…</translation>
    </message>
    <message>
        <source>Fill-in deadlines (batas pengisian) of the selected year, closing and re-opening its periods or the whole year, and their history</source>
        <translation>Batas pengisian tahun yang dipilih, penutupan dan pembukaan kembali periode-periodenya atau seluruh tahun, beserta riwayatnya</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekuensi</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regulasi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Choose a year in the list first.</source>
        <translation>Pilih tahun pada daftar terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>PhraseButton</name>
    <message>
        <source>Phrases</source>
        <translation>Frasa</translation>
    </message>
    <message>
        <source>Insert a feedback phrase (Ctrl+Space)</source>
        <translation>Sisipkan frasa umpan balik (Ctrl+Spasi)</translation>
    </message>
    <message>
        <source>Keep the current text as a phrase</source>
        <translation>Simpan teks ini sebagai frasa</translation>
    </message>
    <message>
        <source>Remove a phrase of this office</source>
        <translation>Hapus frasa milik kantor ini</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for (minutes, 0 = never):</source>
        <translation>&amp;Kunci setelah tidak dipakai selama (menit, 0 = tidak pernah):</translation>
    </message>
    <message>
        <source>Automatic &amp;backups to keep:</source>
        <translation>Jumlah &amp;cadangan otomatis yang disimpan:</translation>
    </message>
    <message>
        <source>Seal the automatic backups too</source>
        <translation>Segel juga cadangan otomatis</translation>
    </message>
    <message>
        <source>Create the backup key first (Office identity).</source>
        <translation>Buat kunci cadangan terlebih dahulu (Identitas kantor).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Reasons and warnings</source>
        <translation>Alasan dan peringatan</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Imported as incomplete; missing: {fields}</source>
        <translation>Diimpor dengan data belum lengkap; belum ada: {fields}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Perbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Changes: {columns}</source>
        <translation>Perubahan: {columns}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>&amp;Create these units under</source>
        <translation>&amp;Buat unit ini di bawah</translation>
    </message>
    <message>
        <source>Parent of the new units</source>
        <translation>Induk unit baru</translation>
    </message>
    <message>
        <source>Rows &amp;without a unit go to:</source>
        <translation>Baris &amp;tanpa unit masuk ke:</translation>
    </message>
    <message>
        <source>Search NIP or name</source>
        <translation>Cari NIP atau nama</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Tampil&amp;kan:</translation>
    </message>
    <message>
        <source>{rows}: {new} new, {updated} updated, {unchanged} unchanged, {refused} refused, {skipped} skipped.</source>
        <translation>{rows}: {new} baru, {updated} diperbarui, {unchanged} tidak berubah, {refused} ditolak, {skipped} dilewati.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employees will be imported with incomplete data (no golongan, jabatan, level of a jabatan fungsional or appraiser); the register lists them under “Incomplete data”.</source>
        <translation>
            <numerusform>%n pegawai akan diimpor dengan data belum lengkap (tanpa golongan, jabatan, jenjang jabatan fungsional atau pejabat penilai); daftar pegawai menampilkannya di “Data belum lengkap”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Units that the import creates ({count}): {names}.</source>
        <translation>Unit yang dibuat oleh impor ({count}): {names}.</translation>
    </message>
    <message>
        <source>Units in the file that the register does not have ({count}): {names}.</source>
        <translation>Unit di berkas yang belum ada di daftar unit ({count}): {names}.</translation>
    </message>
    <message>
        <source>Every unit named in the file is in the register.</source>
        <translation>Semua unit yang disebut di berkas sudah ada di daftar unit.</translation>
    </message>
    <message>
        <source>All rows ({count})</source>
        <translation>Semua baris ({count})</translation>
    </message>
    <message>
        <source>Refused rows ({count})</source>
        <translation>Baris ditolak ({count})</translation>
    </message>
    <message>
        <source>Skipped rows ({count})</source>
        <translation>Baris dilewati ({count})</translation>
    </message>
    <message>
        <source>Rows with warnings ({count})</source>
        <translation>Baris dengan peringatan ({count})</translation>
    </message>
    <message>
        <source>Changes: {columns}</source>
        <translation>Perubahan: {columns}</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Baris {row}</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Folder untuk berkas PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>Berkas PDF tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>Printing the PPPK recommendations…</source>
        <translation>Mencetak rekomendasi PPPK…</translation>
    </message>
    <message>
        <source>Recap: JP per unit…</source>
        <translation>Rekap: JP per unit kerja…</translation>
    </message>
    <message>
        <source>Recap: distribution of predikat per unit…</source>
        <translation>Rekap: distribusi predikat per unit kerja…</translation>
    </message>
</context>
<context>
    <name>PrintFeedback</name>
    <message>
        <source>The PDF is saved as {path}</source>
        <translation>PDF disimpan sebagai {path}</translation>
    </message>
    <message>
        <source>The PDF is saved as {path}

No PDF viewer opened it on this computer: open the folder and print the file from there.</source>
        <translation>PDF disimpan sebagai {path}

Tidak ada penampil PDF yang membukanya di komputer ini: buka foldernya dan cetak berkas itu dari sana.</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>Pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>SKP status</source>
        <translation>Status SKP</translation>
    </message>
    <message>
        <source>RHK</source>
        <translation>Jumlah RHK</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Exempt (kedudukan hukum)</source>
        <translation>Dikecualikan (kedudukan hukum)</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Proposals of the central office</source>
        <translation>Usulan kantor pusat</translation>
    </message>
    <message>
        <source>The central office proposes these corrections of the register. Accept one to change the employee&apos;s record (the change goes back with the next package), or reject it and write why.</source>
        <translation>Kantor pusat mengusulkan perbaikan data pegawai berikut. Terima usulan untuk mengubah data pegawai (perubahan dikirim kembali dengan paket berikutnya), atau tolak dan tuliskan alasannya.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Employee or unit</source>
        <translation>Pegawai atau unit kerja</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Saat ini</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Diusulkan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Filter by NIP, name, value…</source>
        <translation>Saring menurut NIP, nama, nilai…</translation>
    </message>
    <message>
        <source>Reason for &amp;rejecting:</source>
        <translation>Alasan &amp;menolak:</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Te&amp;rima</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>T&amp;olak</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Select a proposal that is still waiting.</source>
        <translation>Pilih usulan yang masih menunggu.</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Filter by office, record type, reason…</source>
        <translation>Saring menurut kantor, jenis data, alasan…</translation>
    </message>
    <message>
        <source>The office hears about these records in its receipt; once it corrects them, its next package brings them.</source>
        <translation>Kantor mengetahui data ini melalui tanda terimanya; setelah kantor memperbaikinya, paket berikutnya akan membawa data tersebut.</translation>
    </message>
</context>
<context>
    <name>QuarantinedDialog</name>
    <message>
        <source>Record type</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>The central office did not take these records. Correct them here (or the record they belong to) and export again: the next package carries them.</source>
        <translation>Kantor pusat tidak menerima data berikut. Perbaiki data tersebut di sini (atau data induknya), lalu ekspor lagi: paket berikutnya akan membawanya.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>RealisationDialog</name>
    <message>
        <source>As written on the certificate</source>
        <translation>Sesuai yang tertulis pada sertifikat</translation>
    </message>
    <message>
        <source>e.g. BPSDM Provinsi</source>
        <translation>mis. BPSDM Provinsi</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>JP (as on the certificate)</source>
        <translation>JP (sesuai sertifikat)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>e.g. 3.500.000 (whole rupiah)</source>
        <translation>mis. 3.500.000 (rupiah tanpa sen)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Jalur:</translation>
    </message>
    <message>
        <source>&amp;Kind (jenis diklat):</source>
        <translation>J&amp;enis diklat:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Kegiatan:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Penyelenggara:</translation>
    </message>
    <message>
        <source>&amp;Dates (start, end):</source>
        <translation>&amp;Tanggal (mulai, selesai):</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Durasi:</translation>
    </message>
    <message>
        <source>&amp;Certificate number:</source>
        <translation>Nomor se&amp;rtifikat:</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>&amp;Biaya:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>The IDP is agreed: the planned kind and name stay.</source>
        <translation>IDP sudah disetujui: jenis diklat dan nama kegiatan yang direncanakan tidak dapat diubah.</translation>
    </message>
    <message>
        <source>= {jp} JP (45 minutes = 1 JP)</source>
        <translation>= {jp} JP (45 menit = 1 JP)</translation>
    </message>
    <message>
        <source>(whole minutes)</source>
        <translation>(menit, bilangan bulat)</translation>
    </message>
    <message>
        <source>Type the duration in whole minutes.</source>
        <translation>Ketik durasi dalam menit, berupa bilangan bulat.</translation>
    </message>
</context>
<context>
    <name>RegisterHistoryDialog</name>
    <message>
        <source>Register history: {name}</source>
        <translation>Riwayat jabatan: {name}</translation>
    </message>
    <message>
        <source>Each change of unit, position, grade or appraiser starts a new line: a register edit from its day, a transfer from the first month of the next SKP. A past period finds the appraiser of its time here.</source>
        <translation>Setiap perubahan unit kerja, jabatan, golongan, atau pejabat penilai memulai baris baru: perubahan data register sejak harinya, mutasi sejak bulan pertama SKP berikutnya. Periode yang telah lalu menemukan pejabat penilai pada masanya di sini.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>Pejabat penilai</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>(before)</source>
        <translation>(sebelumnya)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>sekarang</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Deactivate employee</source>
        <translation>Nonaktifkan pegawai</translation>
    </message>
    <message>
        <source>Why is {name} no longer active (retired, moved, died, …)?</source>
        <translation>Mengapa {name} tidak aktif lagi (pensiun, mutasi, meninggal dunia, …)?</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Unit (with its sub-units)</source>
        <translation>Unit kerja (beserta subunitnya)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Semua jenis pegawai</translation>
    </message>
    <message>
        <source>Search name, NIP, position or unit  (Ctrl+F)</source>
        <translation>Cari nama, NIP, jabatan, atau unit  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Semua golongan</translation>
    </message>
    <message>
        <source>All position types</source>
        <translation>Semua jenis jabatan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktif dan tidak aktif</translation>
    </message>
    <message>
        <source>Incomplete data</source>
        <translation>Data belum lengkap</translation>
    </message>
    <message>
        <source>Only employees whose grade, position, unit or appraiser is missing</source>
        <translation>Hanya pegawai yang golongan, jabatan, unit kerja atau pejabat penilainya belum diisi</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Show everyone again (clear search and filters)</source>
        <translation>Tampilkan kembali semua pegawai (hapus pencarian dan filter)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Ta&amp;mbah…</translation>
    </message>
    <message>
        <source>Add an employee (Insert)</source>
        <translation>Tambah pegawai (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Edit the selected employee (Enter)</source>
        <translation>Ubah data pegawai yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Nonaktifkan…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Riwayat…</translation>
    </message>
    <message>
        <source>Every change of the selected employee</source>
        <translation>Semua perubahan data pegawai yang dipilih</translation>
    </message>
    <message>
        <source>S&amp;tatus…</source>
        <translation>Ke&amp;dudukan hukum…</translation>
    </message>
    <message>
        <source>Employment status (kedudukan hukum) of the selected employee, with dates</source>
        <translation>Kedudukan hukum pegawai yang dipilih, dengan tanggalnya</translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation>Unit &amp;kerja…</translation>
    </message>
    <message>
        <source>Edit the tree of units (unit kerja)</source>
        <translation>Kelola susunan (pohon) unit kerja</translation>
    </message>
    <message>
        <source>E&amp;xcel / CSV</source>
        <translation>E&amp;xcel / CSV</translation>
    </message>
    <message>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>&amp;Impor dari Excel atau CSV…</translation>
    </message>
    <message>
        <source>&amp;Export the employees shown…</source>
        <translation>&amp;Ekspor pegawai yang ditampilkan…</translation>
    </message>
    <message>
        <source>Save a blank import &amp;template…</source>
        <translation>Simpan &amp;templat impor kosong…</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln employees</source>
        <translation>
            <numerusform>{shown} dari %Ln pegawai</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Aktifkan kembali</translation>
    </message>
    <message>
        <source>Ap&amp;praisers</source>
        <translation>&amp;Penilai</translation>
    </message>
    <message>
        <source>Officials outside the office and acting officials (Plt / Plh)</source>
        <translation>Pejabat di luar instansi dan pejabat pelaksana (Plt / Plh)</translation>
    </message>
    <message>
        <source>&amp;Officials outside the office…</source>
        <translation>Pejabat di &amp;luar instansi…</translation>
    </message>
    <message>
        <source>&amp;Plt / Plh…</source>
        <translation>&amp;Plt / Plh…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>Temporary password for {user} (they must choose their own at the next sign-in):</source>
        <translation>Kata sandi sementara untuk {user} (pengguna wajib menetapkan kata sandinya sendiri saat masuk berikutnya):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Repeat passwor&amp;d:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Atur ulang kata sandi</translation>
    </message>
</context>
<context>
    <name>ReturnActions</name>
    <message>
        <source>Organisation predikat set: {predikat}
Proposals for HR: {proposals}
Known already: {unchanged}
Quarantined (not for a record of this office, or not applicable here): {quarantined}</source>
        <translation>Predikat organisasi ditetapkan: {predikat}
Usulan untuk kepegawaian: {proposals}
Sudah diterima sebelumnya: {unchanged}
Dikarantina (bukan untuk data kantor ini, atau tidak dapat diterapkan di sini): {quarantined}</translation>
    </message>
    <message>
        <source>Acknowledgement not applied: {reason}</source>
        <translation>Tanda terima tidak diterapkan: {reason}</translation>
    </message>
    <message>
        <source>The central office uses code tables {version}.</source>
        <translation>Kantor pusat memakai tabel kode {version}.</translation>
    </message>
    <message>
        <source>Apply a return package of the central office</source>
        <translation>Terapkan paket balasan kantor pusat</translation>
    </message>
    <message>
        <source>Return packages (*.kret);;All files (*)</source>
        <translation>Paket balasan (*.kret);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Return package of the central office</source>
        <translation>Paket balasan kantor pusat</translation>
    </message>
    <message>
        <source>Return package {sequence} was applied before: nothing changed.</source>
        <translation>Paket balasan {sequence} sudah pernah diterapkan: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Return package {sequence} will change this database:

{counts}

Apply it?</source>
        <translation>Paket balasan {sequence} akan mengubah basis data ini:

{counts}

Terapkan?</translation>
    </message>
    <message>
        <source>Return package {sequence} applied.

{counts}</source>
        <translation>Paket balasan {sequence} diterapkan.

{counts}</translation>
    </message>
</context>
<context>
    <name>SavedDialog</name>
    <message>
        <source>Open &amp;folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>The folder could not be opened here; open it in the file manager: {path}</source>
        <translation>Folder tidak dapat dibuka dari sini; bukalah di pengelola berkas: {path}</translation>
    </message>
</context>
<context>
    <name>ServerConnectionDialog</name>
    <message>
        <source>Connect to the office server</source>
        <translation>Sambungkan ke server kantor</translation>
    </message>
    <message>
        <source>server name or address, e.g. 192.168.1.10</source>
        <translation>nama atau alamat server, mis. 192.168.1.10</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Basis data:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Ingat kata sandi di komputer ini</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Samb&amp;ungkan</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535, usually 5432.</source>
        <translation>Port adalah angka 1 sampai 65535, biasanya 5432.</translation>
    </message>
    <message>
        <source>Type the name of the office database, e.g. kinerja.</source>
        <translation>Ketik nama basis data kantor, mis. kinerja.</translation>
    </message>
    <message>
        <source>The server {host} refused the user name or password.</source>
        <translation>Server {host} menolak nama pengguna atau kata sandi.</translation>
    </message>
    <message>
        <source>The server {host} has no database {name}. Ask its administrator to create it (see the README, PostgreSQL mode).</source>
        <translation>Server {host} tidak memiliki basis data {name}. Minta administratornya membuatnya (lihat README, mode PostgreSQL).</translation>
    </message>
    <message>
        <source>The database {name} on {host} belongs to another program. Nothing was changed.</source>
        <translation>Basis data {name} di {host} milik program lain. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database {name} on {host} is read-only (a standby server?). Connect to the main server.</source>
        <translation>Basis data {name} di {host} hanya-baca (server cadangan?). Sambungkan ke server utama.</translation>
    </message>
    <message>
        <source>The server {host} does not answer: {reason}</source>
        <translation>Server {host} tidak menjawab: {reason}</translation>
    </message>
</context>
<context>
    <name>SiasnPage</name>
    <message>
        <source>One SIASN upload file (JSON) per final evaluation of every office, with its Dokumen Evaluasi (PDF) beside it and an Excel summary. The employee is named by the PNS ID stored in the register; an evaluation without one is listed below and gets no file.</source>
        <translation>Satu berkas unggahan SIASN (JSON) untuk setiap evaluasi final dari semua kantor, dengan Dokumen Evaluasi (PDF) di sampingnya dan ringkasan Excel. Pegawai disebut dengan PNS ID yang tersimpan di data pegawai; evaluasi tanpa PNS ID dicantumkan di bawah dan tidak dibuatkan berkas.</translation>
    </message>
    <message>
        <source>Y&amp;ear:</source>
        <translation>Ta&amp;hun:</translation>
    </message>
    <message>
        <source>Annual (SKP)</source>
        <translation>Tahunan (SKP)</translation>
    </message>
    <message>
        <source>Quarter %s</source>
        <translation>Triwulan %s</translation>
    </message>
    <message>
        <source>Month %02d</source>
        <translation>Bulan %02d</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>Write the SI&amp;ASN files…</source>
        <translation>Tulis ber&amp;kas SIASN…</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Filter by office, NIP, name…</source>
        <translation>Saring menurut kantor, NIP, nama…</translation>
    </message>
    <message>
        <source>Folder for the SIASN files</source>
        <translation>Folder untuk berkas SIASN</translation>
    </message>
    <message>
        <source>Writing the SIASN files…</source>
        <translation>Menulis berkas SIASN…</translation>
    </message>
    <message>
        <source>{documents} SIASN files with their Dokumen Evaluasi written to {folder}; {left} final evaluations left out (listed below). Summary: {summary}</source>
        <translation>{documents} berkas SIASN beserta Dokumen Evaluasi ditulis ke {folder}; {left} evaluasi final tidak disertakan (tercantum di bawah). Ringkasan: {summary}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Kinerja Luring</source>
        <translation>Masuk — Kinerja Luring</translation>
    </message>
    <message>
        <source>The program was locked after a time without use. Sign in again.</source>
        <translation>Program dikunci karena tidak digunakan selama beberapa waktu. Silakan masuk kembali.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a demo database. Its accounts are:&lt;br&gt;{accounts}</source>
        <translation>Ini adalah basis data demo. Akun yang tersedia:&lt;br&gt;{accounts}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>{user} left a form open. Only {user} can unlock now; to work as someone else, close the program first.</source>
        <translation>{user} masih membuka formulir. Hanya {user} yang dapat membuka kunci sekarang; untuk bekerja sebagai pengguna lain, tutup program terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>SkpEditor</name>
    <message>
        <source>No SKP yet</source>
        <translation>Belum ada SKP</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Results (RHK)</source>
        <translation>&amp;Hasil kerja (RHK)</translation>
    </message>
    <message>
        <source>&amp;Work behaviour</source>
        <translation>&amp;Perilaku kerja</translation>
    </message>
    <message>
        <source>Co&amp;mment of the appraiser (pejabat penilai) on this RHK:</source>
        <translation>Ko&amp;mentar pejabat penilai pada RHK ini:</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Ajukan</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>&amp;Kembalikan…</translation>
    </message>
    <message>
        <source>Re-&amp;open…</source>
        <translation>B&amp;uka kembali…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message numerus="yes">
        <source>The appraiser commented on %n RHK: choose each to read it.</source>
        <translation>
            <numerusform>Pejabat penilai mengomentari %n RHK: pilih masing-masing RHK untuk membacanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appro&amp;ach:</source>
        <translation>Pen&amp;dekatan:</translation>
    </message>
    <message>
        <source>Remove RHK</source>
        <translation>Hapus RHK</translation>
    </message>
    <message>
        <source>A. Main (Utama)</source>
        <translation>A. Utama</translation>
    </message>
    <message>
        <source>B. Additional (Tambahan)</source>
        <translation>B. Tambahan</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>Ba&amp;gian:</translation>
    </message>
    <message>
        <source>while the superior has no SKP yet: type their RHK here</source>
        <translation>selama pimpinan belum memiliki SKP: ketik RHK pimpinan di sini</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Indicator (IKI)</source>
        <translation>Indikator (IKI)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>Status &amp;history</source>
        <translation>&amp;Riwayat status</translation>
    </message>
    <message>
        <source>Add RH&amp;K</source>
        <translation>Ta&amp;mbah RHK</translation>
    </message>
    <message>
        <source>RHK te&amp;xt:</source>
        <translation>T&amp;eks RHK:</translation>
    </message>
    <message>
        <source>Perspecti&amp;ve:</source>
        <translation>Perspekti&amp;f:</translation>
    </message>
    <message>
        <source>Superior&apos;s RHK (interve&amp;ned):</source>
        <translation>RHK pimpinan yang diinterve&amp;nsi:</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>A&amp;dd indicator</source>
        <translation>Tambah indikat&amp;or</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Hapus indikator</translation>
    </message>
    <message>
        <source>&amp;Appendix</source>
        <translation>&amp;Lampiran</translation>
    </message>
    <message>
        <source>Leader&apos;s specific expectation (optional)</source>
        <translation>Ekspektasi khusus pimpinan (opsional)</translation>
    </message>
    <message>
        <source>Dukungan sumber daya:</source>
        <translation>Dukungan sumber daya:</translation>
    </message>
    <message>
        <source>Skema pertanggungjawaban:</source>
        <translation>Skema pertanggungjawaban:</translation>
    </message>
    <message>
        <source>Konsekuensi:</source>
        <translation>Konsekuensi:</translation>
    </message>
    <message>
        <source>SKP {year}: {name}</source>
        <translation>SKP {year}: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — NIP {nip} — {position}, {unit}&lt;br&gt;Appraiser: {appraiser} — Year {year} — Form: {form} — Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — NIP {nip} — {position}, {unit}&lt;br&gt;Pejabat penilai kinerja: {appraiser} — Tahun {year} — Formulir: {form} — Status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>JPT (with perspective)</source>
        <translation>JPT (dengan perspektif)</translation>
    </message>
    <message>
        <source>Administration and functional</source>
        <translation>Jabatan administrasi dan fungsional</translation>
    </message>
    <message>
        <source>Returned: {reason}</source>
        <translation>Dikembalikan: {reason}</translation>
    </message>
    <message>
        <source>This SKP is {status} and can only be read.</source>
        <translation>SKP ini berstatus {status} dan hanya dapat dibaca.</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(belum dipilih)</translation>
    </message>
    <message>
        <source>(new RHK)</source>
        <translation>(RHK baru)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Menjadi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>(linked RHK no longer offered)</source>
        <translation>(RHK tertaut sudah tidak tersedia)</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Perubahan belum disimpan…</translation>
    </message>
    <message>
        <source>Indicator {n}: {message}</source>
        <translation>Indikator {n}: {message}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>What was stored differs from what is shown; close and reopen the SKP.</source>
        <translation>Yang tersimpan berbeda dengan yang ditampilkan; tutup lalu buka kembali SKP.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>{text}

Reload the SKP now? What you typed is replaced.</source>
        <translation>{text}

Muat ulang SKP sekarang? Yang Anda ketik akan diganti.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Sudah diubah orang lain</translation>
    </message>
    <message>
        <source>Reloaded: this is the SKP as saved by {by}.</source>
        <translation>Dimuat ulang: inilah SKP seperti disimpan oleh {by}.</translation>
    </message>
    <message>
        <source>Return the SKP</source>
        <translation>Kembalikan SKP</translation>
    </message>
    <message>
        <source>Re-open the approved SKP</source>
        <translation>Buka kembali SKP yang telah disetujui</translation>
    </message>
    <message>
        <source>Close the SKP</source>
        <translation>Tutup SKP</translation>
    </message>
    <message>
        <source>This SKP can no longer be changed, so your last changes cannot be saved. Close it anyway?</source>
        <translation>SKP ini tidak dapat diubah lagi, sehingga perubahan terakhir Anda tidak dapat disimpan. Tetap tutup?</translation>
    </message>
</context>
<context>
    <name>SkpExport</name>
    <message>
        <source>Export the SKP progress</source>
        <translation>Ekspor progres SKP</translation>
    </message>
</context>
<context>
    <name>SkpTab</name>
    <message>
        <source>Ye&amp;ar:</source>
        <translation>Ta&amp;hun:</translation>
    </message>
    <message>
        <source>Search name, NIP or unit</source>
        <translation>Cari nama, NIP, atau unit kerja</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Late (past the deadline)</source>
        <translation>Terlambat (lewat batas pengisian)</translation>
    </message>
    <message>
        <source>Exempt (kedudukan hukum)</source>
        <translation>Dikecualikan (kedudukan hukum)</translation>
    </message>
    <message>
        <source>&amp;Periods…</source>
        <translation>Pe&amp;riode…</translation>
    </message>
    <message>
        <source>&amp;Open SKP…</source>
        <translation>Buka &amp;SKP…</translation>
    </message>
    <message>
        <source>&amp;Copy last year&apos;s SKP</source>
        <translation>Sa&amp;lin SKP tahun lalu</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Ekspor ke Excel…</translation>
    </message>
    <message>
        <source>Transf&amp;er…</source>
        <translation>Mutas&amp;i…</translation>
    </message>
    <message>
        <source>Transfer or promotion: close this SKP at a month and start the next one</source>
        <translation>Mutasi atau promosi: tutup SKP ini pada suatu bulan dan mulai SKP berikutnya</translation>
    </message>
    <message>
        <source>&amp;Undo transfer…</source>
        <translation>Batalkan m&amp;utasi…</translation>
    </message>
    <message>
        <source>Pri&amp;nt SKP</source>
        <translation>&amp;Cetak SKP</translation>
    </message>
    <message>
        <source>Dialo&amp;gue…</source>
        <translation>Dialo&amp;g kinerja…</translation>
    </message>
    <message>
        <source>Dialogue and counselling records (dialog kinerja, konseling kinerja)</source>
        <translation>Catatan dialog kinerja dan konseling kinerja</translation>
    </message>
    <message>
        <source>Late {count}</source>
        <translation>Terlambat {count}</translation>
    </message>
    <message>
        <source>Exempt {count}</source>
        <translation>Dikecualikan {count}</translation>
    </message>
    <message>
        <source>Late by unit:</source>
        <translation>Terlambat per unit kerja:</translation>
    </message>
    <message>
        <source>Nobody is late.</source>
        <translation>Tidak ada yang terlambat.</translation>
    </message>
    <message>
        <source>This employee has an SKP for the year already.</source>
        <translation>Pegawai ini sudah mempunyai SKP untuk tahun ini.</translation>
    </message>
    <message>
        <source>This employee has one SKP in the year: there is no transfer to undo.</source>
        <translation>Pegawai ini punya satu SKP dalam tahun ini: tidak ada mutasi yang bisa dibatalkan.</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export.</source>
        <translation>Daftar kosong: tidak ada yang diekspor.</translation>
    </message>
    <message>
        <source>&amp;Recap…</source>
        <translation>Re&amp;kap…</translation>
    </message>
    <message>
        <source>Cascade ma&amp;trix (matriks peran hasil)…</source>
        <translation>&amp;Matriks peran hasil…</translation>
    </message>
    <message>
        <source>Print the SKP progress of the year per unit</source>
        <translation>Cetak progres SKP tahun ini per unit kerja</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(ditutup)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <source>This employee has no SKP for the year yet.</source>
        <translation>Pegawai ini belum mempunyai SKP untuk tahun ini.</translation>
    </message>
    <message>
        <source>&amp;Make SKP…</source>
        <translation>Buat &amp;SKP…</translation>
    </message>
</context>
<context>
    <name>StaffAccountsDialog</name>
    <message>
        <source>Save the account slips</source>
        <translation>Simpan slip akun</translation>
    </message>
    <message>
        <source>Accounts for the staff</source>
        <translation>Akun pegawai</translation>
    </message>
    <message>
        <source>Every employee below gets an account with the role Employee (pegawai, own records only) and a one-time password, printed on their account slip. At the first sign-in they choose their own password. User name: first and last word of the name (siti.rahayu); when taken, the last 4 digits of the NIP are added (siti.rahayu.2002).</source>
        <translation>Setiap pegawai di bawah ini mendapat akun dengan peran Pegawai (hanya data sendiri) dan kata sandi sekali pakai yang dicetak pada slip akunnya. Saat masuk pertama, pegawai memilih kata sandinya sendiri. Nama pengguna: kata pertama dan terakhir dari nama (siti.rahayu); bila sudah dipakai, ditambah 4 angka terakhir NIP (siti.rahayu.2002).</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <source>&amp;Unit (with its sub-units):</source>
        <translation>&amp;Unit kerja (beserta unit di bawahnya):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>P&amp;ilih…</translation>
    </message>
    <message>
        <source>Account &amp;slips (PDF):</source>
        <translation>&amp;Slip akun (PDF):</translation>
    </message>
    <message>
        <source>&amp;Create accounts and slips</source>
        <translation>&amp;Buat akun dan slip</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message numerus="yes">
        <source>%n employees without an account.</source>
        <translation>
            <numerusform>%n pegawai belum memiliki akun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts made. Print the slips, hand each employee their own, then delete the file: it holds the passwords.</source>
        <translation>
            <numerusform>%n akun dibuat. Cetak slipnya, serahkan kepada masing-masing pegawai, lalu hapus berkasnya: berkas itu memuat kata sandi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every employee here has an account.</source>
        <translation>Semua pegawai di sini sudah memiliki akun.</translation>
    </message>
    <message>
        <source>Choose where to save the account slips.</source>
        <translation>Pilih tempat menyimpan slip akun.</translation>
    </message>
    <message>
        <source>Making the accounts and their slips…</source>
        <translation>Membuat akun dan slipnya…</translation>
    </message>
    <message>
        <source>Cancelled: no account was made.</source>
        <translation>Dibatalkan: tidak ada akun yang dibuat.</translation>
    </message>
    <message>
        <source>Account slips</source>
        <translation>Slip akun</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message>
        <source>as {position} (decree {decree})</source>
        <translation>sebagai {position} (SK {decree})</translation>
    </message>
    <message>
        <source>as {position}</source>
        <translation>sebagai {position}</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the central office</source>
        <translation>Sinkronisasi dengan kantor pusat</translation>
    </message>
    <message>
        <source>This office:</source>
        <translation>Kantor ini:</translation>
    </message>
    <message>
        <source>The central office asks for this fingerprint (by phone) before it takes this office&apos;s first package.</source>
        <translation>Kantor pusat akan menanyakan sidik jari ini (melalui telepon) sebelum menerima paket pertama dari kantor ini.</translation>
    </message>
    <message>
        <source>Its key fingerprint:</source>
        <translation>Sidik jari kuncinya:</translation>
    </message>
    <message>
        <source>Central office key</source>
        <translation>Kunci kantor pusat</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Kunci:</translation>
    </message>
    <message>
        <source>Receipts signed by:</source>
        <translation>Tanda terima ditandatangani oleh:</translation>
    </message>
    <message>
        <source>&amp;Set the key…</source>
        <translation>&amp;Tetapkan kunci…</translation>
    </message>
    <message>
        <source>Read the key from a &amp;file…</source>
        <translation>Baca kunci dari &amp;berkas…</translation>
    </message>
    <message>
        <source>Send to the central office</source>
        <translation>Kirim ke kantor pusat</translation>
    </message>
    <message>
        <source>F&amp;ull package (everything, not only the changes)</source>
        <translation>Paket &amp;lengkap (semua data, bukan hanya perubahan)</translation>
    </message>
    <message>
        <source>Only when the central office asks for it: a full package holds every record of this office.</source>
        <translation>Hanya jika diminta oleh kantor pusat: paket lengkap berisi semua data kantor ini.</translation>
    </message>
    <message>
        <source>&amp;Export to stick…</source>
        <translation>&amp;Ekspor ke flashdisk…</translation>
    </message>
    <message>
        <source>Outbox: packages written</source>
        <translation>Kotak keluar: paket yang telah dibuat</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Jumlah data</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>The central office has confirmed the packages whose receipt came back. The next package holds everything changed since then, including what earlier packages carried if their receipt has not come back.</source>
        <translation>Kantor pusat telah mengonfirmasi paket-paket yang tanda terimanya sudah kembali. Paket berikutnya berisi semua perubahan sejak itu, termasuk isi paket-paket sebelumnya yang tanda terimanya belum kembali.</translation>
    </message>
    <message>
        <source>the changes since the last receipt</source>
        <translation>perubahan sejak tanda terima terakhir</translation>
    </message>
    <message numerus="yes">
        <source>Package {sequence} was written to:
{path}

It holds %Ln records: {kind}. The file was read back and checked: you can safely remove the stick now and take it to the central office. A copy stays in the outbox.</source>
        <translation>
            <numerusform>Paket {sequence} telah disimpan di:
{path}

Paket berisi %Ln data: {kind}. Berkas telah dibaca ulang dan diperiksa: flashdisk sekarang aman dilepas dan dibawa ke kantor pusat. Salinannya tetap tersimpan di kotak keluar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt for package {sequence} imported: the central office holds this office&apos;s changes up to that package.</source>
        <translation>Tanda terima paket {sequence} telah diimpor: kantor pusat telah menyimpan perubahan kantor ini sampai paket tersebut.</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Dikarantina</translation>
    </message>
    <message>
        <source>Copy kept</source>
        <translation>Salinan tersimpan</translation>
    </message>
    <message>
        <source>Filter the packages…</source>
        <translation>Saring paket…</translation>
    </message>
    <message>
        <source>Co&amp;py again to…</source>
        <translation>Salin &amp;ulang ke…</translation>
    </message>
    <message>
        <source>Write the selected package to a stick again (if the first stick was lost).</source>
        <translation>Tulis ulang paket yang dipilih ke flashdisk (jika flashdisk yang pertama hilang).</translation>
    </message>
    <message>
        <source>&amp;What was quarantined…</source>
        <translation>Data yang &amp;dikarantina…</translation>
    </message>
    <message>
        <source>Import &amp;receipt…</source>
        <translation>Impor tanda te&amp;rima…</translation>
    </message>
    <message>
        <source>Apply a return packa&amp;ge…</source>
        <translation>Terapkan paket &amp;balasan…</translation>
    </message>
    <message>
        <source>Propos&amp;als…</source>
        <translation>&amp;Usulan…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
    <message>
        <source>Not set yet: packages cannot be written until it is set.</source>
        <translation>Belum ditetapkan: paket tidak dapat dibuat sebelum kunci ini ditetapkan.</translation>
    </message>
    <message>
        <source>Not set yet: receipts cannot be checked until it is set.</source>
        <translation>Belum diatur: tanda terima tidak dapat diperiksa sebelum sidik jari ini diatur.</translation>
    </message>
    <message>
        <source>No receipt has come back yet: the next package holds everything again.</source>
        <translation>Belum ada tanda terima yang kembali: paket berikutnya kembali berisi semua data.</translation>
    </message>
    <message>
        <source>Nothing sent yet: the first package holds every record of this office.</source>
        <translation>Belum ada yang dikirim: paket pertama berisi semua data kantor ini.</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>semua data</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>perubahan saja</translation>
    </message>
    <message>
        <source>Select a package that is still in the outbox.</source>
        <translation>Pilih paket yang masih ada di kotak keluar.</translation>
    </message>
    <message>
        <source>Select a package whose receipt has come back.</source>
        <translation>Pilih paket yang tanda terimanya sudah kembali.</translation>
    </message>
    <message>
        <source>Central office key file</source>
        <translation>Berkas kunci kantor pusat</translation>
    </message>
    <message>
        <source>Key files (*.txt *.key);;All files (*)</source>
        <translation>Berkas kunci (*.txt *.key);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Set the central office key first: packages are sealed for it. Paste it, or read the key file the central office put on the stick.</source>
        <translation>Tetapkan kunci kantor pusat terlebih dahulu: paket disegel dengan kunci tersebut. Tempel kuncinya, atau baca berkas kunci yang disimpan kantor pusat di flashdisk.</translation>
    </message>
    <message>
        <source>Choose the USB stick (or a folder on it)</source>
        <translation>Pilih flashdisk (atau folder di dalamnya)</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Membuat paket…</translation>
    </message>
    <message>
        <source>every record of this office</source>
        <translation>semua data kantor ini</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Paket telah dibuat</translation>
    </message>
    <message numerus="yes">
        <source>The central office quarantined %n records:</source>
        <translation>
            <numerusform>Kantor pusat mengarantina %n data:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package {sequence}: the central office quarantined %n records.</source>
        <translation>
            <numerusform>Paket {sequence}: %n data dikarantina oleh kantor pusat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy package {sequence} to (the USB stick)</source>
        <translation>Salin paket {sequence} ke (flashdisk)</translation>
    </message>
    <message>
        <source>Package copied</source>
        <translation>Paket telah disalin</translation>
    </message>
    <message>
        <source>Package {sequence} was copied to:
{path}

The copy was read back and checked: you can safely remove the stick now. The central office takes the package once, however many copies reach it.</source>
        <translation>Paket {sequence} telah disalin ke:
{path}

Salinan telah dibaca ulang dan diperiksa: flashdisk sekarang aman dilepas. Kantor pusat hanya menerima paket ini satu kali, berapa pun salinan yang sampai.</translation>
    </message>
    <message>
        <source>Import a receipt of the central office</source>
        <translation>Impor tanda terima dari kantor pusat</translation>
    </message>
    <message>
        <source>Receipts (*.receipt);;All files (*)</source>
        <translation>Tanda terima (*.receipt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The receipt for package {sequence} was imported before: nothing changed.</source>
        <translation>Tanda terima untuk paket {sequence} sudah pernah diimpor: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Nothing was quarantined: every record was taken.</source>
        <translation>Tidak ada data yang dikarantina: semua data diterima.</translation>
    </message>
    <message>
        <source>Receipt of the central office</source>
        <translation>Tanda terima dari kantor pusat</translation>
    </message>
    <message>
        <source>Package {sequence}: nothing was quarantined.</source>
        <translation>Paket {sequence}: tidak ada data yang dikarantina.</translation>
    </message>
    <message>
        <source>Quarantined records</source>
        <translation>Data yang dikarantina</translation>
    </message>
</context>
<context>
    <name>SyncViews</name>
    <message>
        <source>Units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>SKP results</source>
        <translation>Hasil kerja SKP</translation>
    </message>
    <message>
        <source>SKP indicators</source>
        <translation>Indikator SKP</translation>
    </message>
    <message>
        <source>Behaviour expectations</source>
        <translation>Ekspektasi perilaku</translation>
    </message>
    <message>
        <source>SKP status changes</source>
        <translation>Perubahan status SKP</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>Realisations</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Behaviour ratings</source>
        <translation>Rating perilaku kerja</translation>
    </message>
    <message>
        <source>Organisation results</source>
        <translation>Capaian kinerja organisasi</translation>
    </message>
    <message>
        <source>Evaluation status changes</source>
        <translation>Perubahan status evaluasi</translation>
    </message>
    <message>
        <source>Notes from colleagues</source>
        <translation>Masukan dari rekan kerja</translation>
    </message>
    <message>
        <source>Archive appraisals</source>
        <translation>Penilaian arsip</translation>
    </message>
    <message>
        <source>Archive activities</source>
        <translation>Kegiatan penilaian arsip</translation>
    </message>
    <message>
        <source>Archive status changes</source>
        <translation>Perubahan status penilaian arsip</translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation>Rencana pengembangan (IDP)</translation>
    </message>
    <message>
        <source>Competence gaps</source>
        <translation>Kesenjangan kompetensi</translation>
    </message>
    <message>
        <source>Development activities</source>
        <translation>Kegiatan pengembangan</translation>
    </message>
    <message>
        <source>Development status changes</source>
        <translation>Perubahan status pengembangan</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Dikarantina</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>Ketik untuk menyaring…</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} dari {total} ditampilkan</translation>
    </message>
    <message>
        <source>the record it belongs to ({entity}) is missing: {uid}</source>
        <translation>data induknya ({entity}) tidak ada: {uid}</translation>
    </message>
    <message>
        <source>the record it belongs to ({entity}) was quarantined too: {uid}</source>
        <translation>data induknya ({entity}) juga dikarantina: {uid}</translation>
    </message>
    <message>
        <source>the record names another office than {office}</source>
        <translation>data ini mencantumkan kantor selain {office}</translation>
    </message>
    <message>
        <source>the same record is held by office {office}</source>
        <translation>data yang sama dimiliki oleh kantor {office}</translation>
    </message>
    <message>
        <source>the same record is held by another office</source>
        <translation>data yang sama dimiliki oleh kantor lain</translation>
    </message>
    <message>
        <source>it breaks a rule of the central database ({detail})</source>
        <translation>data ini melanggar aturan basis data kantor pusat ({detail})</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Kantor baru</translation>
    </message>
    <message>
        <source>&lt;p&gt;Office &lt;b&gt;{code}&lt;/b&gt; ({name}) is not registered at this central office yet.&lt;/p&gt;&lt;p&gt;Call the office and ask them to read the key fingerprint shown in their Sync window. Register the office only if they read exactly:&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: large&apos;&gt;{fingerprint}&lt;/p&gt;&lt;p&gt;If it differs, someone else may have made the package: do not register it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kantor &lt;b&gt;{code}&lt;/b&gt; ({name}) belum terdaftar di kantor pusat ini.&lt;/p&gt;&lt;p&gt;Telepon kantor tersebut dan minta petugasnya membacakan sidik jari kunci yang tampil di jendela Sinkronisasi mereka. Daftarkan kantor tersebut hanya jika yang dibacakan persis sama dengan:&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: large&apos;&gt;{fingerprint}&lt;/p&gt;&lt;p&gt;Jika berbeda, mungkin paket ini dibuat oleh pihak lain: jangan daftarkan kantor tersebut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The same: &amp;register the office</source>
        <translation>Sama: &amp;daftarkan kantor</translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation>&amp;Tidak sama</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Mohon tunggu</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer or promotion: {name}</source>
        <translation>Mutasi atau promosi: {name}</translation>
    </message>
    <message>
        <source>(SKP {months})</source>
        <translation>(SKP {months})</translation>
    </message>
    <message>
        <source>&amp;Last month before the change:</source>
        <translation>Bulan &amp;terakhir sebelum perubahan:</translation>
    </message>
    <message>
        <source>SKP in force: {months} ({status}).</source>
        <translation>SKP yang berlaku: {months} ({status}).</translation>
    </message>
    <message>
        <source>&amp;What happens:</source>
        <translation>&amp;Jenis perubahan:</translation>
    </message>
    <message>
        <source>The last month before the change: the SKP in force then is split</source>
        <translation>Bulan terakhir sebelum perubahan: SKP yang berlaku pada bulan itu dipecah</translation>
    </message>
    <message>
        <source>New &amp;unit:</source>
        <translation>&amp;Unit kerja baru:</translation>
    </message>
    <message>
        <source>New &amp;position (jabatan):</source>
        <translation>Ja&amp;batan baru:</translation>
    </message>
    <message>
        <source>Position t&amp;ype:</source>
        <translation>Je&amp;nis jabatan:</translation>
    </message>
    <message>
        <source>An employee of the office, or an official outside it (marked so)</source>
        <translation>Pegawai kantor ini, atau pejabat di luar instansi (ditandai)</translation>
    </message>
    <message>
        <source>New appr&amp;aiser (pejabat penilai):</source>
        <translation>&amp;Pejabat penilai baru:</translation>
    </message>
    <message>
        <source>RHK the next SKP keeps (with their IKI):</source>
        <translation>RHK yang dibawa ke SKP berikutnya (dengan IKI-nya):</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>Pro&amp;ses…</translation>
    </message>
    <message>
        <source>An earlier SKP of the year: the register keeps today&apos;s post; the new SKP keeps the post and appraiser chosen here.</source>
        <translation>SKP yang lebih awal dalam tahun ini: data pegawai tetap memuat jabatan sekarang; SKP baru memakai jabatan dan pejabat penilai yang dipilih di sini.</translation>
    </message>
    <message>
        <source>The SKP of {name} will end in {last}: it covers {closed} and stays {status}.

A new draft SKP covers {following}, with the unit, position and appraiser chosen here; the register record changes the same way. It keeps {count} of {total} RHK.

The evaluations from {first} on belong to the new SKP.</source>
        <translation>SKP {name} akan berakhir pada {last}: mencakup {closed} dan tetap berstatus {status}.

SKP baru berstatus draf mencakup {following}, dengan unit kerja, jabatan, dan pejabat penilai yang dipilih di sini; data pegawai di register ikut berubah. SKP baru membawa {count} dari {total} RHK.

Evaluasi mulai {first} menjadi milik SKP baru.</translation>
    </message>
    <message>
        <source>The SKP of {name} will end in {last}: it covers {closed} and stays {status}.

A new draft SKP covers {following}, with the unit, position and appraiser chosen here; the register record keeps today&apos;s post. It keeps {count} of {total} RHK.

The evaluations from {first} on belong to the new SKP.</source>
        <translation>SKP {name} akan berakhir pada {last}: mencakup {closed} dan tetap berstatus {status}.

SKP baru berstatus draf mencakup {following}, dengan unit kerja, jabatan, dan pejabat penilai yang dipilih di sini; data pegawai di register tetap memuat jabatan sekarang. SKP baru membawa {count} dari {total} RHK.

Evaluasi mulai {first} menjadi milik SKP baru.</translation>
    </message>
    <message>
        <source>Type the new position.</source>
        <translation>Ketik jabatan baru.</translation>
    </message>
    <message>
        <source>Transfer or promotion</source>
        <translation>Mutasi atau promosi</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Proses</translation>
    </message>
    <message>
        <source>Undo the last transfer of {name} ({kind})?

The draft SKP of {new} is removed and the SKP of {closed} covers {restored} again.</source>
        <translation>Batalkan mutasi terakhir {name} ({kind})?

Draf SKP {new} dihapus dan SKP {closed} kembali mencakup {restored}.</translation>
    </message>
    <message>
        <source>The register record gets its unit, position and appraiser of before the transfer back.</source>
        <translation>Data pegawai kembali ke unit kerja, jabatan, dan pejabat penilai sebelum mutasi.</translation>
    </message>
    <message>
        <source>Undo the transfer</source>
        <translation>Batalkan mutasi</translation>
    </message>
</context>
<context>
    <name>TypedInput</name>
    <message>
        <source>Type a value.</source>
        <translation>Ketik sebuah nilai.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Baris {row}, {column}: {message}</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Add unit</source>
        <translation>Tambah unit</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Ubah unit</translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation>(tingkat teratas)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation>Unit &amp;induk:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>Units (unit kerja)</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>&amp;Add unit</source>
        <translation>&amp;Tambah unit</translation>
    </message>
    <message>
        <source>Add s&amp;ub-unit</source>
        <translation>Tambah su&amp;bunit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Active employees</source>
        <translation>Pegawai aktif</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (tidak aktif)</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <source>Remove the unit {name} ({code})?</source>
        <translation>Hapus unit {name} ({code})?</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Employee (for a supervisor or an employee):</source>
        <translation>&amp;Pegawai (untuk akun atasan atau pegawai):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Repeat passwor&amp;d:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Kedua kata sandi berbeda: ketik kata sandi yang sama dua kali.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Locked for now</source>
        <translation>Terkunci sementara</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Tambah pengguna…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Atur &amp;ulang kata sandi…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>S&amp;taff accounts…</source>
        <translation>Akun pe&amp;gawai…</translation>
    </message>
    <message>
        <source>An account for every employee without one, with one-time passwords on slips</source>
        <translation>Akun untuk setiap pegawai yang belum memilikinya, dengan kata sandi sekali pakai pada slip</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Tutu&amp;p</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Aktifkan kembali</translation>
    </message>
</context>
<context>
    <name>VerifyCodeDialog</name>
    <message>
        <source>Check a verification code</source>
        <translation>Periksa kode verifikasi</translation>
    </message>
    <message>
        <source>Type the verification code printed at the foot of an SKP, evaluation, Dokumen Evaluasi or IDP (or scan its QR code into the field).</source>
        <translation>Ketik kode verifikasi yang tercetak di kaki halaman SKP, evaluasi, Dokumen Evaluasi atau IDP (atau pindai kode QR-nya ke kolom ini).</translation>
    </message>
    <message>
        <source>for example {code}</source>
        <translation>misalnya {code}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Valid: the {kind} {period} of {who} is as printed.</source>
        <translation>Sah: {kind} {period} milik {who} sama dengan yang tercetak.</translation>
    </message>
    <message>
        <source>The code was issued for the {kind} {period} of {who}, but the record has changed since it was printed: the paper no longer matches the database.</source>
        <translation>Kode ini diterbitkan untuk {kind} {period} milik {who}, tetapi datanya telah berubah sejak dicetak: kertas ini tidak lagi sesuai dengan basis data.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Not valid: this office issued no form with this code. Check the code as typed; a form printed by another office is checked there.</source>
        <translation>Tidak sah: kantor ini tidak pernah menerbitkan dokumen dengan kode ini. Periksa kembali kode yang diketik; dokumen yang dicetak kantor lain diperiksa di kantor tersebut.</translation>
    </message>
</context>
<context>
    <name>WorkflowSteps</name>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>the appraiser (pejabat penilai)</source>
        <translation>pejabat penilai</translation>
    </message>
    <message>
        <source>Submit the SKP</source>
        <translation>Ajukan SKP</translation>
    </message>
    <message>
        <source>Submit the SKP {year} of {name} to {appraiser} for approval?

While it waits nobody can change it; {appraiser} approves it or returns it with a reason.</source>
        <translation>Ajukan SKP {year} milik {name} kepada {appraiser} untuk disetujui?

Selama menunggu, SKP tidak dapat diubah siapa pun; {appraiser} menyetujuinya atau mengembalikannya dengan alasan.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <source>Approve the SKP</source>
        <translation>Setujui SKP</translation>
    </message>
    <message>
        <source>Approve the SKP {year} of {name}?

The approved SKP becomes read-only: the evaluations of the year are made on it. Changing it later needs a re-opening with a reason, kept in its history.</source>
        <translation>Setujui SKP {year} milik {name}?

SKP yang disetujui menjadi hanya-baca: evaluasi tahun ini dibuat berdasarkan SKP tersebut. Mengubahnya nanti harus membukanya kembali dengan alasan, yang tercatat di riwayatnya.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>The SKP goes back to {name} as a draft, to be changed and submitted again.
What should {name} change?</source>
        <translation>SKP dikembalikan kepada {name} sebagai draf, untuk diubah dan diajukan lagi.
Apa yang harus diubah oleh {name}?</translation>
    </message>
    <message>
        <source>The approved SKP goes back to draft: it can be changed, then must be submitted and approved again.
Why must the approved SKP change?</source>
        <translation>SKP yang sudah disetujui kembali menjadi draf: SKP dapat diubah, lalu harus diajukan dan disetujui lagi.
Mengapa SKP yang sudah disetujui harus diubah?</translation>
    </message>
    <message>
        <source>Make the evaluation final</source>
        <translation>Tetapkan evaluasi sebagai final</translation>
    </message>
    <message>
        <source>Make the evaluation of {name} for {period} final?

The predikat ({predikat}) is fixed and the evaluation becomes read-only; it prints as final. Changing it later needs a re-opening with a reason, kept in its history.</source>
        <translation>Tetapkan evaluasi {name} untuk {period} sebagai final?

Predikat ({predikat}) menjadi tetap dan evaluasi menjadi hanya-baca; evaluasi dicetak sebagai final. Mengubahnya nanti harus membukanya kembali dengan alasan, yang tercatat di riwayatnya.</translation>
    </message>
    <message>
        <source>Make final</source>
        <translation>Tetapkan final</translation>
    </message>
    <message>
        <source>The final evaluation goes back to draft: its predikat is not final until it is made final again.
Why must the final evaluation change?</source>
        <translation>Evaluasi yang sudah final kembali menjadi draf: predikatnya tidak final sampai ditetapkan final lagi.
Mengapa evaluasi yang sudah final harus diubah?</translation>
    </message>
    <message>
        <source>Make the archive appraisal final</source>
        <translation>Tetapkan penilaian arsip sebagai final</translation>
    </message>
    <message>
        <source>Make the archive appraisal {year} of {name} final?

Its scores are fixed and it becomes read-only. Changing it later needs a re-opening with a reason, kept in its history.</source>
        <translation>Tetapkan penilaian arsip {year} milik {name} sebagai final?

Nilainya menjadi tetap dan penilaian menjadi hanya-baca. Mengubahnya nanti harus membukanya kembali dengan alasan, yang tercatat di riwayatnya.</translation>
    </message>
    <message>
        <source>The final appraisal goes back to draft: its scores are not final until it is made final again.
Why must the final appraisal change?</source>
        <translation>Penilaian yang sudah final kembali menjadi draf: nilainya tidak final sampai ditetapkan final lagi.
Mengapa penilaian yang sudah final harus diubah?</translation>
    </message>
    <message>
        <source>Submit the IDP</source>
        <translation>Ajukan IDP</translation>
    </message>
    <message>
        <source>Submit the IDP {year} of {name} to {appraiser} for agreement?

Submitting records that {name} agrees with it. While it waits nobody can change it; {appraiser} agrees to it or returns it with a reason.</source>
        <translation>Ajukan IDP {year} milik {name} kepada {appraiser} untuk disetujui?

Pengajuan mencatat bahwa {name} menyetujuinya. Selama menunggu, IDP tidak dapat diubah siapa pun; {appraiser} menyetujuinya atau mengembalikannya dengan alasan.</translation>
    </message>
    <message>
        <source>Agree to the IDP</source>
        <translation>Setujui IDP</translation>
    </message>
    <message>
        <source>Agree to the IDP {year} of {name}?

The agreed IDP is locked: afterwards only what was done is recorded. Changing the plan later needs a re-opening with a reason, kept in its history.</source>
        <translation>Setujui IDP {year} milik {name}?

IDP yang disetujui terkunci: sesudahnya hanya kegiatan yang telah dilaksanakan yang dicatat. Mengubah rencananya nanti harus membukanya kembali dengan alasan, yang tercatat di riwayatnya.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>The IDP goes back to {name} as a draft, to be changed and submitted again.
What must the employee change?</source>
        <translation>IDP dikembalikan kepada {name} sebagai draf, untuk diubah dan diajukan lagi.
Apa yang harus diubah oleh pegawai?</translation>
    </message>
    <message>
        <source>The agreed IDP goes back to draft: it can be changed, then must be submitted and agreed again.
Why must the agreed IDP change?</source>
        <translation>IDP yang sudah disetujui kembali menjadi draf: IDP dapat diubah, lalu harus diajukan dan disetujui lagi.
Mengapa IDP yang sudah disetujui harus diubah?</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>The folder {path} does not exist: choose another one.</source>
        <translation>Folder {path} tidak ada: pilih folder lain.</translation>
    </message>
    <message>
        <source>User name &apos;{name}&apos; was taken meanwhile: try again.</source>
        <translation>Nama pengguna &apos;{name}&apos; baru saja dipakai: coba lagi.</translation>
    </message>
    <message>
        <source>The account slips could not be written to {path}: {reason}</source>
        <translation>Slip akun tidak dapat disimpan ke {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>acknowledgement</name>
    <message>
        <source>Only a final evaluation can be acknowledged.</source>
        <translation>Hanya evaluasi yang sudah final yang dapat dinyatakan telah dibaca.</translation>
    </message>
    <message>
        <source>You acknowledged this evaluation already.</source>
        <translation>Anda sudah menyatakan telah membaca evaluasi ini.</translation>
    </message>
</context>
<context>
    <name>acting</name>
    <message>
        <source>Plt. (Pelaksana Tugas: the post is vacant)</source>
        <translation>Plt. (Pelaksana Tugas: jabatan kosong)</translation>
    </message>
    <message>
        <source>Plh. (Pelaksana Harian: the holder is away)</source>
        <translation>Plh. (Pelaksana Harian: pejabatnya berhalangan)</translation>
    </message>
    <message>
        <source>until ended</source>
        <translation>sampai diakhiri</translation>
    </message>
    <message>
        <source>The acting assignment no longer exists.</source>
        <translation>Penugasan Plt/Plh tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Choose who acts: an employee of the office or an official outside it (one).</source>
        <translation>Pilih pelaksananya: pegawai instansi ini atau pejabat di luar instansi (salah satu).</translation>
    </message>
    <message>
        <source>The chosen employee is not an active employee.</source>
        <translation>Pegawai yang dipilih bukan pegawai aktif.</translation>
    </message>
    <message>
        <source>{name} holds this post already: choose someone else to act in it.</source>
        <translation>{name} sudah memangku jabatan ini: pilih orang lain sebagai pelaksana.</translation>
    </message>
    <message>
        <source>The chosen official is not an active official.</source>
        <translation>Pejabat yang dipilih bukan pejabat aktif.</translation>
    </message>
    <message>
        <source>Choose the position (jabatan) acted in.</source>
        <translation>Pilih jabatan yang dilaksanakan.</translation>
    </message>
    <message>
        <source>The position no longer exists.</source>
        <translation>Jabatan tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Choose Plt. or Plh.</source>
        <translation>Pilih Plt. atau Plh.</translation>
    </message>
    <message>
        <source>Give the first day of the assignment.</source>
        <translation>Isi tanggal mulai penugasan.</translation>
    </message>
    <message>
        <source>The last day ({ends}) is before the first day ({starts}).</source>
        <translation>Tanggal akhir ({ends}) sebelum tanggal mulai ({starts}).</translation>
    </message>
    <message>
        <source>Type the number of the decree (nomor SK / surat perintah).</source>
        <translation>Ketik nomor SK / surat perintah.</translation>
    </message>
    <message>
        <source>The decree number is longer than {limit} characters.</source>
        <translation>Nomor SK lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>{position} already has {kind} {name} from {starts} until ended (decree {decree}): the assignments of one position cannot overlap.</source>
        <translation>{position} sudah memiliki {kind} {name} sejak {starts} sampai diakhiri (SK {decree}): penugasan satu jabatan tidak boleh tumpang tindih.</translation>
    </message>
    <message>
        <source>{position} already has {kind} {name} for {starts} – {ends} (decree {decree}): the assignments of one position cannot overlap.</source>
        <translation>{position} sudah memiliki {kind} {name} untuk {starts} – {ends} (SK {decree}): penugasan satu jabatan tidak boleh tumpang tindih.</translation>
    </message>
</context>
<context>
    <name>auth</name>
    <message>
        <source>at least {n} characters</source>
        <translation>paling sedikit {n} karakter</translation>
    </message>
    <message>
        <source>both letters and digits</source>
        <translation>memuat huruf dan angka</translation>
    </message>
    <message>
        <source>upper- and lower-case letters</source>
        <translation>memuat huruf besar dan huruf kecil</translation>
    </message>
    <message>
        <source>not containing the user name</source>
        <translation>tidak memuat nama pengguna</translation>
    </message>
    <message>
        <source>The password is too weak. It needs: {needs}.</source>
        <translation>Kata sandi terlalu lemah. Syarat yang belum terpenuhi: {needs}.</translation>
    </message>
    <message>
        <source>User name &apos;{name}&apos; is not valid: 3 to 40 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation>Nama pengguna &apos;{name}&apos; tidak valid: gunakan 3 sampai 40 huruf kecil, angka, &apos;.&apos;, &apos;-&apos;, atau &apos;_&apos;, diawali dengan huruf.</translation>
    </message>
    <message>
        <source>User name &apos;{name}&apos; is taken.</source>
        <translation>Nama pengguna &apos;{name}&apos; sudah dipakai.</translation>
    </message>
    <message>
        <source>Role &apos;{role}&apos; is not known: use admin, hr, supervisor, viewer or employee.</source>
        <translation>Peran &apos;{role}&apos; tidak dikenal: gunakan admin, hr, supervisor, viewer atau employee.</translation>
    </message>
    <message>
        <source>A supervisor account must be linked to an employee of the register.</source>
        <translation>Akun atasan (pejabat penilai) harus ditautkan ke pegawai yang terdaftar.</translation>
    </message>
    <message>
        <source>An employee account must be linked to an employee of the register.</source>
        <translation>Akun pegawai harus ditautkan ke pegawai dalam daftar pegawai.</translation>
    </message>
    <message>
        <source>The linked employee does not exist.</source>
        <translation>Pegawai yang ditautkan tidak ditemukan.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for 1 more minute.</source>
        <translation>Terlalu banyak kata sandi yang salah: akun dikunci selama 1 menit lagi.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for {minutes} more minutes.</source>
        <translation>Terlalu banyak kata sandi yang salah: akun dikunci selama {minutes} menit lagi.</translation>
    </message>
    <message>
        <source>There is no user &apos;{name}&apos;.</source>
        <translation>Pengguna &apos;{name}&apos; tidak ditemukan.</translation>
    </message>
    <message>
        <source>{name} is the only active administrator and cannot be deactivated: make another administrator first.</source>
        <translation>{name} adalah satu-satunya administrator yang aktif dan tidak dapat dinonaktifkan: jadikan pengguna lain administrator terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>This backup is NOT sealed: it holds the office signing key and the password hashes in the clear. An administrator can create the backup key (Settings &gt; Office identity, or `office backup-key`), after which backups are sealed.</source>
        <translation>Cadangan ini TIDAK tersegel: kunci tanda tangan kantor dan hash kata sandi terbaca apa adanya. Administrator dapat membuat kunci cadangan (Pengaturan &gt; Identitas kantor, atau `office backup-key`); sesudah itu cadangan disegel.</translation>
    </message>
    <message>
        <source>{file} is sealed: type the backup passphrase to restore it.</source>
        <translation>{file} tersegel: ketik frasa sandi cadangan untuk memulihkannya.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Tidak ada basis data yang terbuka.</translation>
    </message>
    <message>
        <source>The backup copy could not be verified ({problem}); try another folder.</source>
        <translation>Salinan cadangan tidak dapat diverifikasi ({problem}); coba folder lain.</translation>
    </message>
    <message>
        <source>{file} cannot be restored: {problem}. Nothing was changed.</source>
        <translation>{file} tidak dapat dipulihkan: {problem}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup passphrase must have at least {count} characters.</source>
        <translation>Frasa sandi cadangan harus paling sedikit {count} karakter.</translation>
    </message>
    <message>
        <source>The hint must not contain the passphrase itself.</source>
        <translation>Petunjuk tidak boleh memuat frasa sandi itu sendiri.</translation>
    </message>
    <message>
        <source>This office already has a backup key.</source>
        <translation>Kantor ini sudah memiliki kunci cadangan.</translation>
    </message>
    <message>
        <source>This office has no backup key yet.</source>
        <translation>Kantor ini belum memiliki kunci cadangan.</translation>
    </message>
    <message>
        <source>The passphrase (or recovery key) does not open {file}. Nothing was changed.</source>
        <translation>Frasa sandi (atau kunci pemulihan) tidak dapat membuka {file}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{file} cannot be opened as a sealed backup: {problem}. Nothing was changed.</source>
        <translation>{file} tidak dapat dibuka sebagai cadangan tersegel: {problem}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The recovery sheet could not be written to {path}: {reason}</source>
        <translation>Lembar pemulihan tidak dapat disimpan ke {path}: {reason}</translation>
    </message>
    <message>
        <source>{tool} was not found on this computer; install the PostgreSQL client tools to back up a server database.</source>
        <translation>{tool} tidak ditemukan di komputer ini; pasang alat klien PostgreSQL untuk mencadangkan basis data server.</translation>
    </message>
    <message>
        <source>The server&apos;s backup failed: {reason}</source>
        <translation>Pencadangan server gagal: {reason}</translation>
    </message>
</context>
<context>
    <name>concurrency</name>
    <message>
        <source>{by} changed this record at {when}, after you opened it. Nothing was saved, so their change is kept. Reload to see it, then make your change again.</source>
        <translation>{by} mengubah data ini pada {when}, setelah Anda membukanya. Tidak ada yang disimpan, jadi perubahan mereka tetap ada. Muat ulang untuk melihatnya, lalu lakukan perubahan Anda lagi.</translation>
    </message>
</context>
<context>
    <name>daily_log</name>
    <message>
        <source>Proposed</source>
        <translation>Diusulkan</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>{value} is not a period.</source>
        <translation>{value} bukan periode.</translation>
    </message>
    <message>
        <source>Action plans (rencana aksi) are planned per period, not for the year.</source>
        <translation>Rencana aksi disusun per periode, bukan untuk setahun.</translation>
    </message>
    <message>
        <source>The action plan no longer exists.</source>
        <translation>Rencana aksi sudah tidak ada.</translation>
    </message>
    <message>
        <source>Choose an RHK of the SKP in force in {period}.</source>
        <translation>Pilih RHK dari SKP yang berlaku pada {period}.</translation>
    </message>
    <message>
        <source>Type the planned action.</source>
        <translation>Ketik rencana aksinya.</translation>
    </message>
    <message>
        <source>The action is longer than {limit} characters.</source>
        <translation>Rencana aksi lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>Type the expected output as a whole number.</source>
        <translation>Ketik target output sebagai bilangan bulat.</translation>
    </message>
    <message>
        <source>The expected output must be between 1 and {limit}.</source>
        <translation>Target output harus antara 1 dan {limit}.</translation>
    </message>
    <message>
        <source>Type the unit of the output (e.g. reports).</source>
        <translation>Ketik satuan output (mis. dokumen).</translation>
    </message>
    <message>
        <source>The unit is longer than 60 characters.</source>
        <translation>Satuan lebih dari 60 karakter.</translation>
    </message>
    <message>
        <source>The RHK no longer exists.</source>
        <translation>RHK sudah tidak ada.</translation>
    </message>
    <message>
        <source>The action plan belongs to another employee.</source>
        <translation>Rencana aksi ini milik pegawai lain.</translation>
    </message>
    <message>
        <source>{count} log entries serve this action plan: it cannot be removed.</source>
        <translation>{count} kegiatan progres harian mengacu pada rencana aksi ini: rencana aksi tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>There is no proposed action plan to agree.</source>
        <translation>Tidak ada rencana aksi yang diusulkan untuk disetujui.</translation>
    </message>
    <message>
        <source>The log entry no longer exists.</source>
        <translation>Kegiatan progres harian sudah tidak ada.</translation>
    </message>
    <message>
        <source>Type the day of the work.</source>
        <translation>Ketik tanggal pekerjaan.</translation>
    </message>
    <message>
        <source>{day} is after today: log work once it is done.</source>
        <translation>{day} setelah hari ini: catat pekerjaan setelah dikerjakan.</translation>
    </message>
    <message>
        <source>{day} lies outside the current period ({period}): say why it is logged now.</source>
        <translation>{day} di luar periode berjalan ({period}): tuliskan alasan baru dicatat sekarang.</translation>
    </message>
    <message>
        <source>Type the start time, e.g. 08.00.</source>
        <translation>Ketik jam mulai, mis. 08.00.</translation>
    </message>
    <message>
        <source>Type the end time, e.g. 09.30.</source>
        <translation>Ketik jam selesai, mis. 09.30.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>Jam selesai harus setelah jam mulai.</translation>
    </message>
    <message>
        <source>Type what was done.</source>
        <translation>Ketik kegiatan yang dikerjakan.</translation>
    </message>
    <message>
        <source>The activity is longer than {limit} characters.</source>
        <translation>Kegiatan lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>Choose the action plan this work serves.</source>
        <translation>Pilih rencana aksi yang didukung pekerjaan ini.</translation>
    </message>
    <message>
        <source>The action plan is another employee&apos;s.</source>
        <translation>Rencana aksi itu milik pegawai lain.</translation>
    </message>
    <message>
        <source>Type who gave the task.</source>
        <translation>Ketik siapa yang memberi tugas.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Nama lebih dari 200 karakter.</translation>
    </message>
    <message>
        <source>Choose daily work or a direct task.</source>
        <translation>Pilih Kinerja Harian atau Tugas Langsung Atasan.</translation>
    </message>
    <message>
        <source>The achievement must be a whole number from 0 to {limit}.</source>
        <translation>Realisasi harus bilangan bulat dari 0 sampai {limit}.</translation>
    </message>
    <message>
        <source>A link starts with http:// or https:// (at most 2000 characters).</source>
        <translation>Tautan diawali http:// atau https:// (paling banyak 2000 karakter).</translation>
    </message>
    <message>
        <source>{day} holds {minutes} minutes of work, more than {limit}: check the times.</source>
        <translation>{day} berisi {minutes} menit kerja, lebih dari {limit}: periksa jamnya.</translation>
    </message>
    <message>
        <source>The times {first} and {second} overlap.</source>
        <translation>Jam {first} dan {second} tumpang tindih.</translation>
    </message>
    <message>
        <source>The entry belongs to another employee.</source>
        <translation>Kegiatan ini milik pegawai lain.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai sudah tidak ada.</translation>
    </message>
    <message>
        <source>The comment is longer than {limit} characters.</source>
        <translation>Komentar lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>{day} holds no entries to copy.</source>
        <translation>{day} tidak berisi kegiatan untuk disalin.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <source>The file {path} could not be copied: {reason}</source>
        <translation>Berkas {path} tidak dapat disalin: {reason}</translation>
    </message>
    <message>
        <source>The entry has no file.</source>
        <translation>Kegiatan ini tidak memiliki berkas.</translation>
    </message>
    <message>
        <source>The indicator is not in the SKP of this evaluation.</source>
        <translation>Indikator itu tidak ada dalam SKP evaluasi ini.</translation>
    </message>
    <message>
        <source>Type the achievement to keep.</source>
        <translation>Ketik realisasi yang dipakai.</translation>
    </message>
    <message>
        <source>Achievement: {problem}</source>
        <translation>Realisasi: {problem}</translation>
    </message>
    <message>
        <source>Say why the achievement differs from the daily log.</source>
        <translation>Tuliskan alasan realisasi berbeda dari progres harian.</translation>
    </message>
    <message>
        <source>{value} is not a month: write it as YYYY-MM, e.g. 2026-11.</source>
        <translation>{value} bukan bulan: tulis sebagai YYYY-MM, mis. 2026-11.</translation>
    </message>
    <message>
        <source>No employee with NIP {nip} in this database.</source>
        <translation>Tidak ada pegawai dengan NIP {nip} di basis data ini.</translation>
    </message>
    <message>
        <source>Type the day.</source>
        <translation>Ketik tanggalnya.</translation>
    </message>
    <message>
        <source>Type the name of the holiday (at most 200 characters).</source>
        <translation>Ketik nama hari libur (paling banyak 200 karakter).</translation>
    </message>
    <message>
        <source>That day is already in the calendar.</source>
        <translation>Tanggal itu sudah ada di kalender.</translation>
    </message>
    <message>
        <source>The holiday no longer exists.</source>
        <translation>Hari libur itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Pilih paling sedikit satu hari.</translation>
    </message>
    <message>
        <source>The recurring activity no longer exists.</source>
        <translation>Kegiatan rutin itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>Unit kerja sudah tidak ada.</translation>
    </message>
    <message>
        <source>You may see nobody&apos;s daily log in {unit}.</source>
        <translation>Anda tidak dapat melihat progres harian siapa pun di {unit}.</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>The disk is full: this change was not saved, and the database keeps everything saved before it. Free some space on the disk of {folder} and try again.</source>
        <translation>Disk penuh: perubahan ini tidak disimpan, dan basis data tetap menyimpan semua yang sudah disimpan sebelumnya. Kosongkan sebagian ruang pada disk {folder}, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program (for example a copy or backup tool, or a database viewer), so this change could not be saved. Nothing was changed. Try again when that program has finished or is closed.</source>
        <translation>Basis data {path} sedang dipakai oleh program lain (misalnya alat penyalin atau pencadangan, atau penampil basis data), sehingga perubahan ini tidak dapat disimpan. Tidak ada yang diubah. Coba lagi setelah program itu selesai atau ditutup.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Making the demo data was cancelled; nothing was written.</source>
        <translation>Pembuatan data demo dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The number of demo employees must be at least 1, not {n}.</source>
        <translation>Jumlah pegawai demo harus paling sedikit 1, bukan {n}.</translation>
    </message>
    <message>
        <source>Planning the office</source>
        <translation>Merencanakan kantor</translation>
    </message>
    <message>
        <source>The database already holds units or employees. Demo data goes only into an empty database: start with a new database file.</source>
        <translation>Basis data ini sudah berisi unit kerja atau pegawai. Data demo hanya dapat dimasukkan ke basis data yang kosong: mulailah dengan berkas basis data baru.</translation>
    </message>
    <message>
        <source>Writing units and positions</source>
        <translation>Menyimpan unit kerja dan jabatan</translation>
    </message>
    <message>
        <source>Creating the demo accounts</source>
        <translation>Membuat akun demo</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
    <message>
        <source>Writing employees</source>
        <translation>Menyimpan data pegawai</translation>
    </message>
    <message>
        <source>Writing the evaluations</source>
        <translation>Menulis evaluasi</translation>
    </message>
    <message>
        <source>Writing the development plans</source>
        <translation>Menyimpan rencana pengembangan</translation>
    </message>
    <message>
        <source>Writing the SKPs</source>
        <translation>Menyimpan data SKP</translation>
    </message>
</context>
<context>
    <name>development</name>
    <message>
        <source>No IDP</source>
        <translation>Belum ada IDP</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Technical (teknis)</source>
        <translation>Teknis</translation>
    </message>
    <message>
        <source>Managerial (manajerial)</source>
        <translation>Manajerial</translation>
    </message>
    <message>
        <source>Socio-cultural (sosial kultural)</source>
        <translation>Sosial kultural</translation>
    </message>
    <message>
        <source>Classroom (klasikal)</source>
        <translation>Klasikal</translation>
    </message>
    <message>
        <source>Non-classroom (nonklasikal)</source>
        <translation>Nonklasikal</translation>
    </message>
    <message>
        <source>JP &apos;{value}&apos; is not a number.</source>
        <translation>JP &apos;{value}&apos; bukan angka.</translation>
    </message>
    <message>
        <source>The IDP no longer exists.</source>
        <translation>IDP tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>The year is closed: nothing can change.</source>
        <translation>Tahun sudah ditutup: tidak ada yang dapat diubah.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>{name} already has an IDP for {year}: open that one.</source>
        <translation>{name} sudah memiliki IDP tahun {year}: buka IDP tersebut.</translation>
    </message>
    <message>
        <source>There is no IDP for {year} yet.</source>
        <translation>Belum ada IDP untuk tahun {year}.</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters.</source>
        <translation>Teks lebih panjang dari {limit} karakter.</translation>
    </message>
    <message>
        <source>Gap {n}: competence type &apos;{value}&apos; is not known.</source>
        <translation>Kesenjangan {n}: jenis kompetensi &apos;{value}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>Gap {n}: a text is longer than {limit} characters.</source>
        <translation>Kesenjangan {n}: ada teks yang lebih panjang dari {limit} karakter.</translation>
    </message>
    <message>
        <source>Activity {n}: kind of training {value} is not known.</source>
        <translation>Kegiatan {n}: jenis diklat {value} tidak dikenal.</translation>
    </message>
    <message>
        <source>Activity {n}: planned JP &apos;{value}&apos; is not a number.</source>
        <translation>Kegiatan {n}: rencana JP &apos;{value}&apos; bukan angka.</translation>
    </message>
    <message>
        <source>Activity {n}: {problem}</source>
        <translation>Kegiatan {n}: {problem}</translation>
    </message>
    <message>
        <source>Activity {n}: the cost {value} must be between 0 and {max} rupiah.</source>
        <translation>Kegiatan {n}: biaya {value} harus antara 0 dan {max} rupiah.</translation>
    </message>
    <message>
        <source>Activity {n} ends before it starts.</source>
        <translation>Kegiatan {n} berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>Activity {n} serves a gap that is not in the IDP.</source>
        <translation>Kegiatan {n} ditujukan untuk kesenjangan yang tidak ada dalam IDP.</translation>
    </message>
    <message>
        <source>This IDP is {status} and locked: it can be changed only after it is returned or re-opened.</source>
        <translation>IDP ini berstatus {status} dan terkunci: IDP hanya dapat diubah setelah dikembalikan atau dibuka kembali.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; was done and counts towards the JP: it stays in the IDP.</source>
        <translation>&apos;{title}&apos; sudah selesai dan dihitung dalam JP: kegiatan ini tetap berada dalam IDP.</translation>
    </message>
    <message>
        <source>The IDP names no competence to develop.</source>
        <translation>IDP belum menyebutkan kompetensi yang akan dikembangkan.</translation>
    </message>
    <message>
        <source>Gap {n} names no competence.</source>
        <translation>Kesenjangan {n} belum menyebutkan kompetensinya.</translation>
    </message>
    <message>
        <source>Gap {n} has no success indicator.</source>
        <translation>Kesenjangan {n} belum memiliki indikator keberhasilan.</translation>
    </message>
    <message>
        <source>The IDP plans no activity.</source>
        <translation>IDP belum merencanakan kegiatan apa pun.</translation>
    </message>
    <message>
        <source>Activity {n} has no name.</source>
        <translation>Kegiatan {n} belum memiliki nama.</translation>
    </message>
    <message>
        <source>Activity {n} has no planned JP.</source>
        <translation>Kegiatan {n} belum memiliki rencana JP.</translation>
    </message>
    <message>
        <source>Activity {n} has no schedule.</source>
        <translation>Kegiatan {n} belum memiliki jadwal.</translation>
    </message>
    <message>
        <source>Only a draft or returned IDP can be submitted.</source>
        <translation>Hanya IDP berstatus draf atau dikembalikan yang dapat diajukan.</translation>
    </message>
    <message>
        <source>The IDP is not complete: {problems}</source>
        <translation>IDP belum lengkap: {problems}</translation>
    </message>
    <message>
        <source>Only a submitted IDP can be agreed.</source>
        <translation>Hanya IDP berstatus diajukan yang dapat disetujui.</translation>
    </message>
    <message>
        <source>Give the reason, so the employee knows what to change.</source>
        <translation>Isi alasannya agar pegawai mengetahui apa yang perlu diubah.</translation>
    </message>
    <message>
        <source>Only a submitted IDP can be returned.</source>
        <translation>Hanya IDP berstatus diajukan yang dapat dikembalikan.</translation>
    </message>
    <message>
        <source>Only an agreed IDP can be re-opened.</source>
        <translation>Hanya IDP berstatus disetujui yang dapat dibuka kembali.</translation>
    </message>
    <message>
        <source>The development activity no longer exists.</source>
        <translation>Kegiatan pengembangan tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Give the date the activity ended.</source>
        <translation>Isi tanggal selesainya kegiatan.</translation>
    </message>
    <message>
        <source>The activity ends before it starts.</source>
        <translation>Kegiatan berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>Give the JP (or the minutes) of the activity.</source>
        <translation>Isi JP (atau jumlah menit) kegiatan.</translation>
    </message>
    <message>
        <source>Give the name of the activity.</source>
        <translation>Isi nama kegiatan.</translation>
    </message>
    <message>
        <source>The cost {value} must be between 0 and {max} rupiah.</source>
        <translation>Biaya {value} harus antara 0 dan {max} rupiah.</translation>
    </message>
    <message>
        <source>Record the activity as done before attaching its certificate.</source>
        <translation>Catat kegiatan sebagai selesai sebelum melampirkan sertifikatnya.</translation>
    </message>
    <message>
        <source>A text is too long.</source>
        <translation>Ada teks yang terlalu panjang.</translation>
    </message>
    <message>
        <source>A cancelled activity cannot be completed: reset it first.</source>
        <translation>Kegiatan yang sudah dibatalkan tidak dapat dicatat selesai: kembalikan ke status direncanakan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Only a planned activity of the IDP can be cancelled.</source>
        <translation>Hanya kegiatan IDP yang berstatus direncanakan yang dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Only a done or cancelled IDP activity can be reset.</source>
        <translation>Hanya kegiatan IDP yang sudah selesai atau dibatalkan yang dapat dikembalikan ke status direncanakan.</translation>
    </message>
    <message>
        <source>This activity belongs to the IDP: cancel it there instead.</source>
        <translation>Kegiatan ini termasuk dalam IDP: batalkan kegiatan tersebut di IDP, jangan dihapus.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <source>The file {path} could not be copied: {reason}</source>
        <translation>Berkas {path} tidak dapat disalin: {reason}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>dialogue</name>
    <message>
        <source>The dialogue record no longer exists.</source>
        <translation>Catatan dialog ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Choose dialog kinerja or konseling kinerja.</source>
        <translation>Pilih dialog kinerja atau konseling kinerja.</translation>
    </message>
    <message>
        <source>Type the day it was held.</source>
        <translation>Ketik tanggal pelaksanaannya.</translation>
    </message>
    <message>
        <source>The day held ({held}) is after today: record it once it took place.</source>
        <translation>Tanggal pelaksanaan ({held}) sesudah hari ini: catat setelah terlaksana.</translation>
    </message>
    <message>
        <source>Type the topic discussed.</source>
        <translation>Ketik topik yang dibahas.</translation>
    </message>
    <message>
        <source>The topic is longer than {limit} characters.</source>
        <translation>Topik lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>What was agreed is longer than {limit} characters.</source>
        <translation>Kesepakatan lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>At most {limit} other participants.</source>
        <translation>Paling banyak {limit} peserta lain.</translation>
    </message>
    <message>
        <source>A participant&apos;s name is longer than 200 characters.</source>
        <translation>Nama seorang peserta lebih dari 200 karakter.</translation>
    </message>
    <message>
        <source>The evaluation chosen is not one of this employee&apos;s.</source>
        <translation>Evaluasi yang dipilih bukan milik pegawai ini.</translation>
    </message>
    <message>
        <source>The IDP chosen is not one of this employee&apos;s.</source>
        <translation>IDP yang dipilih bukan milik pegawai ini.</translation>
    </message>
    <message>
        <source>The record belongs to another employee.</source>
        <translation>Catatan ini milik pegawai lain.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai ini sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>employee_io</name>
    <message>
        <source>18 digits (spaces allowed). Format the column as Text so that Excel keeps every digit. Birth date and gender are taken from the NIP.</source>
        <translation>18 digit (boleh dengan spasi). Format kolom sebagai Teks agar Excel menyimpan semua digit. Tanggal lahir dan jenis kelamin diambil dari NIP.</translation>
    </message>
    <message>
        <source>PNS or PPPK. Leave it empty to take it from the NIP.</source>
        <translation>PNS atau PPPK. Kosongkan agar diambil dari NIP.</translation>
    </message>
    <message>
        <source>Titles written before the name.</source>
        <translation>Gelar yang ditulis di depan nama.</translation>
    </message>
    <message>
        <source>The name without titles.</source>
        <translation>Nama tanpa gelar.</translation>
    </message>
    <message>
        <source>Titles written after the name.</source>
        <translation>Gelar yang ditulis di belakang nama.</translation>
    </message>
    <message>
        <source>PNS: I/a to IV/e. PPPK: I to XVII. See the lists below.</source>
        <translation>PNS: I/a sampai IV/e. PPPK: I sampai XVII. Lihat daftar di bawah.</translation>
    </message>
    <message>
        <source>The date the golongan took effect, e.g. 01-04-2020, 2020-04-01 or 1 April 2020.</source>
        <translation>Tanggal mulai berlaku (TMT) golongan, misalnya 01-04-2020, 2020-04-01, atau 1 April 2020.</translation>
    </message>
    <message>
        <source>The name of the jabatan.</source>
        <translation>Nama jabatan.</translation>
    </message>
    <message>
        <source>JPT, Administrator, Pengawas, Pelaksana or Fungsional.</source>
        <translation>JPT, Administrator, Pengawas, Pelaksana, atau Fungsional.</translation>
    </message>
    <message>
        <source>Only for Fungsional: see the list below.</source>
        <translation>Hanya untuk Fungsional: lihat daftar di bawah.</translation>
    </message>
    <message>
        <source>Only for JPT, Administrator and Pengawas: I.a to V.b, or the SIMPEG code (31). Empty means Non Eselon.</source>
        <translation>Hanya untuk JPT, Administrator, dan Pengawas: I.a sampai V.b, atau kode SIMPEG (31). Kosong berarti Non Eselon.</translation>
    </message>
    <message>
        <source>The date the jabatan took effect.</source>
        <translation>Tanggal mulai berlaku (TMT) jabatan.</translation>
    </message>
    <message>
        <source>The code of the unit (list below). Empty: the unit chosen for the import, or the unit named in the column &apos;Unit Kerja&apos;.</source>
        <translation>Kode unit kerja (daftar di bawah). Kosong: unit yang dipilih untuk impor, atau unit yang disebut di kolom Unit Kerja.</translation>
    </message>
    <message>
        <source>NIP of the direct superior: someone already in the app or another row of this file.</source>
        <translation>NIP atasan langsung: pegawai yang sudah ada di aplikasi atau di baris lain dalam berkas ini.</translation>
    </message>
    <message>
        <source>NIP of the appraiser (usually the direct superior).</source>
        <translation>NIP pejabat penilai kinerja (biasanya atasan langsung).</translation>
    </message>
    <message>
        <source>Aktif or Tidak Aktif. Empty means Aktif.</source>
        <translation>Aktif atau Tidak Aktif. Kosong berarti Aktif.</translation>
    </message>
    <message>
        <source>Needed when the status is Tidak Aktif (pensiun, mutasi, ...).</source>
        <translation>Wajib diisi jika status Tidak Aktif (pensiun, mutasi, ...).</translation>
    </message>
    <message>
        <source>The PNS ID SIASN shows for the employee (its external key for SIASN uploads). Optional.</source>
        <translation>PNS ID pegawai seperti yang tampil di SIASN (kunci eksternal untuk unggahan ke SIASN). Boleh dikosongkan.</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>The NIP was stored as a number by Excel and lost digits ({value}): format the column as Text and type the NIP again.</source>
        <translation>NIP disimpan Excel sebagai angka sehingga ada digit yang hilang ({value}): format kolom sebagai Teks, lalu ketik ulang NIP.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date: write it as 31-01-2026, 2026-01-31 or 31 Januari 2026.</source>
        <translation>&apos;{value}&apos; bukan tanggal: tulis sebagai 31-01-2026, 2026-01-31, atau 31 Januari 2026.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a jenis jabatan: write JPT, Administrator, Pengawas, Pelaksana or Fungsional.</source>
        <translation>&apos;{value}&apos; bukan jenis jabatan: tulis JPT, Administrator, Pengawas, Pelaksana, atau Fungsional.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a jenjang JF: write Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir or Penyelia.</source>
        <translation>&apos;{value}&apos; bukan jenjang JF: tulis Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir, atau Penyelia.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a status: write Aktif or Tidak Aktif.</source>
        <translation>&apos;{value}&apos; bukan status: tulis Aktif atau Tidak Aktif.</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({reason}). Open it in Excel and save it again as an Excel workbook (.xlsx) or CSV.</source>
        <translation>Berkas {name} tidak dapat dibaca ({reason}). Buka berkas di Excel, lalu simpan ulang sebagai buku kerja Excel (.xlsx) atau CSV.</translation>
    </message>
    <message>
        <source>{name} is not an .xlsx or .csv file. In Excel use Save As and choose &apos;Excel Workbook (*.xlsx)&apos; or &apos;CSV&apos;.</source>
        <translation>{name} bukan berkas .xlsx atau .csv. Di Excel, gunakan Save As (Simpan Sebagai), lalu pilih &apos;Excel Workbook (*.xlsx)&apos; atau &apos;CSV&apos;.</translation>
    </message>
    <message>
        <source>The file {name} could not be opened: {reason}</source>
        <translation>Berkas {name} tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file (it is a device, a pipe or a link to one): save the data as an .xlsx or .csv file and import that.</source>
        <translation>{name} bukan berkas biasa (berkas itu perangkat, pipa, atau tautan ke salah satunya): simpan data sebagai berkas .xlsx atau .csv, lalu impor berkas tersebut.</translation>
    </message>
    <message>
        <source>The file {name} is {size} MB; files up to {limit} MB can be imported. Split it into smaller files.</source>
        <translation>Ukuran berkas {name} {size} MB; berkas yang dapat diimpor paling besar {limit} MB. Pecah menjadi beberapa berkas yang lebih kecil.</translation>
    </message>
    <message>
        <source>A cell of sheet {sheet} ({cell}) holds more than {limit} characters ({length}): no register value is that long. Remove it and save the file again.</source>
        <translation>Sebuah sel di lembar {sheet} ({cell}) berisi lebih dari {limit} karakter ({length}): tidak ada data pegawai sepanjang itu. Hapus isinya, lalu simpan ulang berkas.</translation>
    </message>
    <message>
        <source>A cell of the file {name} ({cell}) holds more than {limit} characters ({length}): no register value is that long. Remove it and save the file again.</source>
        <translation>Sebuah sel di berkas {name} ({cell}) berisi lebih dari {limit} karakter ({length}): tidak ada data pegawai sepanjang itu. Hapus isinya, lalu simpan ulang berkas.</translation>
    </message>
    <message>
        <source>Row {row} of sheet {sheet} has {count} columns; at most {limit} can be read. Delete the empty columns at the right and save the file again.</source>
        <translation>Baris {row} di lembar {sheet} memiliki {count} kolom; paling banyak {limit} kolom yang dapat dibaca. Hapus kolom kosong di sebelah kanan, lalu simpan ulang berkas.</translation>
    </message>
    <message>
        <source>Row {row} of the file {name} has {count} columns; at most {limit} can be read. Delete the empty columns at the right and save the file again.</source>
        <translation>Baris {row} di berkas {name} memiliki {count} kolom; paling banyak {limit} kolom yang dapat dibaca. Hapus kolom kosong di sebelah kanan, lalu simpan ulang berkas.</translation>
    </message>
    <message>
        <source>Sheet {sheet} has more than {limit} rows (empty ones included): delete the empty rows below the data and save the file again.</source>
        <translation>Lembar {sheet} memiliki lebih dari {limit} baris (termasuk baris kosong): hapus baris kosong di bawah data, lalu simpan ulang berkas.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} rows (empty ones included): delete the empty rows below the data and save the file again.</source>
        <translation>Berkas {name} memiliki lebih dari {limit} baris (termasuk baris kosong): hapus baris kosong di bawah data, lalu simpan ulang berkas.</translation>
    </message>
    <message>
        <source>The workbook {name} unpacks to more than {limit} MB: it holds far more than a staff list. Copy the staff rows into a new workbook and import that.</source>
        <translation>Isi buku kerja {name} jika dibuka lebih dari {limit} MB: jauh lebih besar daripada daftar pegawai. Salin baris data pegawai ke buku kerja baru, lalu impor buku kerja tersebut.</translation>
    </message>
    <message>
        <source>The file has no column {columns}. Read sheet {sheet}, header row {row}: recognised {found}; not recognised {unknown}. Map the columns, or save a blank template from the app and copy the data into it.</source>
        <translation>Berkas tidak memiliki kolom {columns}. Yang dibaca: lembar {sheet}, baris judul kolom {row}; dikenali: {found}; tidak dikenali: {unknown}. Petakan kolomnya, atau simpan templat kosong dari aplikasi dan salin data ke dalamnya.</translation>
    </message>
    <message>
        <source>The row has {cells} cells, the header {width}: a value that holds the separator &apos;{delimiter}&apos; without quotes (e.g. a name with its gelar, &apos;BUDI, S.Pd&apos;) moved the cells after it into the wrong columns. Put that value in double quotes, or open the file in Excel and save it again as CSV.</source>
        <translation>Baris ini berisi {cells} sel, judul kolomnya {width}: sebuah nilai yang memuat pemisah &apos;{delimiter}&apos; tanpa tanda kutip (mis. nama dengan gelarnya, &apos;BUDI, S.Pd&apos;) menggeser sel sesudahnya ke kolom yang salah. Apit nilai itu dengan tanda kutip ganda, atau buka berkas di Excel lalu simpan lagi sebagai CSV.</translation>
    </message>
    <message>
        <source>The column {column} appears twice (columns {first} and {second}): keep one.</source>
        <translation>Kolom {column} muncul dua kali (kolom {first} dan {second}): pertahankan salah satu saja.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows: split it into files of at most {limit} rows.</source>
        <translation>Berkas berisi lebih dari {limit} baris: pecah menjadi beberapa berkas yang masing-masing paling banyak {limit} baris.</translation>
    </message>
    <message>
        <source>The workbook has no sheet {sheet}; its sheets: {names}.</source>
        <translation>Buku kerja tidak memiliki lembar {sheet}; lembarnya: {names}.</translation>
    </message>
    <message>
        <source>The file {name} is empty. Save a blank template from the app, fill it in and import that.</source>
        <translation>Berkas {name} kosong. Simpan templat kosong dari aplikasi, isi templat tersebut, lalu impor.</translation>
    </message>
    <message>
        <source>&apos;{pair}&apos; is not HEADER=field (e.g. &quot;UNOR NAMA=unit_name&quot;).</source>
        <translation>&apos;{pair}&apos; tidak berbentuk JUDUL=isian (misalnya &quot;UNOR NAMA=unit_name&quot;).</translation>
    </message>
    <message>
        <source>The file has no column &apos;{header}&apos;; its columns: {names}.</source>
        <translation>Berkas tidak memiliki kolom &apos;{header}&apos;; kolomnya: {names}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field; the fields: {names}.</source>
        <translation>&apos;{field}&apos; bukan isian yang dikenal; isian yang ada: {names}.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, header row {row}: recognised {found}; not recognised {unknown}. Map the columns or fix the header row.</source>
        <translation>Lembar {sheet}, baris judul kolom {row}: dikenali {found}; tidak dikenali {unknown}. Petakan kolomnya atau perbaiki baris judul kolom.</translation>
    </message>
    <message>
        <source>The NIP is empty: every row needs the employee&apos;s NIP / NI PPPK.</source>
        <translation>NIP kosong: setiap baris harus berisi NIP / NI PPPK pegawai.</translation>
    </message>
    <message>
        <source>The text has {count} characters; at most {limit} fit: shorten it.</source>
        <translation>Teks terdiri atas {count} karakter, sedangkan batasnya {limit} karakter: persingkat teks.</translation>
    </message>
    <message>
        <source>The unit code is empty: every employee needs a unit.</source>
        <translation>Kode unit kosong: setiap pegawai harus memiliki unit kerja.</translation>
    </message>
    <message>
        <source>Unit code &apos;{code}&apos; is not in this office&apos;s register: use a code from the Petunjuk sheet of the template, or add the unit first.</source>
        <translation>Kode unit &apos;{code}&apos; tidak terdaftar di kantor ini: gunakan kode dari lembar Petunjuk pada templat, atau tambahkan unit tersebut terlebih dahulu.</translation>
    </message>
    <message>
        <source>The telephone &apos;{text}&apos; is not an Indonesian number: it is imported as written; correct it in the employee form.</source>
        <translation>Telepon &apos;{text}&apos; bukan nomor Indonesia: diimpor seperti tertulis; perbaiki di formulir pegawai.</translation>
    </message>
    <message>
        <source>The unit &apos;{name}&apos; is not in the register: the employee goes to {unit}. Let the import create the unit, or move the employee later.</source>
        <translation>Unit &apos;{name}&apos; tidak ada dalam daftar unit: pegawai ditempatkan di {unit}. Biarkan impor membuat unit tersebut, atau pindahkan pegawai nanti.</translation>
    </message>
    <message>
        <source>The unit &apos;{name}&apos; was taken as the register&apos;s unit &apos;{unit}&apos; (the same name, written longer): check it.</source>
        <translation>Unit &apos;{name}&apos; diambil sebagai unit &apos;{unit}&apos; di daftar unit (nama yang sama, ditulis lebih panjang): periksa kembali.</translation>
    </message>
    <message>
        <source>The row had problems in the preview.</source>
        <translation>Baris ini bermasalah pada pratinjau.</translation>
    </message>
    <message>
        <source>NIP {nip} appears more than once in the file (rows {rows}): keep one row per employee.</source>
        <translation>NIP {nip} muncul lebih dari sekali dalam berkas (baris {rows}): gunakan satu baris untuk setiap pegawai.</translation>
    </message>
    <message>
        <source>{nip} is row {row} of this file, which has problems and will not be imported: fix that row first.</source>
        <translation>{nip} ada di baris {row} berkas ini, yang bermasalah dan tidak akan diimpor: perbaiki baris tersebut terlebih dahulu.</translation>
    </message>
    <message>
        <source>{nip} is neither in the register nor in this file: add that person first, or leave the cell empty.</source>
        <translation>{nip} tidak ada di daftar pegawai maupun di berkas ini: tambahkan pegawai tersebut terlebih dahulu, atau kosongkan sel ini.</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv, not {name}.</source>
        <translation>Ekspor ke berkas berakhiran .xlsx atau .csv, bukan {name}.</translation>
    </message>
    <message>
        <source>Fill in one row per employee on the sheet Pegawai. Keep the first row with the column names; the shaded columns (NIP / NI PPPK, Nama) are required. A row without Golongan, Jabatan or NIP Pejabat Penilai is imported as incomplete (Data belum lengkap); a row without Kode Unit goes to the unit chosen for the import.</source>
        <translation>Isi satu baris untuk setiap pegawai pada lembar Pegawai. Jangan ubah baris pertama yang berisi nama kolom; kolom yang diarsir (NIP / NI PPPK, Nama) wajib diisi. Baris tanpa Golongan, Jabatan, atau NIP Pejabat Penilai diimpor sebagai data belum lengkap; baris tanpa Kode Unit ditempatkan di unit yang dipilih saat impor.</translation>
    </message>
    <message>
        <source>Before anything is saved the app shows every row with its problems. After you confirm, either all valid rows are saved or none.</source>
        <translation>Sebelum data disimpan, aplikasi menampilkan setiap baris beserta masalahnya. Setelah Anda mengonfirmasi, semua baris yang valid disimpan sekaligus, atau tidak ada yang disimpan sama sekali.</translation>
    </message>
    <message>
        <source>Importing again updates the employees with the same NIP. Columns left out of the file keep their values; empty cells clear them.</source>
        <translation>Impor ulang akan memperbarui pegawai dengan NIP yang sama. Kolom yang tidak ada dalam berkas tetap mempertahankan nilainya; sel yang kosong akan mengosongkan nilainya.</translation>
    </message>
    <message>
        <source>Golongan PNS</source>
        <translation>Golongan PNS</translation>
    </message>
    <message>
        <source>Golongan PPPK</source>
        <translation>Golongan PPPK</translation>
    </message>
    <message>
        <source>Jenis Jabatan</source>
        <translation>Jenis Jabatan</translation>
    </message>
    <message>
        <source>Jenjang JF</source>
        <translation>Jenjang JF</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <source>Unit codes of this office</source>
        <translation>Kode unit kantor ini</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Appraiser (pejabat penilai)</source>
        <translation>Pejabat penilai</translation>
    </message>
    <message>
        <source>Level of the jabatan fungsional (jenjang)</source>
        <translation>Jenjang jabatan fungsional</translation>
    </message>
    <message>
        <source>The record of {name} is incomplete: fill in {fields} in the register (Pegawai) first.</source>
        <translation>Data {name} belum lengkap: isi dulu {fields} di menu Pegawai.</translation>
    </message>
    <message>
        <source>No NIP / NI PPPK: not an ASN (honorer or other staff).</source>
        <translation>Tanpa NIP / NI PPPK: bukan ASN (tenaga honorer atau staf lain).</translation>
    </message>
    <message>
        <source>The employee type &apos;{value}&apos; is not PNS or PPPK.</source>
        <translation>Jenis pegawai &apos;{value}&apos; bukan PNS atau PPPK.</translation>
    </message>
    <message>
        <source>The cell holds a formula whose result was never saved (the file was written by a program, not by Excel): open the file in Excel, save it and import it again.</source>
        <translation>Sel berisi rumus yang hasilnya belum pernah disimpan (berkas dibuat oleh program, bukan oleh Excel): buka berkas di Excel, simpan, lalu impor lagi.</translation>
    </message>
    <message>
        <source>The NIP {nip} ends in 000: it looks rounded by Excel, which keeps only 15 digits of a number. Format the column as Text and type the NIP again.</source>
        <translation>NIP {nip} berakhiran 000: tampaknya dibulatkan oleh Excel, yang hanya menyimpan 15 digit sebuah angka. Format kolom sebagai Teks, lalu ketik ulang NIP.</translation>
    </message>
    <message>
        <source>The titles (gelar) were split off the name &apos;{written}&apos;: name &apos;{name}&apos;, titles &apos;{titles}&apos;. Check it.</source>
        <translation>Gelar dipisahkan dari nama &apos;{written}&apos;: nama &apos;{name}&apos;, gelar &apos;{titles}&apos;. Periksa kembali.</translation>
    </message>
    <message>
        <source>The kedudukan hukum &apos;{value}&apos; is not one of the SIASN list: nothing was recorded for it. Record the employee&apos;s kedudukan hukum in the register (Kedudukan hukum...) if it is not Aktif.</source>
        <translation>Kedudukan hukum &apos;{value}&apos; tidak ada dalam daftar SIASN: tidak ada yang dicatat untuknya. Catat kedudukan hukum pegawai di data pegawai (Kedudukan hukum...) bila bukan Aktif.</translation>
    </message>
    <message>
        <source>The grade {grade} was taken from the rank &apos;{rank}&apos;.</source>
        <translation>Golongan {grade} diambil dari pangkat &apos;{rank}&apos;.</translation>
    </message>
    <message>
        <source>The rank &apos;{rank}&apos; belongs to grade {rank_grade}, but the grade is {grade}: {grade} was kept. Check which one is right.</source>
        <translation>Pangkat &apos;{rank}&apos; milik golongan {rank_grade}, tetapi golongannya {grade}: yang dipakai {grade}. Periksa mana yang benar.</translation>
    </message>
    <message>
        <source>The position &apos;{name}&apos; is a functional position (jabatan fungsional) written without its level (jenjang, e.g. Ahli Pertama, Terampil): it is imported as &apos;{name}&apos; with the level not filled in, and the record is listed as incomplete. Choose the level in the employee form, or write it in the file (e.g. &apos;{name} Ahli Pertama&apos;).</source>
        <translation>Jabatan &apos;{name}&apos; adalah jabatan fungsional yang ditulis tanpa jenjangnya (mis. Ahli Pertama, Terampil): diimpor sebagai &apos;{name}&apos; dengan jenjang belum diisi, dan datanya tercatat belum lengkap. Pilih jenjangnya di formulir pegawai, atau tulis di berkas (mis. &apos;{name} Ahli Pertama&apos;).</translation>
    </message>
    <message>
        <source>&apos;{written}&apos; is an additional task (tugas tambahan) of a teacher, not a position: the position is taken as the jabatan fungsional {guru}. Check it.</source>
        <translation>&apos;{written}&apos; adalah tugas tambahan seorang guru, bukan jabatan: jabatannya diambil sebagai jabatan fungsional {guru}. Periksa kembali.</translation>
    </message>
    <message>
        <source>The jenis jabatan {type} was inferred from the jabatan &apos;{name}&apos;: check it.</source>
        <translation>Jenis jabatan {type} disimpulkan dari nama jabatan &apos;{name}&apos;: periksa kembali.</translation>
    </message>
    <message>
        <source>The date &apos;{value}&apos; was read day first, as {date}; it could also be {other}. Check it.</source>
        <translation>Tanggal &apos;{value}&apos; dibaca dengan hari lebih dulu, sebagai {date}; bisa juga berarti {other}. Periksa kembali.</translation>
    </message>
    <message>
        <source>The birth date {written} differs from the one in the NIP ({nip_date}): the NIP&apos;s date is kept. Check the NIP and the date.</source>
        <translation>Tanggal lahir {written} berbeda dengan tanggal lahir dalam NIP ({nip_date}): yang dipakai tanggal dari NIP. Periksa NIP dan tanggalnya.</translation>
    </message>
    <message>
        <source>The gender {written} differs from the one in the NIP ({nip_gender}): the NIP&apos;s is kept. Check the NIP.</source>
        <translation>Jenis kelamin {written} berbeda dengan yang tercantum dalam NIP ({nip_gender}): yang dipakai dari NIP. Periksa NIP.</translation>
    </message>
    <message>
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>PNS ID (SIASN)</source>
        <translation>PNS ID (SIASN)</translation>
    </message>
    <message>
        <source>Employee type (PNS / PPPK)</source>
        <translation>Jenis pegawai (PNS / PPPK)</translation>
    </message>
    <message>
        <source>Title before the name</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <source>Title after the name</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth (checked against the NIP)</source>
        <translation>Tanggal lahir (dicocokkan dengan NIP)</translation>
    </message>
    <message>
        <source>Gender (checked against the NIP)</source>
        <translation>Jenis kelamin (dicocokkan dengan NIP)</translation>
    </message>
    <message>
        <source>Rank (pangkat)</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <source>NIP of the direct superior (atasan langsung)</source>
        <translation>NIP atasan langsung</translation>
    </message>
    <message>
        <source>NIP of the appraiser (pejabat penilai)</source>
        <translation>NIP pejabat penilai</translation>
    </message>
    <message>
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <source>Jenis jabatan</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Kode unit</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Nama unit</translation>
    </message>
    <message>
        <source>Status (Aktif / Tidak Aktif)</source>
        <translation>Status (Aktif / Tidak Aktif)</translation>
    </message>
    <message>
        <source>Kedudukan hukum</source>
        <translation>Kedudukan hukum</translation>
    </message>
    <message>
        <source>Reason inactive</source>
        <translation>Alasan tidak aktif</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>The chosen default unit no longer exists: choose another.</source>
        <translation>Unit bawaan yang dipilih sudah tidak ada: pilih unit lain.</translation>
    </message>
    <message>
        <source>The register has no unit yet: add the office&apos;s main unit (Unit Kerja) first, then import the staff list.</source>
        <translation>Belum ada unit kerja: tambahkan dulu unit utama kantor (Unit Kerja), lalu impor daftar pegawai.</translation>
    </message>
    <message>
        <source>The register changed after the preview: a row can no longer be imported (row {row}: {problem}). Nothing was imported: open the file again.</source>
        <translation>Daftar pegawai berubah setelah pratinjau: satu baris tidak dapat diimpor lagi (baris {row}: {problem}). Tidak ada yang diimpor: buka kembali berkas tersebut.</translation>
    </message>
    <message>
        <source>The register changed after the preview: {count} rows can no longer be imported (row {row}: {problem}). Nothing was imported: open the file again.</source>
        <translation>Daftar pegawai berubah setelah pratinjau: {count} baris tidak dapat diimpor lagi (baris {row}: {problem}). Tidak ada yang diimpor: buka kembali berkas tersebut.</translation>
    </message>
    <message>
        <source>The kedudukan hukum {status} was not recorded: {recorded} is recorded from {first}. Change it in the register (Kedudukan hukum...) if the file is right.</source>
        <translation>Kedudukan hukum {status} tidak dicatat: {recorded} sudah tercatat sejak {first}. Ubah di data pegawai (Kedudukan hukum...) bila berkasnya benar.</translation>
    </message>
    <message>
        <source>The kedudukan hukum {status} is recorded from {first}, the day of the import (the file gives no first day): correct the first day in the register (Kedudukan hukum...) if it started earlier.</source>
        <translation>Kedudukan hukum {status} dicatat sejak {first}, hari impor (berkas tidak memuat tanggal mulainya): perbaiki tanggal mulainya di data pegawai (Kedudukan hukum...) bila dimulai lebih awal.</translation>
    </message>
</context>
<context>
    <name>employees</name>
    <message>
        <source>NIP is not valid: {reason}</source>
        <translation>NIP tidak valid: {reason}</translation>
    </message>
    <message>
        <source>The number {nip} is a {found} number, but the employee type is {kind}: choose {found} or correct the number.</source>
        <translation>Nomor {nip} adalah nomor {found}, tetapi jenis pegawai yang dipilih {kind}: pilih {found} atau perbaiki nomornya.</translation>
    </message>
    <message>
        <source>NIP {nip} is already registered for {name}: open that record instead of adding a new one.</source>
        <translation>NIP {nip} sudah terdaftar atas nama {name}: buka data tersebut, jangan menambahkan data baru.</translation>
    </message>
    <message>
        <source>Employee type &apos;{kind}&apos; is not known: choose PNS or PPPK.</source>
        <translation>Jenis pegawai &apos;{kind}&apos; tidak dikenal: pilih PNS atau PPPK.</translation>
    </message>
    <message>
        <source>The name is empty: type the employee&apos;s name.</source>
        <translation>Nama kosong: ketik nama pegawai.</translation>
    </message>
    <message>
        <source>Choose the grade.</source>
        <translation>Pilih golongan.</translation>
    </message>
    <message>
        <source>Grade &apos;{grade}&apos; is not a PNS grade: choose one from I/a to IV/e.</source>
        <translation>Golongan &apos;{grade}&apos; bukan golongan PNS: pilih salah satu dari I/a sampai IV/e.</translation>
    </message>
    <message>
        <source>Grade &apos;{grade}&apos; is not a PPPK grade: choose one from I to XVII.</source>
        <translation>Golongan &apos;{grade}&apos; bukan golongan PPPK: pilih salah satu dari I sampai XVII.</translation>
    </message>
    <message>
        <source>Choose the employee&apos;s unit.</source>
        <translation>Pilih unit kerja pegawai.</translation>
    </message>
    <message>
        <source>The chosen unit no longer exists.</source>
        <translation>Unit yang dipilih sudah tidak ada.</translation>
    </message>
    <message>
        <source>An employee cannot be their own superior or appraiser.</source>
        <translation>Pegawai tidak dapat menjadi atasan langsung atau pejabat penilai kinerja bagi dirinya sendiri.</translation>
    </message>
    <message>
        <source>The chosen person is no longer in the register.</source>
        <translation>Orang yang dipilih sudah tidak ada dalam daftar pegawai.</translation>
    </message>
    <message>
        <source>This choice makes a circle: the chosen person already reports (directly or indirectly) to this employee.</source>
        <translation>Pilihan ini membentuk hubungan melingkar: orang yang dipilih sudah menjadi bawahan (langsung atau tidak langsung) pegawai ini.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>&apos;{email}&apos; bukan alamat surel.</translation>
    </message>
    <message>
        <source>Give a reason why the employee is inactive (retired, moved, ...).</source>
        <translation>Isi alasan pegawai tidak aktif (pensiun, mutasi, ...).</translation>
    </message>
    <message>
        <source>The date is before the birth date.</source>
        <translation>Tanggal ini sebelum tanggal lahir.</translation>
    </message>
    <message>
        <source>The date is more than a year in the future.</source>
        <translation>Tanggal ini lebih dari satu tahun ke depan.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a PNS ID: it holds only letters, digits and &apos;-&apos; (at most 64), as SIASN shows it.</source>
        <translation>&apos;{value}&apos; bukan PNS ID: PNS ID hanya berisi huruf, angka, dan &apos;-&apos; (paling banyak 64), seperti yang tampil di SIASN.</translation>
    </message>
    <message>
        <source>PNS ID {value} is already registered for {name}.</source>
        <translation>PNS ID {value} sudah terdaftar atas nama {name}.</translation>
    </message>
    <message>
        <source>Type the name of the position.</source>
        <translation>Ketik nama jabatan.</translation>
    </message>
    <message>
        <source>Choose the position type.</source>
        <translation>Pilih jenis jabatan.</translation>
    </message>
    <message>
        <source>A functional position needs its level (Ahli Pertama ... Penyelia).</source>
        <translation>Jabatan fungsional harus memiliki jenjang (Ahli Pertama ... Penyelia).</translation>
    </message>
    <message>
        <source>Only a functional position has a level: clear it.</source>
        <translation>Hanya jabatan fungsional yang memiliki jenjang: kosongkan jenjang.</translation>
    </message>
    <message>
        <source>Only JPT, administrator and pengawas posts have an echelon.</source>
        <translation>Hanya jabatan JPT, administrator, dan pengawas yang memiliki eselon.</translation>
    </message>
    <message>
        <source>Echelon &apos;{echelon}&apos; is not known.</source>
        <translation>Eselon &apos;{echelon}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai tersebut sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>employment_status</name>
    <message>
        <source>until further notice</source>
        <translation>sampai ada ketentuan lain</translation>
    </message>
    <message>
        <source>The employment status no longer exists.</source>
        <translation>Kedudukan hukum ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Choose the employment status (kedudukan hukum).</source>
        <translation>Pilih kedudukan hukum.</translation>
    </message>
    <message>
        <source>Give the first day of the status.</source>
        <translation>Isi tanggal mulai kedudukan hukum.</translation>
    </message>
    <message>
        <source>The last day ({ends}) is before the first day ({starts}).</source>
        <translation>Tanggal selesai ({ends}) sebelum tanggal mulai ({starts}).</translation>
    </message>
    <message>
        <source>The decree number is longer than {limit} characters.</source>
        <translation>Nomor SK lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>{status} is recorded for {span}: the statuses of one employee cannot overlap (end that one first).</source>
        <translation>{status} sudah tercatat untuk {span}: kedudukan hukum seorang pegawai tidak boleh tumpang tindih (akhiri yang itu terlebih dahulu).</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai ini sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>evaluation_io</name>
    <message>
        <source>Export to a file ending in .xlsx, not {name}.</source>
        <translation>Ekspor ke berkas berakhiran .xlsx, bukan {name}.</translation>
    </message>
</context>
<context>
    <name>evaluation_notes</name>
    <message>
        <source>Peer (rekan kerja)</source>
        <translation>Rekan kerja</translation>
    </message>
    <message>
        <source>Subordinate (bawahan)</source>
        <translation>Bawahan</translation>
    </message>
    <message>
        <source>Other (pengguna layanan, mitra)</source>
        <translation>Lainnya (pengguna layanan, mitra)</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters.</source>
        <translation>Teks lebih panjang dari {limit} karakter.</translation>
    </message>
    <message>
        <source>Phrase group &apos;{value}&apos; is not known.</source>
        <translation>Kelompok frasa &apos;{value}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>Only the employee (or HR for them) writes the self-assessment.</source>
        <translation>Penilaian mandiri hanya ditulis oleh pegawai sendiri (atau oleh bagian kepegawaian atas namanya).</translation>
    </message>
    <message>
        <source>The evaluation is final: the self-assessment is closed.</source>
        <translation>Evaluasi sudah final: penilaian mandiri sudah ditutup.</translation>
    </message>
    <message>
        <source>Source &apos;{value}&apos; is not known.</source>
        <translation>Sumber &apos;{value}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>Write who gave the input.</source>
        <translation>Tuliskan siapa yang memberi masukan.</translation>
    </message>
    <message>
        <source>Write the input.</source>
        <translation>Tuliskan masukannya.</translation>
    </message>
    <message>
        <source>The evaluation is final: re-open it first.</source>
        <translation>Evaluasi sudah final: buka kembali terlebih dahulu.</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>Catatan tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Write the phrase.</source>
        <translation>Tuliskan frasanya.</translation>
    </message>
    <message>
        <source>The phrase no longer exists.</source>
        <translation>Frasa tersebut sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>evaluations</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Objection (keberatan)</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>Explanation of the appraiser</source>
        <translation>Penjelasan pejabat penilai</translation>
    </message>
    <message>
        <source>Decision of the appraiser&apos;s superior</source>
        <translation>Keputusan atasan pejabat penilai</translation>
    </message>
    <message>
        <source>Achievement missing</source>
        <translation>Realisasi belum lengkap</translation>
    </message>
    <message>
        <source>Period &apos;{value}&apos; is not known: write 2026, 2026-Q1 ... 2026-Q4, 2026-S1, 2026-S2 or 2026-01 ... 2026-12.</source>
        <translation>Periode &apos;{value}&apos; tidak dikenal: tulis 2026, 2026-Q1 ... 2026-Q4, 2026-S1, 2026-S2 atau 2026-01 ... 2026-12.</translation>
    </message>
    <message>
        <source>Period {key} does not fit the {frequency} evaluations of {year}.</source>
        <translation>Periode {key} tidak sesuai dengan frekuensi evaluasi {frequency} tahun {year}.</translation>
    </message>
    <message>
        <source>The year {year} is closed: nothing can change.</source>
        <translation>Tahun {year} sudah ditutup: tidak ada yang dapat diubah.</translation>
    </message>
    <message>
        <source>The evaluation no longer exists.</source>
        <translation>Evaluasi tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>The year is closed: nothing can change.</source>
        <translation>Tahun sudah ditutup: tidak ada yang dapat diubah.</translation>
    </message>
    <message>
        <source>This evaluation is final and locked: it can be changed only after it is re-opened.</source>
        <translation>Evaluasi ini sudah final dan terkunci: hanya dapat diubah setelah dibuka kembali.</translation>
    </message>
    <message>
        <source>{what}: rating &apos;{value}&apos; is not known.</source>
        <translation>{what}: rating &apos;{value}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>{name} has no approved SKP for {year}: approve the SKP first.</source>
        <translation>{name} belum memiliki SKP yang disetujui untuk tahun {year}: setujui SKP lebih dahulu.</translation>
    </message>
    <message>
        <source>{name} already has an evaluation for {key}: open that one.</source>
        <translation>{name} sudah memiliki evaluasi untuk {key}: buka evaluasi tersebut.</translation>
    </message>
    <message>
        <source>BerAKHLAK value {value} is not known.</source>
        <translation>Nilai BerAKHLAK {value} tidak dikenal.</translation>
    </message>
    <message>
        <source>Indicator {value} is not in the SKP of this evaluation.</source>
        <translation>Indikator {value} tidak ada dalam SKP evaluasi ini.</translation>
    </message>
    <message>
        <source>Indicator {n}: {problem}</source>
        <translation>Indikator {n}: {problem}</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <source>The file {path} could not be copied: {reason}</source>
        <translation>Berkas {path} tidak dapat disalin: {reason}</translation>
    </message>
    <message>
        <source>Give the rating hasil kerja and the rating perilaku kerja before finalising.</source>
        <translation>Berikan rating hasil kerja dan rating perilaku kerja sebelum menetapkan final.</translation>
    </message>
    <message>
        <source>Give the reason for re-opening the final evaluation.</source>
        <translation>Berikan alasan membuka kembali evaluasi yang sudah final.</translation>
    </message>
    <message>
        <source>Only a final evaluation can be re-opened.</source>
        <translation>Hanya evaluasi yang sudah final yang dapat dibuka kembali.</translation>
    </message>
    <message>
        <source>Write the objection and its reasons.</source>
        <translation>Tuliskan keberatan beserta alasannya.</translation>
    </message>
    <message>
        <source>Only a final evaluation can be objected to.</source>
        <translation>Keberatan hanya dapat diajukan atas evaluasi yang sudah final.</translation>
    </message>
    <message>
        <source>An objection was filed already.</source>
        <translation>Keberatan sudah diajukan.</translation>
    </message>
    <message>
        <source>The {days} days for an objection have passed.</source>
        <translation>Batas {days} hari untuk mengajukan keberatan sudah lewat.</translation>
    </message>
    <message>
        <source>Write the explanation.</source>
        <translation>Tuliskan penjelasannya.</translation>
    </message>
    <message>
        <source>The appraiser explains the objection before the decision.</source>
        <translation>Pejabat penilai memberikan penjelasan atas keberatan sebelum keputusan diambil.</translation>
    </message>
    <message>
        <source>There is no open objection to explain.</source>
        <translation>Tidak ada keberatan terbuka yang perlu dijelaskan.</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>Tuliskan keputusannya.</translation>
    </message>
    <message>
        <source>There is no open objection to decide.</source>
        <translation>Tidak ada keberatan terbuka yang perlu diputuskan.</translation>
    </message>
    <message>
        <source>Organisation predikat &apos;{value}&apos; is not known.</source>
        <translation>Predikat organisasi &apos;{value}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>Unit kerja tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>No approved SKP</source>
        <translation>Belum ada SKP yang disetujui</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Sudah dinilai</translation>
    </message>
</context>
<context>
    <name>legacy</name>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>The year {year} is closed: nothing can change.</source>
        <translation>Tahun {year} sudah ditutup: tidak ada yang dapat diubah.</translation>
    </message>
    <message>
        <source>The archive appraisal no longer exists.</source>
        <translation>Penilaian arsip tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>This appraisal is final and locked: it can be changed only after it is re-opened.</source>
        <translation>Penilaian ini sudah final dan terkunci: hanya dapat diubah setelah dibuka kembali.</translation>
    </message>
    <message>
        <source>The year {year} is appraised under {regime}, not an archive regime: use the evaluations of the Evaluation tab.</source>
        <translation>Tahun {year} dinilai menurut {regime}, bukan ketentuan arsip: gunakan evaluasi pada tab Evaluasi.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>{name} already has an archive appraisal for {year}: open that one.</source>
        <translation>{name} sudah memiliki penilaian arsip untuk {year}: buka penilaian itu.</translation>
    </message>
    <message>
        <source>Kegiatan {row} is not part of this appraisal any more.</source>
        <translation>Kegiatan {row} sudah tidak termasuk dalam penilaian ini.</translation>
    </message>
    <message>
        <source>add at least one kegiatan tugas jabatan</source>
        <translation>tambahkan sedikitnya satu kegiatan tugas jabatan</translation>
    </message>
    <message>
        <source>kegiatan {row} lacks a target or realisasi</source>
        <translation>kegiatan {row} belum memiliki target atau realisasi</translation>
    </message>
    <message>
        <source>score every perilaku aspect</source>
        <translation>beri nilai setiap aspek perilaku</translation>
    </message>
    <message>
        <source>The appraisal cannot be finalised yet: {problems}.</source>
        <translation>Penilaian belum dapat ditetapkan final: {problems}.</translation>
    </message>
    <message>
        <source>Give the reason for re-opening the final appraisal.</source>
        <translation>Berikan alasan membuka kembali penilaian yang sudah final.</translation>
    </message>
    <message>
        <source>Only a final appraisal can be re-opened.</source>
        <translation>Hanya penilaian final yang dapat dibuka kembali.</translation>
    </message>
    <message>
        <source>angka kredit</source>
        <translation>angka kredit</translation>
    </message>
    <message>
        <source>kuantitas target</source>
        <translation>target kuantitas</translation>
    </message>
    <message>
        <source>kuantitas realisasi</source>
        <translation>realisasi kuantitas</translation>
    </message>
    <message>
        <source>kualitas target</source>
        <translation>target kualitas</translation>
    </message>
    <message>
        <source>kualitas realisasi</source>
        <translation>realisasi kualitas</translation>
    </message>
    <message>
        <source>waktu target (months)</source>
        <translation>target waktu (bulan)</translation>
    </message>
    <message>
        <source>waktu realisasi (months)</source>
        <translation>realisasi waktu (bulan)</translation>
    </message>
    <message>
        <source>biaya target</source>
        <translation>target biaya</translation>
    </message>
    <message>
        <source>biaya realisasi</source>
        <translation>realisasi biaya</translation>
    </message>
    <message>
        <source>Kegiatan {row}: the {field} &apos;{value}&apos; is not a number.</source>
        <translation>Kegiatan {row}: {field} &apos;{value}&apos; bukan angka.</translation>
    </message>
    <message>
        <source>Kegiatan {row}: the {field} must be greater than 0.</source>
        <translation>Kegiatan {row}: {field} harus lebih dari 0.</translation>
    </message>
    <message>
        <source>Kegiatan {row}: the {field} must not be negative.</source>
        <translation>Kegiatan {row}: {field} tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Kegiatan {row}: give the biaya target too, or clear the biaya realisasi.</source>
        <translation>Kegiatan {row}: isi juga target biaya, atau kosongkan realisasi biaya.</translation>
    </message>
    <message>
        <source>Kegiatan {row}: {problem}</source>
        <translation>Kegiatan {row}: {problem}</translation>
    </message>
    <message>
        <source>Perilaku aspect &apos;{value}&apos; is not known.</source>
        <translation>Aspek perilaku &apos;{value}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>Perilaku {aspect}: &apos;{value}&apos; is not a number.</source>
        <translation>Perilaku {aspect}: &apos;{value}&apos; bukan angka.</translation>
    </message>
    <message>
        <source>Perilaku {aspect}: {value} must be between 0 and 100.</source>
        <translation>Perilaku {aspect}: {value} harus antara 0 dan 100.</translation>
    </message>
    <message>
        <source>Kepemimpinan is scored only for a jabatan struktural: clear it, or mark the position as structural.</source>
        <translation>Kepemimpinan hanya dinilai untuk jabatan struktural: kosongkan nilainya, atau tandai jabatan sebagai struktural.</translation>
    </message>
    <message>
        <source>Tugas tambahan &apos;{value}&apos; is not a whole number.</source>
        <translation>Tugas tambahan &apos;{value}&apos; bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>Tugas tambahan must not be negative.</source>
        <translation>Tugas tambahan tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Kreativitas &apos;{value}&apos; is not none, unit, organisation or country.</source>
        <translation>Kreativitas &apos;{value}&apos; bukan tidak ada, unit, organisasi, atau negara.</translation>
    </message>
    <message>
        <source>Tugas tambahan and kreativitas belong to PP 46/2011; under PP 30/2019 mark the innovation instead.</source>
        <translation>Tugas tambahan dan kreativitas milik PP 46/2011; menurut PP 30/2019 tandai inovasinya.</translation>
    </message>
    <message>
        <source>The peers and innovation marks belong to PP 30/2019; under PP 46/2011 give tugas tambahan and kreativitas instead.</source>
        <translation>Tanda rekan kerja dan inovasi milik PP 30/2019; menurut PP 46/2011 isi tugas tambahan dan kreativitas.</translation>
    </message>
    <message>
        <source>Regime &apos;{value}&apos; is not an archive regime.</source>
        <translation>Ketentuan &apos;{value}&apos; bukan ketentuan arsip.</translation>
    </message>
    <message>
        <source>Kegiatan {row}: write what the activity was.</source>
        <translation>Kegiatan {row}: tuliskan kegiatannya.</translation>
    </message>
    <message>
        <source>Nilai SKP {value} is above {max}, the top of the PP 30/2019 scale: check the targets and realisasi.</source>
        <translation>Nilai SKP {value} melebihi {max}, batas atas skala PP 30/2019: periksa target dan realisasinya.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Tidak dapat dilakukan</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong and the last action was not completed. Nothing that was already saved is lost, and an open form keeps what you typed.

If it happens again, send the details to your support contact. They are also written to the log file:
{path}</source>
        <translation>Terjadi kesalahan sehingga tindakan terakhir tidak selesai. Data yang sudah tersimpan tidak hilang, dan formulir yang terbuka tetap berisi apa yang sudah Anda ketik.

Jika hal ini terjadi lagi, kirimkan rinciannya kepada petugas dukungan Anda. Rincian tersebut juga dicatat di berkas log:
{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>officials</name>
    <message>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <source>Non-ASN (e.g. Bupati / Wali Kota)</source>
        <translation>Non-ASN (mis. Bupati / Wali Kota)</translation>
    </message>
    <message>
        <source>The official no longer exists.</source>
        <translation>Pejabat tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>A non-ASN official has no NIP: leave the NIP empty.</source>
        <translation>Pejabat non-ASN tidak memiliki NIP: kosongkan NIP.</translation>
    </message>
    <message>
        <source>An ASN official needs a NIP: type the 18 digits.</source>
        <translation>Pejabat ASN harus memiliki NIP: ketik 18 digitnya.</translation>
    </message>
    <message>
        <source>Choose PNS, PPPK or non-ASN.</source>
        <translation>Pilih PNS, PPPK, atau non-ASN.</translation>
    </message>
    <message>
        <source>The name is empty: type the official&apos;s name.</source>
        <translation>Nama kosong: ketik nama pejabat.</translation>
    </message>
    <message>
        <source>The position (jabatan) is empty: type it.</source>
        <translation>Jabatan kosong: ketik jabatannya.</translation>
    </message>
    <message>
        <source>The agency (instansi) is empty: type where the official serves.</source>
        <translation>Instansi kosong: ketik tempat pejabat bertugas.</translation>
    </message>
    <message>
        <source>A non-ASN official has no grade (golongan).</source>
        <translation>Pejabat non-ASN tidak memiliki golongan.</translation>
    </message>
    <message>
        <source>Choose the grade (golongan) of the {kind} official.</source>
        <translation>Pilih golongan pejabat {kind}.</translation>
    </message>
    <message>
        <source>{name} is still in use (employees appraised: {links}, acting assignments: {acting}, officials below: {below}): change those first, or mark the official inactive.</source>
        <translation>{name} masih digunakan (pegawai yang dinilai: {links}, penugasan Plt/Plh: {acting}, pejabat di bawahnya: {below}): ubah itu dulu, atau tandai pejabat tidak aktif.</translation>
    </message>
    <message>
        <source>At most {limit} characters, please.</source>
        <translation>Paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>NIP {nip} belongs to {name}, an employee of the office: choose them as appraiser (pejabat penilai) in the register instead.</source>
        <translation>NIP {nip} milik {name}, pegawai instansi ini: pilih ia sebagai pejabat penilai di register.</translation>
    </message>
    <message>
        <source>NIP {nip} is already registered for {name}.</source>
        <translation>NIP {nip} sudah terdaftar untuk {name}.</translation>
    </message>
    <message>
        <source>An official cannot be above themselves (the chain comes back).</source>
        <translation>Seorang pejabat tidak dapat menjadi atasan dirinya sendiri (rantainya kembali).</translation>
    </message>
    <message>
        <source>The chosen superior no longer exists.</source>
        <translation>Atasan yang dipilih sudah tidak ada.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>{name} is marked inactive: choose an active official.</source>
        <translation>{name} ditandai tidak aktif: pilih pejabat yang aktif.</translation>
    </message>
</context>
<context>
    <name>period_stages</name>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Re-opened</source>
        <translation>Dibuka kembali</translation>
    </message>
    <message>
        <source>&apos;{stage}&apos; is not a stage of {year}.</source>
        <translation>&apos;{stage}&apos; bukan tahap tahun {year}.</translation>
    </message>
    <message>
        <source>The deadline of {stage} must fall between {first} and {last}.</source>
        <translation>Batas pengisian {stage} harus antara {first} dan {last}.</translation>
    </message>
    <message>
        <source>Give the reason for re-opening: it is kept in the history.</source>
        <translation>Isi alasan membuka kembali: alasan disimpan dalam riwayat.</translation>
    </message>
    <message>
        <source>The reason is longer than {limit} characters.</source>
        <translation>Alasan lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>The SKP stage closes with the whole year: close the year instead.</source>
        <translation>Tahap SKP ditutup bersama seluruh tahun: tutup tahunnya.</translation>
    </message>
    <message>
        <source>{stage} is closed already.</source>
        <translation>{stage} sudah ditutup.</translation>
    </message>
    <message>
        <source>{stage} is not closed.</source>
        <translation>{stage} tidak sedang ditutup.</translation>
    </message>
    <message>
        <source>{stage} is closed: nothing can change until HR re-opens it (Periods).</source>
        <translation>{stage} sudah ditutup: tidak ada yang dapat diubah sampai Bagian Kepegawaian membukanya kembali (Periode).</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Triwulanan</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semesteran</translation>
    </message>
    <message>
        <source>The year {year} has not been opened: HR opens it first (Periods).</source>
        <translation>Tahun {year} belum dibuka: staf kepegawaian perlu membukanya terlebih dahulu (Periode).</translation>
    </message>
    <message>
        <source>The year {year} is closed: nothing can change.</source>
        <translation>Tahun {year} sudah ditutup: tidak ada yang dapat diubah.</translation>
    </message>
    <message>
        <source>Year {year} is not plausible.</source>
        <translation>Tahun {year} tidak valid.</translation>
    </message>
    <message>
        <source>Frequency &apos;{value}&apos; is not known.</source>
        <translation>Frekuensi &apos;{value}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>Regime &apos;{value}&apos; is not known.</source>
        <translation>Regulasi &apos;{value}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>The year {year} is open already.</source>
        <translation>Tahun {year} sudah dibuka.</translation>
    </message>
    <message>
        <source>The year {year} has not been opened.</source>
        <translation>Tahun {year} belum dibuka.</translation>
    </message>
</context>
<context>
    <name>plan_io</name>
    <message>
        <source>Export to a file ending in .xlsx, not {name}.</source>
        <translation>Ekspor ke berkas berakhiran .xlsx, bukan {name}.</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>The SKP no longer exists.</source>
        <translation>SKP tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>RHK {n} links to an RHK that is not in the appraiser&apos;s SKP.</source>
        <translation>RHK {n} tertaut ke RHK yang tidak ada dalam SKP pejabat penilai.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>{name} already has an SKP for {year}: open that one.</source>
        <translation>{name} sudah memiliki SKP tahun {year}: buka SKP tersebut.</translation>
    </message>
    <message>
        <source>Approach &apos;{value}&apos; is not known.</source>
        <translation>Pendekatan &apos;{value}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>RHK {n}: perspective &apos;{value}&apos; is not known.</source>
        <translation>RHK {n}: perspektif &apos;{value}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>RHK {n}: aspect &apos;{value}&apos; is not known.</source>
        <translation>RHK {n}: aspek &apos;{value}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>BerAKHLAK value {value} is not known.</source>
        <translation>Nilai BerAKHLAK {value} tidak dikenal.</translation>
    </message>
    <message>
        <source>This SKP is {status} and locked: it can be changed only after it is returned or re-opened.</source>
        <translation>SKP ini berstatus {status} dan terkunci: SKP hanya dapat diubah setelah dikembalikan atau dibuka kembali.</translation>
    </message>
    <message>
        <source>The year is closed: nothing can change.</source>
        <translation>Tahun penilaian sudah ditutup: tidak ada yang dapat diubah.</translation>
    </message>
    <message>
        <source>The SKP has no main RHK (Utama).</source>
        <translation>SKP belum memiliki RHK Utama.</translation>
    </message>
    <message>
        <source>RHK {n} has no text.</source>
        <translation>RHK {n} belum berisi teks.</translation>
    </message>
    <message>
        <source>RHK {n} needs its perspective.</source>
        <translation>Perspektif RHK {n} belum dipilih.</translation>
    </message>
    <message>
        <source>RHK {n} needs the superior&apos;s RHK it supports (or its text).</source>
        <translation>RHK {n} belum memiliki RHK pimpinan yang diintervensi (pilih RHK tersebut atau ketik teksnya).</translation>
    </message>
    <message>
        <source>RHK {n} has no indicator (IKI).</source>
        <translation>RHK {n} belum memiliki indikator (IKI).</translation>
    </message>
    <message>
        <source>RHK {n}: an indicator has no text.</source>
        <translation>RHK {n}: ada indikator yang belum berisi teks.</translation>
    </message>
    <message>
        <source>RHK {n}: target: {problem}</source>
        <translation>RHK {n}: target: {problem}</translation>
    </message>
    <message>
        <source>RHK {n}: an indicator has no target.</source>
        <translation>RHK {n}: ada indikator yang belum memiliki target.</translation>
    </message>
    <message>
        <source>The SKP is not complete: {problems}</source>
        <translation>SKP belum lengkap: {problems}</translation>
    </message>
    <message>
        <source>Only a draft or returned SKP can be submitted.</source>
        <translation>Hanya SKP berstatus draf atau dikembalikan yang dapat diajukan.</translation>
    </message>
    <message>
        <source>Only a submitted SKP can be approved.</source>
        <translation>Hanya SKP berstatus diajukan yang dapat disetujui.</translation>
    </message>
    <message>
        <source>Give the reason, so the employee knows what to change.</source>
        <translation>Isi alasannya agar pegawai mengetahui apa yang perlu diubah.</translation>
    </message>
    <message>
        <source>Only a submitted SKP can be returned.</source>
        <translation>Hanya SKP berstatus diajukan yang dapat dikembalikan.</translation>
    </message>
    <message>
        <source>Only an approved SKP can be re-opened.</source>
        <translation>Hanya SKP berstatus disetujui yang dapat dibuka kembali.</translation>
    </message>
    <message>
        <source>There is no SKP of {year} to copy.</source>
        <translation>Tidak ada SKP tahun {year} yang dapat disalin.</translation>
    </message>
    <message>
        <source>That RHK no longer exists.</source>
        <translation>RHK tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Only the employees appraised by the owner of the RHK can receive it.</source>
        <translation>Hanya pegawai yang dinilai oleh pemilik RHK yang dapat menerimanya.</translation>
    </message>
    <message>
        <source>The SKP of {name} is locked ({status}).</source>
        <translation>SKP {name} terkunci ({status}).</translation>
    </message>
    <message>
        <source>A comment is longer than {limit} characters.</source>
        <translation>Komentar lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>A comment names an RHK that is not in this SKP.</source>
        <translation>Komentar menyebut RHK yang tidak ada dalam SKP ini.</translation>
    </message>
</context>
<context>
    <name>pppk</name>
    <message>
        <source>The contract no longer exists.</source>
        <translation>Perjanjian kerja ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>{name} is not a PPPK: contract periods are kept for PPPK only.</source>
        <translation>{name} bukan PPPK: masa perjanjian kerja hanya dicatat untuk PPPK.</translation>
    </message>
    <message>
        <source>Choose full time or part time.</source>
        <translation>Pilih penuh waktu atau paruh waktu.</translation>
    </message>
    <message>
        <source>Type the first day of the contract.</source>
        <translation>Ketik tanggal mulai perjanjian kerja.</translation>
    </message>
    <message>
        <source>Type the last day of the contract.</source>
        <translation>Ketik tanggal akhir perjanjian kerja.</translation>
    </message>
    <message>
        <source>The last day ({ends}) is before the first day ({starts}).</source>
        <translation>Tanggal akhir ({ends}) sebelum tanggal mulai ({starts}).</translation>
    </message>
    <message>
        <source>A contract runs at most {years} years (PP 49/2018 Pasal 37).</source>
        <translation>Perjanjian kerja paling lama {years} tahun (PP 49/2018 Pasal 37).</translation>
    </message>
    <message>
        <source>Type the number of the contract or its decree.</source>
        <translation>Ketik nomor perjanjian kerja atau SK-nya.</translation>
    </message>
    <message>
        <source>The decree number is longer than {limit} characters.</source>
        <translation>Nomor SK lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>{name} already has a contract for {span} (decree {decree}): the contracts of one employee cannot overlap.</source>
        <translation>{name} sudah memiliki perjanjian kerja untuk {span} (SK {decree}): perjanjian kerja seorang pegawai tidak boleh tumpang tindih.</translation>
    </message>
    <message>
        <source>The contract belongs to another employee.</source>
        <translation>Perjanjian kerja ini milik pegawai lain.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Printing was cancelled; no file was written.</source>
        <translation>Pencetakan dibatalkan; tidak ada berkas yang disimpan.</translation>
    </message>
    <message>
        <source>Form &apos;{form}&apos; is not known: use skp, evaluation, document or idp.</source>
        <translation>Formulir &apos;{form}&apos; tidak dikenal: gunakan skp, evaluation, document, atau idp.</translation>
    </message>
    <message>
        <source>The SKP month must be 1 to 12, and only the SKP takes one.</source>
        <translation>Bulan SKP harus 1 sampai 12, dan hanya berlaku untuk SKP.</translation>
    </message>
    <message>
        <source>No employee with NIP {nip} in this database.</source>
        <translation>Tidak ada pegawai dengan NIP {nip} di basis data ini.</translation>
    </message>
    <message>
        <source>NIP {nip} has no SKP in force in month {month} of {period}.</source>
        <translation>NIP {nip} tidak mempunyai SKP yang berlaku pada bulan {month} tahun {period}.</translation>
    </message>
    <message>
        <source>NIP {nip} has no SKP for {period}.</source>
        <translation>NIP {nip} tidak memiliki SKP untuk {period}.</translation>
    </message>
    <message>
        <source>NIP {nip} has no IDP for {period}.</source>
        <translation>NIP {nip} tidak memiliki IDP untuk {period}.</translation>
    </message>
    <message>
        <source>NIP {nip} has no evaluation for {period}.</source>
        <translation>NIP {nip} tidak memiliki evaluasi untuk {period}.</translation>
    </message>
    <message>
        <source>no IDP for the year</source>
        <translation>belum ada IDP untuk tahun ini</translation>
    </message>
    <message>
        <source>IDP not agreed yet (status: {status})</source>
        <translation>IDP belum disepakati (status: {status})</translation>
    </message>
    <message>
        <source>no SKP for the year</source>
        <translation>belum ada SKP untuk tahun ini</translation>
    </message>
    <message>
        <source>SKP not approved yet (status: {status})</source>
        <translation>SKP belum disetujui (status: {status})</translation>
    </message>
    <message>
        <source>evaluation not final yet (status: {status})</source>
        <translation>evaluasi belum final (status: {status})</translation>
    </message>
    <message>
        <source>No unit with code {unit} in this database.</source>
        <translation>Tidak ada unit kerja dengan kode {unit} di basis data ini.</translation>
    </message>
    <message>
        <source>Nothing to print: no employee of {unit} has an approved SKP for {period}.</source>
        <translation>Tidak ada yang dicetak: tidak seorang pun pegawai {unit} memiliki SKP yang disetujui untuk {period}.</translation>
    </message>
    <message>
        <source>Nothing to print: no employee of {unit} has an agreed IDP for {period}.</source>
        <translation>Tidak ada yang dicetak: tidak seorang pun pegawai {unit} memiliki IDP yang disetujui untuk {period}.</translation>
    </message>
    <message>
        <source>Nothing to print: no employee of {unit} has a final evaluation for {period}.</source>
        <translation>Tidak ada yang dicetak: tidak seorang pun pegawai {unit} memiliki evaluasi final untuk {period}.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Folder {path} tidak ada.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. If the file is open in a PDF viewer, close it and try again; otherwise choose another folder.</source>
        <translation>Tidak dapat menyimpan {path}: {reason}. Jika berkas sedang terbuka di penampil PDF, tutup berkas itu lalu coba lagi; jika tidak, pilih folder lain.</translation>
    </message>
    <message>
        <source>The year {year} has not been opened: HR opens it first (Periods).</source>
        <translation>Tahun {year} belum dibuka: staf kepegawaian perlu membukanya terlebih dahulu (Periode).</translation>
    </message>
    <message>
        <source>Recap &apos;{kind}&apos; is not known: use distribution, progress or jp.</source>
        <translation>Rekap &apos;{kind}&apos; tidak dikenal: gunakan distribution, progress, atau jp.</translation>
    </message>
    <message>
        <source>There is no dialogue record to print.</source>
        <translation>Tidak ada catatan dialog untuk dicetak.</translation>
    </message>
    <message>
        <source>NIP {nip} has no dialogue or counselling record in {period}.</source>
        <translation>NIP {nip} tidak memiliki catatan dialog atau konseling kinerja pada {period}.</translation>
    </message>
</context>
<context>
    <name>proposals</name>
    <message>
        <source>PNS ID (SIASN)</source>
        <translation>PNS ID (SIASN)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Grade (golongan)</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Merge decision</source>
        <translation>Keputusan penggabungan</translation>
    </message>
    <message>
        <source>Organisation predikat</source>
        <translation>Predikat organisasi</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Dikarantina</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <source>The proposal no longer exists.</source>
        <translation>Usulan tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>The proposal was decided already.</source>
        <translation>Usulan tersebut sudah diputuskan.</translation>
    </message>
    <message>
        <source>The employee is no longer in the register.</source>
        <translation>Pegawai tersebut sudah tidak ada di data pegawai.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a PNS ID.</source>
        <translation>&apos;{value}&apos; bukan PNS ID.</translation>
    </message>
    <message>
        <source>PNS ID {value} is already registered for {name}.</source>
        <translation>PNS ID {value} sudah terdaftar atas nama {name}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a grade (golongan) of this employee.</source>
        <translation>&apos;{value}&apos; bukan golongan untuk pegawai ini.</translation>
    </message>
    <message>
        <source>The corrected name is empty.</source>
        <translation>Nama perbaikan kosong.</translation>
    </message>
    <message>
        <source>Write why the proposal is rejected.</source>
        <translation>Tuliskan alasan usulan ditolak.</translation>
    </message>
</context>
<context>
    <name>register_history</name>
    <message>
        <source>When the history began</source>
        <translation>Awal riwayat</translation>
    </message>
    <message>
        <source>Register edit</source>
        <translation>Perubahan data register</translation>
    </message>
    <message>
        <source>Transfer, promotion or new appraiser</source>
        <translation>Mutasi, promosi, atau pergantian pejabat penilai</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>HR staff</source>
        <translation>Bagian Kepegawaian</translation>
    </message>
    <message>
        <source>Supervisor (pejabat penilai)</source>
        <translation>Atasan (pejabat penilai)</translation>
    </message>
    <message>
        <source>Viewer (read-only)</source>
        <translation>Peninjau (hanya baca)</translation>
    </message>
    <message>
        <source>Employee (pegawai, own records only)</source>
        <translation>Pegawai (hanya data sendiri)</translation>
    </message>
</context>
<context>
    <name>scoring</name>
    <message>
        <source>At most 70% Sangat Baik</source>
        <translation>Paling banyak 70% Sangat Baik</translation>
    </message>
    <message>
        <source>Sangat Baik is the largest group</source>
        <translation>Sangat Baik merupakan kelompok terbesar</translation>
    </message>
    <message>
        <source>At most 70% Baik</source>
        <translation>Paling banyak 70% Baik</translation>
    </message>
    <message>
        <source>Baik is the largest group</source>
        <translation>Baik merupakan kelompok terbesar</translation>
    </message>
    <message>
        <source>There are employees with Butuh Perbaikan and/or Kurang/Misconduct</source>
        <translation>Ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang/Misconduct</translation>
    </message>
    <message>
        <source>At least 60% Butuh Perbaikan</source>
        <translation>Paling sedikit 60% Butuh Perbaikan</translation>
    </message>
    <message>
        <source>At most 10% Sangat Baik</source>
        <translation>Paling banyak 10% Sangat Baik</translation>
    </message>
    <message>
        <source>At least 60% Kurang/Misconduct</source>
        <translation>Paling sedikit 60% Kurang/Misconduct</translation>
    </message>
    <message>
        <source>At least 10% Butuh Perbaikan</source>
        <translation>Paling sedikit 10% Butuh Perbaikan</translation>
    </message>
    <message>
        <source>At least 60% Sangat Kurang</source>
        <translation>Paling sedikit 60% Sangat Kurang</translation>
    </message>
    <message>
        <source>At least 10% Kurang/Misconduct and/or Butuh Perbaikan</source>
        <translation>Paling sedikit 10% Kurang/Misconduct dan/atau Butuh Perbaikan</translation>
    </message>
    <message>
        <source>No Sangat Baik</source>
        <translation>Tidak ada Sangat Baik</translation>
    </message>
    <message>
        <source>{predikat}: {count} of {total} employees ({actual}%), more than the {share}% of the pattern allows ({allowed})</source>
        <translation>{predikat}: {count} dari {total} pegawai ({actual} %), melebihi {share} % yang diizinkan pola distribusi (paling banyak {allowed} orang)</translation>
    </message>
    <message>
        <source>{predikat}: {count} of {total} employees ({actual}%), fewer than the {share}% the pattern asks for ({allowed})</source>
        <translation>{predikat}: {count} dari {total} pegawai ({actual} %), kurang dari {share} % yang disyaratkan pola distribusi (paling sedikit {allowed} orang)</translation>
    </message>
    <message>
        <source>{predikat}: nobody of {total} employees, but the pattern expects at least one</source>
        <translation>{predikat}: tidak seorang pun dari {total} pegawai, padahal pola distribusi mensyaratkan paling sedikit satu orang</translation>
    </message>
    <message>
        <source>{predikat}: {count} of {total} employees, but the pattern expects none</source>
        <translation>{predikat}: {count} dari {total} pegawai, padahal pola distribusi mensyaratkan tidak ada</translation>
    </message>
    <message>
        <source>{predikat}: {count} of {total} employees is not the largest group; {other} has {allowed}</source>
        <translation>{predikat}: {count} dari {total} pegawai bukan kelompok terbesar; {other} berjumlah {allowed} orang</translation>
    </message>
    <message>
        <source>predikat counts {value} are not a mapping</source>
        <translation>jumlah per predikat {value} bukan pemetaan (mapping)</translation>
    </message>
    <message>
        <source>count {value} for {predikat} is not a whole number</source>
        <translation>jumlah {value} untuk {predikat} bukan bilangan bulat</translation>
    </message>
    <message>
        <source>count {value} for {predikat} is negative</source>
        <translation>jumlah {value} untuk {predikat} bernilai negatif</translation>
    </message>
    <message>
        <source>head-count {value} is not a whole number of 0 or more</source>
        <translation>jumlah pegawai {value} bukan bilangan bulat 0 atau lebih</translation>
    </message>
    <message>
        <source>NIP {value} is not text</source>
        <translation>NIP {value} bukan teks</translation>
    </message>
    <message>
        <source>NIP {value} contains characters other than digits: {characters}</source>
        <translation>NIP {value} berisi karakter selain angka: {characters}</translation>
    </message>
    <message>
        <source>NIP {value} has {count} digits instead of 18</source>
        <translation>NIP {value} terdiri atas {count} digit, seharusnya 18 digit</translation>
    </message>
    <message>
        <source>birth date {value} is not a real date</source>
        <translation>tanggal lahir {value} bukan tanggal yang valid</translation>
    </message>
    <message>
        <source>birth date {value} is before {year}</source>
        <translation>tanggal lahir {value} sebelum tahun {year}</translation>
    </message>
    <message>
        <source>digit 13 of NI PPPK {value} is {digit}, not the PPPK code {code}</source>
        <translation>digit ke-13 NI PPPK {value} adalah {digit}, bukan kode PPPK {code}</translation>
    </message>
    <message>
        <source>digit 13 of NIP PNS {value} is {digit}, the PPPK code: this looks like an NI PPPK</source>
        <translation>digit ke-13 NIP PNS {value} adalah {digit}, yaitu kode PPPK: nomor ini tampaknya NI PPPK</translation>
    </message>
    <message>
        <source>employee kind {value} is not PNS or PPPK</source>
        <translation>jenis pegawai {value} bukan PNS atau PPPK</translation>
    </message>
    <message>
        <source>TMT {value}: month {month} is not 01-12</source>
        <translation>TMT {value}: bulan {month} tidak di antara 01-12</translation>
    </message>
    <message>
        <source>TMT {value} is not after the birth date {birth_date}</source>
        <translation>TMT {value} tidak jatuh setelah tanggal lahir {birth_date}</translation>
    </message>
    <message>
        <source>TMT {value} is before the holder&apos;s {age}th birthday</source>
        <translation>TMT {value} lebih awal daripada saat pemilik nomor berusia {age} tahun</translation>
    </message>
    <message>
        <source>appointment year {value} is not after the birth year {birth_year}</source>
        <translation>tahun pengangkatan {value} tidak jatuh setelah tahun lahir {birth_year}</translation>
    </message>
    <message>
        <source>appointment year {value} is before the holder&apos;s {age}th year</source>
        <translation>tahun pengangkatan {value} lebih awal daripada tahun pemilik nomor berusia {age} tahun</translation>
    </message>
    <message>
        <source>appointment year {value} is before PPPK existed ({year})</source>
        <translation>tahun pengangkatan {value} lebih awal daripada diberlakukannya PPPK ({year})</translation>
    </message>
    <message>
        <source>digit 14 (number of work agreements) of {value} is 0</source>
        <translation>digit ke-14 (jumlah perjanjian kerja) pada {value} adalah 0</translation>
    </message>
    <message>
        <source>gender digit {value} is not 1 (male) or 2 (female)</source>
        <translation>digit jenis kelamin {value} bukan 1 (laki-laki) atau 2 (perempuan)</translation>
    </message>
    <message>
        <source>serial number {value} is not 001-999</source>
        <translation>nomor urut {value} tidak di antara 001-999</translation>
    </message>
    <message>
        <source>minutes {value} must not be negative</source>
        <translation>jumlah menit {value} tidak boleh negatif</translation>
    </message>
    <message>
        <source>JP {value} must not be negative</source>
        <translation>JP {value} tidak boleh negatif</translation>
    </message>
    <message>
        <source>end date {value} is not a date</source>
        <translation>tanggal selesai {value} bukan tanggal</translation>
    </message>
    <message>
        <source>year {value} is not a year</source>
        <translation>tahun {value} bukan tahun yang valid</translation>
    </message>
    <message>
        <source>activity of {value} JP has no year or end date</source>
        <translation>kegiatan {value} JP tidak memiliki tahun atau tanggal selesai</translation>
    </message>
    <message>
        <source>activity year {value} does not match its end date {end_date}</source>
        <translation>tahun kegiatan {value} tidak sesuai dengan tanggal selesainya {end_date}</translation>
    </message>
    <message>
        <source>{value} is not an Activity or a (year or end date, JP) pair</source>
        <translation>{value} bukan kegiatan (Activity) atau pasangan (tahun atau tanggal selesai, JP)</translation>
    </message>
    <message>
        <source>level {value} is not a level of a functional position</source>
        <translation>jenjang {value} bukan jenjang jabatan fungsional</translation>
    </message>
    <message>
        <source>kind of training {value} is not known</source>
        <translation>jenis diklat {value} tidak dikenal</translation>
    </message>
    <message>
        <source>mode {value} is not KLASIKAL or NONKLASIKAL</source>
        <translation>jalur {value} bukan KLASIKAL atau NONKLASIKAL</translation>
    </message>
    <message>
        <source>{aspect} target {value} must be greater than 0</source>
        <translation>target {aspect} {value} harus lebih besar dari 0</translation>
    </message>
    <message>
        <source>{aspect} realisation {value} must not be negative</source>
        <translation>realisasi {aspect} {value} tidak boleh negatif</translation>
    </message>
    <message>
        <source>{aspect} {value} is not a (target, realisation) pair</source>
        <translation>{aspect} {value} bukan pasangan (target, realisasi)</translation>
    </message>
    <message>
        <source>creativity {value} is not none, unit, organisation or country</source>
        <translation>kreativitas {value} bukan none, unit, organisasi, atau negara</translation>
    </message>
    <message>
        <source>number of additional tasks {value} is not a whole number of 0 or more</source>
        <translation>jumlah tugas tambahan {value} bukan bilangan bulat 0 atau lebih</translation>
    </message>
    <message>
        <source>achievement scores {value} are not a non-empty list of activity scores</source>
        <translation>nilai capaian {value} bukan daftar nilai kegiatan yang berisi paling sedikit satu nilai</translation>
    </message>
    <message>
        <source>behaviour aspects {value} are not a mapping</source>
        <translation>aspek perilaku {value} bukan pemetaan (mapping)</translation>
    </message>
    <message>
        <source>behaviour aspect {value} is not one of {allowed}</source>
        <translation>aspek perilaku {value} bukan salah satu dari {allowed}</translation>
    </message>
    <message>
        <source>behaviour aspect {value} is given twice</source>
        <translation>aspek perilaku {value} diisi dua kali</translation>
    </message>
    <message>
        <source>behaviour aspects missing: {value}</source>
        <translation>aspek perilaku yang belum diisi: {value}</translation>
    </message>
    <message>
        <source>with_peers {value} is not True or False</source>
        <translation>with_peers {value} bukan True atau False</translation>
    </message>
    <message>
        <source>innovation {value} is not True or False</source>
        <translation>innovation (inovasi) {value} bukan True atau False</translation>
    </message>
    <message>
        <source>{name} {value} is not a number</source>
        <translation>{name} {value} bukan angka</translation>
    </message>
    <message>
        <source>{name} {value} is outside {low}..{high}</source>
        <translation>{name} {value} di luar rentang {low}..{high}</translation>
    </message>
    <message>
        <source>Annual rating hasil kerja {annual} differs from {reference}, the rating of {count} of {total} periods</source>
        <translation>Rating hasil kerja tahunan {annual} berbeda dengan {reference}, yaitu rating pada {count} dari {total} periode</translation>
    </message>
    <message>
        <source>Annual rating perilaku kerja {annual} differs from {reference}, the rating of {count} of {total} periods</source>
        <translation>Rating perilaku kerja tahunan {annual} berbeda dengan {reference}, yaitu rating pada {count} dari {total} periode</translation>
    </message>
    <message>
        <source>Annual rating hasil kerja {annual} is better than every period (best: {reference})</source>
        <translation>Rating hasil kerja tahunan {annual} lebih baik daripada semua periode (terbaik: {reference})</translation>
    </message>
    <message>
        <source>Annual rating hasil kerja {annual} is worse than every period (worst: {reference})</source>
        <translation>Rating hasil kerja tahunan {annual} lebih buruk daripada semua periode (terburuk: {reference})</translation>
    </message>
    <message>
        <source>Annual rating perilaku kerja {annual} is better than every period (best: {reference})</source>
        <translation>Rating perilaku kerja tahunan {annual} lebih baik daripada semua periode (terbaik: {reference})</translation>
    </message>
    <message>
        <source>Annual rating perilaku kerja {annual} is worse than every period (worst: {reference})</source>
        <translation>Rating perilaku kerja tahunan {annual} lebih buruk daripada semua periode (terburuk: {reference})</translation>
    </message>
    <message>
        <source>period {value} is not a (label, hasil, perilaku) triple</source>
        <translation>periode {value} bukan rangkaian (label, hasil, perilaku)</translation>
    </message>
    <message>
        <source>period label {value} is empty or not text</source>
        <translation>label periode {value} kosong atau bukan teks</translation>
    </message>
    <message>
        <source>period label {value} appears twice</source>
        <translation>label periode {value} muncul dua kali</translation>
    </message>
    <message>
        <source>rating code {value} is not known</source>
        <translation>kode rating {value} tidak dikenal</translation>
    </message>
    <message>
        <source>rating label {value} is not known</source>
        <translation>label rating {value} tidak dikenal</translation>
    </message>
    <message>
        <source>{value} is not a rating</source>
        <translation>{value} bukan rating</translation>
    </message>
    <message>
        <source>predikat code {value} is not known</source>
        <translation>kode predikat {value} tidak dikenal</translation>
    </message>
    <message>
        <source>predikat label {value} is not known</source>
        <translation>label predikat {value} tidak dikenal</translation>
    </message>
    <message>
        <source>{value} is not a predikat</source>
        <translation>{value} bukan predikat</translation>
    </message>
    <message>
        <source>organisation predikat code {value} is not known</source>
        <translation>kode predikat organisasi {value} tidak dikenal</translation>
    </message>
    <message>
        <source>organisation predikat label {value} is not known</source>
        <translation>label predikat organisasi {value} tidak dikenal</translation>
    </message>
    <message>
        <source>{value} is not an organisation predikat</source>
        <translation>{value} bukan predikat organisasi</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: type a comma before the decimals, e.g. 1,5.</source>
        <translation>&apos;{text}&apos;: ketik koma sebelum desimal, misalnya 1,5.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number: type digits, with dots between thousands and a comma before decimals (1.234,5).</source>
        <translation>&apos;{text}&apos; bukan angka: ketik angka, dengan titik pemisah ribuan dan koma sebelum desimal (1.234,5).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: type a whole number.</source>
        <translation>&apos;{text}&apos;: ketik bilangan bulat.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: at most {decimals} decimals.</source>
        <translation>&apos;{text}&apos;: paling banyak {decimals} angka desimal.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number: type digits, with commas between thousands and a point before decimals (1,234.5).</source>
        <translation>&apos;{text}&apos; bukan angka: ketik angka, dengan koma pemisah ribuan dan titik sebelum desimal (1,234.5).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: type the amount after Rp.</source>
        <translation>&apos;{text}&apos;: ketik jumlahnya setelah Rp.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount: type it as Rp 1.800.000 (or 1800000, Rp 1,8 juta).</source>
        <translation>&apos;{text}&apos; bukan jumlah uang: ketik seperti Rp 1.800.000 (atau 1800000, Rp 1,8 juta).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: an amount cannot be negative.</source>
        <translation>&apos;{text}&apos;: jumlah uang tidak boleh negatif.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: whole rupiah only (no sen).</source>
        <translation>&apos;{text}&apos;: hanya rupiah bulat (tanpa sen).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: &apos;{word}&apos; is not a month.</source>
        <translation>&apos;{text}&apos;: &apos;{word}&apos; bukan nama bulan.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type it as 3 Desember 2026 or 03/12/2026.</source>
        <translation>&apos;{text}&apos; bukan tanggal: ketik seperti 3 Desember 2026 atau 03/12/2026.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: type the year in four digits (2026).</source>
        <translation>&apos;{text}&apos;: ketik tahun dengan empat angka (2026).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date.</source>
        <translation>&apos;{text}&apos; bukan tanggal yang ada.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time: type hours and minutes, e.g. 08.30.</source>
        <translation>&apos;{text}&apos; bukan jam: ketik jam dan menit, misalnya 08.30.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day: 00.00 to 23.59.</source>
        <translation>&apos;{text}&apos; bukan jam yang ada: 00.00 sampai 23.59.</translation>
    </message>
    <message>
        <source>{name} {value} must be between {low} and {high}.</source>
        <translation>{name} {value} harus antara {low} dan {high}.</translation>
    </message>
    <message>
        <source>Rp {value} must be at most Rp {high}.</source>
        <translation>Rp {value} paling banyak Rp {high}.</translation>
    </message>
    <message>
        <source>JP {value} does not fit the dates: {days} days hold at most {high} JP ({per_day} JP a day).</source>
        <translation>JP {value} tidak sesuai tanggalnya: {days} hari paling banyak {high} JP ({per_day} JP sehari).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos; bukan angka.</translation>
    </message>
    <message>
        <source>Achievement {value} cannot be negative.</source>
        <translation>Realisasi {value} tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Achievement &apos;{text}&apos; must start with a number, as the target does (e.g. 130 proposals).</source>
        <translation>Realisasi &apos;{text}&apos; harus diawali angka, seperti targetnya (misalnya 130 usulan).</translation>
    </message>
    <message>
        <source>{date} is before {bound}.</source>
        <translation>{date} sebelum {bound}.</translation>
    </message>
    <message>
        <source>{date} is after {bound}.</source>
        <translation>{date} sesudah {bound}.</translation>
    </message>
    <message>
        <source>{value} must be more than {low} and at most {high}.</source>
        <translation>{value} harus lebih dari {low} dan paling banyak {high}.</translation>
    </message>
    <message>
        <source>{value} must be between {low} and {high}.</source>
        <translation>{value} harus antara {low} dan {high}.</translation>
    </message>
    <message>
        <source>Rp {value}: a cost (biaya) target must be more than Rp 0.</source>
        <translation>Rp {value}: target biaya harus lebih dari Rp 0.</translation>
    </message>
    <message>
        <source>{value} cannot be negative.</source>
        <translation>{value} tidak boleh negatif.</translation>
    </message>
    <message>
        <source>{value} % must be between 0 and 100.</source>
        <translation>{value} % harus antara 0 dan 100.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a telephone number: type digits, e.g. 0812-3456-7890.</source>
        <translation>&apos;{text}&apos; bukan nomor telepon: ketik angka, misalnya 0812-3456-7890.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: an Indonesian number starts with 0, +62 or 62.</source>
        <translation>&apos;{text}&apos;: nomor Indonesia diawali 0, +62 atau 62.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has {count} digits: a telephone number has {low} to {high} (with the leading 0).</source>
        <translation>&apos;{text}&apos; berisi {count} angka: nomor telepon berisi {low} sampai {high} angka (termasuk 0 di depan).</translation>
    </message>
    <message>
        <source>Achievement {value} {unit}: it must be between 0 and {high} {unit}.</source>
        <translation>Realisasi {value} {unit}: harus antara 0 dan {high} {unit}.</translation>
    </message>
    <message>
        <source>Target {value} {unit}: it must be between 0 and {high} {unit}.</source>
        <translation>Target {value} {unit}: harus antara 0 dan {high} {unit}.</translation>
    </message>
    <message>
        <source>{value} {unit}: a count is a whole number (e.g. {whole} {unit}).</source>
        <translation>{value} {unit}: jumlah harus bilangan bulat (mis. {whole} {unit}).</translation>
    </message>
    <message>
        <source>Dialog kinerja (performance dialogue)</source>
        <translation>Dialog kinerja</translation>
    </message>
    <message>
        <source>Konseling kinerja (performance counselling)</source>
        <translation>Konseling kinerja</translation>
    </message>
    <message>
        <source>The follow-up date ({follow}) is before the day held ({held}).</source>
        <translation>Tanggal tindak lanjut ({follow}) sebelum tanggal pelaksanaan ({held}).</translation>
    </message>
    <message>
        <source>Full time (penuh waktu)</source>
        <translation>Penuh waktu</translation>
    </message>
    <message>
        <source>Part time (paruh waktu)</source>
        <translation>Paruh waktu</translation>
    </message>
    <message>
        <source>Extend the contract</source>
        <translation>Perjanjian kerja diperpanjang</translation>
    </message>
    <message>
        <source>Propose conversion to full time</source>
        <translation>Diusulkan menjadi PPPK penuh waktu</translation>
    </message>
    <message>
        <source>Do not extend</source>
        <translation>Tidak diperpanjang</translation>
    </message>
    <message>
        <source>No recommendation yet</source>
        <translation>Belum ada rekomendasi</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Diperpanjang</translation>
    </message>
    <message>
        <source>To full time</source>
        <translation>Menjadi penuh waktu</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Belum ada hasil</translation>
    </message>
    <message>
        <source>Annual predikat {predikat} ({period}).</source>
        <translation>Predikat tahunan {predikat} ({period}).</translation>
    </message>
    <message>
        <source>Annual predikat {predikat} ({period}) and every result of the contract Baik or better: part time may become full time (formasi and budget permitting).</source>
        <translation>Predikat tahunan {predikat} ({period}) dan seluruh hasil selama perjanjian kerja minimal Baik: paruh waktu dapat menjadi penuh waktu (sesuai formasi dan anggaran).</translation>
    </message>
    <message>
        <source>Annual predikat {predikat} ({period}): extend with a konseling kinerja and an improvement plan.</source>
        <translation>Predikat tahunan {predikat} ({period}): diperpanjang dengan konseling kinerja dan rencana perbaikan.</translation>
    </message>
    <message>
        <source>Annual predikat {predikat} ({period}): the target of the contract (&apos;perjanjian kerja&apos;) was not met.</source>
        <translation>Predikat tahunan {predikat} ({period}): target perjanjian kerja tidak tercapai.</translation>
    </message>
    <message>
        <source>Provisional: latest result {predikat} ({period}); the annual evaluation decides.</source>
        <translation>Sementara: hasil terakhir {predikat} ({period}); evaluasi tahunan menentukan.</translation>
    </message>
    <message>
        <source>Provisional: latest result {predikat} ({period}), konseling kinerja needed; the annual evaluation decides.</source>
        <translation>Sementara: hasil terakhir {predikat} ({period}), perlu konseling kinerja; evaluasi tahunan menentukan.</translation>
    </message>
    <message>
        <source>Provisional: latest result {predikat} ({period}), the target is not being met; the annual evaluation decides.</source>
        <translation>Sementara: hasil terakhir {predikat} ({period}), target belum tercapai; evaluasi tahunan menentukan.</translation>
    </message>
    <message>
        <source>No final evaluation of the contract period yet.</source>
        <translation>Belum ada evaluasi final pada masa perjanjian kerja.</translation>
    </message>
    <message>
        <source>the first month {value} is not a month (1 to 12)</source>
        <translation>bulan mulai {value} bukan bulan (1 sampai 12)</translation>
    </message>
    <message>
        <source>the last month {value} is not a month (1 to 12)</source>
        <translation>bulan selesai {value} bukan bulan (1 sampai 12)</translation>
    </message>
    <message>
        <source>the first month {start} is after the last month {end}</source>
        <translation>bulan mulai {start} sesudah bulan selesai {end}</translation>
    </message>
    <message>
        <source>the SKP of {first} overlaps the SKP of {second}</source>
        <translation>SKP {first} tumpang tindih dengan SKP {second}</translation>
    </message>
    <message>
        <source>the SKP of {range} can only be closed from {first} to {last}</source>
        <translation>SKP {range} hanya dapat ditutup dari {first} sampai {last}</translation>
    </message>
    <message>
        <source>Daily work (Kinerja Harian)</source>
        <translation>Kinerja Harian</translation>
    </message>
    <message>
        <source>Direct task of the superior (Tugas Langsung Atasan)</source>
        <translation>Tugas Langsung Atasan</translation>
    </message>
    <message>
        <source>Both your work results and your work behaviour were above what was expected.</source>
        <translation>Hasil kerja dan perilaku kerja Anda sama-sama di atas ekspektasi.</translation>
    </message>
    <message>
        <source>Your work results and your work behaviour met what was expected (one of them may have been above it).</source>
        <translation>Hasil kerja dan perilaku kerja Anda sesuai ekspektasi (salah satunya mungkin di atas ekspektasi).</translation>
    </message>
    <message>
        <source>Your work behaviour met or exceeded what was expected, but your work results were below it: the results need improving.</source>
        <translation>Perilaku kerja Anda sesuai atau di atas ekspektasi, tetapi hasil kerja Anda di bawah ekspektasi: hasil kerja perlu diperbaiki.</translation>
    </message>
    <message>
        <source>Your work results met or exceeded what was expected, but your work behaviour was below it: behaviour weighs as much as results.</source>
        <translation>Hasil kerja Anda sesuai atau di atas ekspektasi, tetapi perilaku kerja Anda di bawah ekspektasi: perilaku kerja sama pentingnya dengan hasil kerja.</translation>
    </message>
    <message>
        <source>Both your work results and your work behaviour were below what was expected.</source>
        <translation>Hasil kerja dan perilaku kerja Anda sama-sama di bawah ekspektasi.</translation>
    </message>
    <message>
        <source>Rating hasil kerja “{hasil}” with rating perilaku kerja “{perilaku}” gives the predikat “{predikat}” in the matrix of PermenPANRB 6/2022.</source>
        <translation>Rating hasil kerja “{hasil}” dengan rating perilaku kerja “{perilaku}” menghasilkan predikat “{predikat}” menurut matriks PermenPANRB 6/2022.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>A field needs attention: {first}</source>
        <translation>Satu isian perlu diperiksa: {first}</translation>
    </message>
    <message>
        <source>{count} fields need attention: {first}</source>
        <translation>{count} isian perlu diperiksa: {first}</translation>
    </message>
    <message>
        <source>This database is not an office yet. Set the office code and name first (Settings &gt; Office identity, or &apos;office init&apos;).</source>
        <translation>Basis data ini belum memiliki identitas kantor. Tetapkan kode dan nama kantor terlebih dahulu (Pengaturan &gt; Identitas kantor, atau &apos;office init&apos;).</translation>
    </message>
    <message>
        <source>Office code &apos;{code}&apos; is not valid: use 2 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Kode kantor &apos;{code}&apos; tidak valid: gunakan 2 sampai 16 huruf, angka, &apos;-&apos;, atau &apos;_&apos;, diawali dengan huruf atau angka.</translation>
    </message>
    <message>
        <source>The office name is empty: type the office&apos;s name.</source>
        <translation>Nama kantor kosong: ketik nama kantor.</translation>
    </message>
    <message>
        <source>This database already is office {code} ({name}).</source>
        <translation>Basis data ini sudah terdaftar sebagai kantor {code} ({name}).</translation>
    </message>
    <message>
        <source>The stored file {name} lies outside its folder {folder}: it is not opened.</source>
        <translation>Berkas tersimpan {name} berada di luar foldernya {folder}: berkas tidak dibuka.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>Your account is not allowed to do this. Ask the administrator if you need it.</source>
        <translation>Akun Anda tidak berwenang melakukan tindakan ini. Hubungi administrator jika Anda memerlukannya.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>The idle lock must be between 0 (never) and 480 minutes.</source>
        <translation>Penguncian otomatis harus antara 0 (tidak pernah) dan 480 menit.</translation>
    </message>
    <message>
        <source>Keep between 1 and 365 automatic backups.</source>
        <translation>Jumlah cadangan otomatis yang disimpan harus antara 1 dan 365.</translation>
    </message>
    <message>
        <source>Paper size &apos;{value}&apos; is not known: choose A4 or F4.</source>
        <translation>Ukuran kertas &apos;{value}&apos; tidak dikenal: pilih A4 atau F4.</translation>
    </message>
    <message>
        <source>The place is too long: at most 60 characters.</source>
        <translation>Nama tempat terlalu panjang: paling banyak 60 karakter.</translation>
    </message>
    <message>
        <source>The logo must be an existing PNG or JPEG file: {path}</source>
        <translation>Logo harus berupa berkas PNG atau JPEG yang ada: {path}</translation>
    </message>
</context>
<context>
    <name>siasn_upload</name>
    <message>
        <source>No appraiser (pejabat penilai) was recorded when it was finalised.</source>
        <translation>Pejabat penilai tidak tercatat pada evaluasi yang difinalkan.</translation>
    </message>
    <message>
        <source>The NIP of the appraiser is not recorded.</source>
        <translation>NIP pejabat penilai tidak tercatat.</translation>
    </message>
    <message>
        <source>The appraiser&apos;s grade ({grade}) has no SIASN grade id.</source>
        <translation>Golongan pejabat penilai ({grade}) tidak memiliki ID golongan PNS SIASN.</translation>
    </message>
    <message>
        <source>The employee&apos;s PNS ID (SIASN) is not recorded yet.</source>
        <translation>PNS ID (SIASN) pegawai belum tercatat.</translation>
    </message>
    <message>
        <source>SIASN knows monthly and quarterly periodic results, not semesters.</source>
        <translation>SIASN hanya mengenal kinerja periodik bulanan dan triwulanan, bukan semester.</translation>
    </message>
    <message>
        <source>The period lies outside the months of its SKP.</source>
        <translation>Periode evaluasi di luar bulan SKP-nya.</translation>
    </message>
    <message>
        <source>Period &apos;{value}&apos; is not known: write Q1 ... Q4 or 01 ... 12.</source>
        <translation>Periode &apos;{value}&apos; tidak dikenal: tulis Q1 ... Q4 atau 01 ... 12.</translation>
    </message>
    <message>
        <source>Period {key} is not in the year {year}.</source>
        <translation>Periode {key} tidak berada di tahun {year}.</translation>
    </message>
    <message>
        <source>Final, but a rating (hasil kerja or perilaku kerja) is empty.</source>
        <translation>Evaluasi final tetapi rating hasil kerja atau perilaku kerja kosong.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} tidak ada.</translation>
    </message>
    <message>
        <source>The SIASN files could not be written to {folder}: {reason}</source>
        <translation>Berkas SIASN tidak dapat ditulis ke {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The file is larger than {limit} MB, more than any package of this program: it is not a package, or it is damaged.</source>
        <translation>Berkas lebih besar dari {limit} MB, melebihi ukuran paket mana pun dari program ini: berkas ini bukan paket, atau rusak.</translation>
    </message>
    <message>
        <source>The package could not be read ({reason}): it is damaged or forged. Refused.</source>
        <translation>Paket tidak dapat dibaca ({reason}): paket rusak atau dipalsukan. Ditolak.</translation>
    </message>
    <message>
        <source>The package names office {office}, which is the code of this central office itself: it is forged or made by mistake. Refused.</source>
        <translation>Paket menyebut kantor {office}, yaitu kode kantor pusat ini sendiri: paket dipalsukan atau dibuat karena kekeliruan. Ditolak.</translation>
    </message>
    <message>
        <source>Office {office} is registered with another key ({known}); this package is signed with {found}. Refused: if the office really made a new key, the central office must confirm it first.</source>
        <translation>Kantor {office} terdaftar dengan kunci lain ({known}); paket ini ditandatangani dengan {found}. Ditolak: jika kantor tersebut memang membuat kunci baru, kantor pusat harus mengonfirmasinya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Office {office} is not registered. Confirm its key fingerprint {fingerprint} with the office (by phone), then import again trusting it.</source>
        <translation>Kantor {office} belum terdaftar. Cocokkan sidik jari kuncinya, {fingerprint}, dengan kantor tersebut (melalui telepon), lalu impor lagi dengan menyatakan kunci itu tepercaya.</translation>
    </message>
    <message>
        <source>The package comes from a newer program (schema {found}, this central office has {known}): update the central office&apos;s program first.</source>
        <translation>Paket ini dibuat oleh versi program yang lebih baru (skema {found}, sedangkan kantor pusat ini memakai skema {known}): perbarui program di kantor pusat terlebih dahulu.</translation>
    </message>
    <message>
        <source>Package {sequence} of office {office} was imported before with other content: refused. Ask the office to export again.</source>
        <translation>Paket {sequence} dari kantor {office} sudah pernah diimpor dengan isi yang berbeda: ditolak. Minta kantor tersebut mengekspor ulang.</translation>
    </message>
    <message>
        <source>The package holds changes since version {since}, but the central office holds office {office} only up to version {held}: ask the office for a full package (tick &apos;Full package&apos; when exporting).</source>
        <translation>Paket berisi perubahan sejak versi {since}, tetapi kantor pusat baru menyimpan data kantor {office} sampai versi {held}: mintalah paket lengkap dari kantor tersebut (centang &apos;Paket lengkap&apos; saat mengekspor).</translation>
    </message>
    <message>
        <source>The package was sealed for another central office: this central office&apos;s key cannot open it. Ask the office to set the right central office key and export again.</source>
        <translation>Paket ini disegel untuk kantor pusat lain: kunci kantor pusat ini tidak dapat membukanya. Minta kantor tersebut menetapkan kunci kantor pusat yang benar, lalu mengekspor ulang.</translation>
    </message>
    <message>
        <source>The package is damaged (changed or cut short) and cannot be opened. Ask the office to export it again.</source>
        <translation>Paket rusak (diubah atau terpotong) dan tidak dapat dibuka. Minta kantor tersebut mengekspornya ulang.</translation>
    </message>
    <message>
        <source>The package holds a file with an unsafe name ({name}): refused.</source>
        <translation>Paket berisi berkas dengan nama yang tidak aman ({name}): ditolak.</translation>
    </message>
    <message>
        <source>The package content is not a valid ZIP file.</source>
        <translation>Isi paket bukan berkas ZIP yang valid.</translation>
    </message>
    <message>
        <source>The package holds {count} files, more than {limit}: refused.</source>
        <translation>Paket berisi {count} berkas, melebihi batas {limit}: ditolak.</translation>
    </message>
    <message>
        <source>The package holds {name} twice: refused.</source>
        <translation>Paket berisi {name} dua kali: ditolak.</translation>
    </message>
    <message>
        <source>The package unpacks to far more data than it holds (a zip bomb): refused.</source>
        <translation>Isi paket setelah dibuka jauh lebih besar daripada ukuran paketnya (zip bomb): ditolak.</translation>
    </message>
    <message>
        <source>The package has no signed manifest: it is not a package.</source>
        <translation>Paket tidak memiliki manifes bertanda tangan: berkas ini bukan paket.</translation>
    </message>
    <message>
        <source>The package manifest is not valid: {reason}</source>
        <translation>Manifes paket tidak valid: {reason}</translation>
    </message>
    <message>
        <source>This file is not a Kinerja Luring sync package.</source>
        <translation>Berkas ini bukan paket sinkronisasi Kinerja Luring.</translation>
    </message>
    <message>
        <source>The package has format version {found}; this program reads version {known}. Update the program.</source>
        <translation>Paket ini memakai format versi {found}; program ini membaca versi {known}. Perbarui program.</translation>
    </message>
    <message>
        <source>The signature of the package does not match the key of office {office}: the package was changed or forged. Refused.</source>
        <translation>Tanda tangan paket tidak cocok dengan kunci kantor {office}: paket telah diubah atau dipalsukan. Ditolak.</translation>
    </message>
    <message>
        <source>The package holds files its manifest does not list: {names}.</source>
        <translation>Paket berisi berkas yang tidak tercantum dalam manifesnya: {names}.</translation>
    </message>
    <message>
        <source>The package lacks the file {name} its manifest lists.</source>
        <translation>Paket tidak berisi berkas {name} yang tercantum dalam manifesnya.</translation>
    </message>
    <message>
        <source>The file {name} does not match its hash in the manifest: refused.</source>
        <translation>Berkas {name} tidak cocok dengan nilai hash-nya di manifes: ditolak.</translation>
    </message>
    <message>
        <source>The file {name} holds {found} records, its manifest says {listed}: refused.</source>
        <translation>Berkas {name} berisi {found} data, sedangkan menurut manifesnya {listed}: ditolak.</translation>
    </message>
    <message>
        <source>The office key in the package manifest is not an Ed25519 key.</source>
        <translation>Kunci kantor dalam manifes paket bukan kunci Ed25519.</translation>
    </message>
    <message>
        <source>This file is not a valid receipt of a central office (or it is damaged).</source>
        <translation>Berkas ini bukan tanda terima kantor pusat yang valid (atau berkasnya rusak).</translation>
    </message>
    <message>
        <source>The receipt is damaged (changed or cut short) and cannot be read. Ask the central office to write it again (import the same package once more there).</source>
        <translation>Tanda terima rusak (diubah atau terpotong) dan tidak dapat dibaca. Minta kantor pusat menuliskannya lagi (impor paket yang sama sekali lagi di sana).</translation>
    </message>
    <message>
        <source>The receipt is not valid: {reason}</source>
        <translation>Tanda terima tidak valid: {reason}</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature does not match: it was changed or forged.</source>
        <translation>Tanda tangan pada tanda terima tidak cocok: tanda terima telah diubah atau dipalsukan.</translation>
    </message>
    <message>
        <source>The receipt is signed by a central office with key {found}, not the one this office knows ({known}): refused.</source>
        <translation>Tanda terima ditandatangani oleh kantor pusat dengan kunci {found}, bukan kunci yang dikenal kantor ini ({known}): ditolak.</translation>
    </message>
    <message>
        <source>Package {sequence} of office {office} is more than {limit} packages ahead of the last one imported ({last}): the package is forged or damaged. Refused.</source>
        <translation>Paket {sequence} dari kantor {office} lebih dari {limit} paket di depan paket terakhir yang diimpor ({last}): paket dipalsukan atau rusak. Ditolak.</translation>
    </message>
    <message>
        <source>This file is not a return package of the central office (or it is damaged).</source>
        <translation>Berkas ini bukan paket balasan kantor pusat (atau rusak).</translation>
    </message>
    <message>
        <source>The return package is damaged (changed or cut short) and cannot be read. Ask the central office to write it again.</source>
        <translation>Paket balasan rusak (diubah atau terpotong) dan tidak dapat dibaca. Minta kantor pusat menuliskannya lagi.</translation>
    </message>
    <message>
        <source>The return package cannot be opened: it was not sealed for this office, or it is damaged (changed or cut short).</source>
        <translation>Paket balasan tidak dapat dibuka: paket tidak disegel untuk kantor ini, atau rusak (diubah atau terpotong).</translation>
    </message>
    <message>
        <source>The return package is not valid: {reason}</source>
        <translation>Paket balasan tidak sah: {reason}</translation>
    </message>
    <message>
        <source>The return package&apos;s signature does not match: it was changed or forged.</source>
        <translation>Tanda tangan paket balasan tidak cocok: paket telah diubah atau dipalsukan.</translation>
    </message>
    <message>
        <source>The return package is signed by a central office with key {found}, not the one this office knows ({known}): refused.</source>
        <translation>Paket balasan ditandatangani kantor pusat dengan kunci {found}, bukan kunci yang dikenal kantor ini ({known}): ditolak.</translation>
    </message>
</context>
<context>
    <name>sync_central</name>
    <message>
        <source>This database is not a central office: run &apos;hq init --name NAME&apos; on a new database first.</source>
        <translation>Basis data ini bukan basis data kantor pusat: jalankan &apos;hq init --name NAME&apos; pada basis data baru terlebih dahulu.</translation>
    </message>
    <message>
        <source>Give the name of the central office.</source>
        <translation>Isi nama kantor pusat.</translation>
    </message>
    <message>
        <source>This database is a central office already.</source>
        <translation>Basis data ini sudah menjadi basis data kantor pusat.</translation>
    </message>
    <message>
        <source>This database belongs to office {code}: the central office needs a database of its own.</source>
        <translation>Basis data ini milik kantor {code}: kantor pusat memerlukan basis data tersendiri.</translation>
    </message>
    <message>
        <source>The identity could not be written to {path}: {reason}</source>
        <translation>Identitas tidak dapat disimpan ke {path}: {reason}</translation>
    </message>
    <message>
        <source>The package {path} cannot be read: {reason}</source>
        <translation>Paket {path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>The receipt&apos;s file name {name} leaves its folder: refused.</source>
        <translation>Nama berkas tanda terima {name} keluar dari foldernya: ditolak.</translation>
    </message>
    <message>
        <source>The package was imported, but its receipt could not be written to {path}: {reason}. Write it again by importing the same package once more.</source>
        <translation>Paket telah diimpor, tetapi tanda terimanya tidak dapat disimpan ke {path}: {reason}. Buat ulang tanda terima dengan mengimpor paket yang sama sekali lagi.</translation>
    </message>
    <message>
        <source>The key file could not be written to {path}: {reason}</source>
        <translation>Berkas kunci tidak dapat disimpan ke {path}: {reason}</translation>
    </message>
    <message>
        <source>Write what was decided for this NIP.</source>
        <translation>Tuliskan keputusan untuk NIP ini.</translation>
    </message>
    <message>
        <source>The merge item no longer exists.</source>
        <translation>Butir antrean penggabungan tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>No office {code} is registered at this central office.</source>
        <translation>Tidak ada kantor {code} yang terdaftar di kantor pusat ini.</translation>
    </message>
    <message>
        <source>Office {code} has no such record at this central office.</source>
        <translation>Kantor {code} tidak memiliki data tersebut di kantor pusat ini.</translation>
    </message>
    <message>
        <source>Write an organisation predikat (Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang) and a period such as 2026.</source>
        <translation>Tuliskan predikat organisasi (Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang) dan periode seperti 2026.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a PNS ID.</source>
        <translation>&apos;{value}&apos; bukan PNS ID.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a grade (golongan) of this employee.</source>
        <translation>&apos;{value}&apos; bukan golongan untuk pegawai ini.</translation>
    </message>
    <message>
        <source>Write the corrected value.</source>
        <translation>Tuliskan nilai perbaikannya.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a kind of correction.</source>
        <translation>&apos;{value}&apos; bukan jenis perbaikan.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} tidak ada.</translation>
    </message>
    <message>
        <source>The return package could not be written to {path}: {reason}</source>
        <translation>Paket balasan tidak dapat ditulis ke {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>sync_office</name>
    <message>
        <source>This database is not an office yet: set the office code and name first (&apos;office init&apos;).</source>
        <translation>Basis data ini belum memiliki identitas kantor: tetapkan kode dan nama kantor terlebih dahulu (&apos;office init&apos;).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a key fingerprint (64 hexadecimal digits).</source>
        <translation>&apos;{value}&apos; bukan sidik jari kunci (64 digit heksadesimal).</translation>
    </message>
    <message>
        <source>The fingerprint of the central office&apos;s receipt signing key is required: the central office shows it under its key (Import tab, or the key file it saves for the offices). Give both.</source>
        <translation>Sidik jari kunci penanda tangan tanda terima kantor pusat wajib diisi: kantor pusat menampilkannya di bawah kuncinya (tab Impor, atau berkas kunci yang disimpannya untuk kantor-kantor). Berikan keduanya.</translation>
    </message>
    <message>
        <source>No central office key found: it starts with &apos;age1&apos; (ask the central office for the key file it saves for the offices).</source>
        <translation>Kunci kantor pusat tidak ditemukan: kunci tersebut diawali dengan &apos;age1&apos; (minta kantor pusat memberikan berkas kunci yang disimpannya untuk kantor-kantor).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid central office key.</source>
        <translation>&apos;{value}&apos; bukan kunci kantor pusat yang valid.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {reason}</source>
        <translation>Berkas kunci {path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>{path} is too large to be a central office key file.</source>
        <translation>{path} terlalu besar untuk sebuah berkas kunci kantor pusat.</translation>
    </message>
    <message>
        <source>The central office key is not set: paste it in Sync &gt; Central office key (or run &apos;office set-hq-key&apos;).</source>
        <translation>Kunci kantor pusat belum ditetapkan: tempel kunci tersebut di Sinkronisasi &gt; Kunci kantor pusat (atau jalankan &apos;office set-hq-key&apos;).</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (is the stick plugged in?).</source>
        <translation>Folder {path} tidak ada (apakah flashdisk sudah terpasang?).</translation>
    </message>
    <message>
        <source>The package could not be written to {path}: {reason}. Nothing was recorded; check the stick and export again.</source>
        <translation>Paket tidak dapat disimpan ke {path}: {reason}. Tidak ada yang dicatat; periksa flashdisk, lalu ekspor lagi.</translation>
    </message>
    <message>
        <source>The package {name} is no longer in the outbox (only the last {keep} are kept): export a new package instead; it carries the same changes.</source>
        <translation>Paket {name} sudah tidak ada di kotak keluar (hanya {keep} paket terakhir yang disimpan): ekspor paket baru sebagai gantinya; paket baru membawa perubahan yang sama.</translation>
    </message>
    <message>
        <source>The outbox copy of {name} is damaged: export a new package instead; it carries the same changes.</source>
        <translation>Salinan {name} di kotak keluar rusak: ekspor paket baru sebagai gantinya; paket baru membawa perubahan yang sama.</translation>
    </message>
    <message>
        <source>The package could not be written to {path}: {reason}. Check the stick and try again.</source>
        <translation>Paket tidak dapat disimpan ke {path}: {reason}. Periksa flashdisk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The receipt {path} cannot be read: {reason}</source>
        <translation>Tanda terima {path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>This office does not know the fingerprint of the central office&apos;s receipt signing key, so no receipt can be checked: set the central office key again (Sync window, Read the key from a file…) from the key file the central office saves for the offices.</source>
        <translation>Kantor ini belum mengetahui sidik jari kunci penanda tangan tanda terima kantor pusat, sehingga tidak ada tanda terima yang dapat diperiksa: atur ulang kunci kantor pusat (jendela Sinkronisasi, Baca kunci dari berkas…) dari berkas kunci yang disimpan kantor pusat untuk kantor-kantor.</translation>
    </message>
    <message>
        <source>The receipt is for office {found}, not for this office ({own}).</source>
        <translation>Tanda terima ini untuk kantor {found}, bukan untuk kantor ini ({own}).</translation>
    </message>
    <message>
        <source>The receipt answers a package of an earlier copy of this database (it was restored since): export again; the next package is a full one.</source>
        <translation>Tanda terima ini merupakan jawaban atas paket dari salinan lama basis data ini (basis data telah dipulihkan sejak itu): ekspor lagi; paket berikutnya akan berupa paket lengkap.</translation>
    </message>
    <message>
        <source>The receipt answers package {sequence}, which this office did not write.</source>
        <translation>Tanda terima ini merupakan jawaban atas paket {sequence}, yang tidak pernah dibuat oleh kantor ini.</translation>
    </message>
    <message>
        <source>The receipt acknowledges version {found}, but package {sequence} carried changes only up to version {carried}: the receipt is forged or damaged. Refused.</source>
        <translation>Tanda terima mengakui versi {found}, padahal paket {sequence} hanya membawa perubahan sampai versi {carried}: tanda terima dipalsukan atau rusak. Ditolak.</translation>
    </message>
    <message>
        <source>The return package {path} cannot be read: {reason}</source>
        <translation>Paket balasan {path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>This office does not know the fingerprint of the central office&apos;s signing key, so no return package can be checked: set the central office key again from the key file the central office saves for the offices.</source>
        <translation>Kantor ini tidak mengetahui sidik jari kunci tanda tangan kantor pusat, sehingga paket balasan tidak dapat diperiksa: tetapkan lagi kunci kantor pusat dari berkas kunci yang disimpan kantor pusat untuk kantor-kantor.</translation>
    </message>
    <message>
        <source>The return package is for office {found}, not for this office ({own}).</source>
        <translation>Paket balasan ini untuk kantor {found}, bukan untuk kantor ini ({own}).</translation>
    </message>
    <message>
        <source>Return package {sequence} is not newer than return package {last}, applied already: it is an old or replayed copy. Refused; nothing changed.</source>
        <translation>Paket balasan {sequence} tidak lebih baru daripada paket balasan {last} yang sudah diterapkan: ini salinan lama atau yang dikirim ulang. Ditolak; tidak ada yang berubah.</translation>
    </message>
</context>
<context>
    <name>transfers</name>
    <message>
        <source>Transfer (mutasi)</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <source>Promotion (promosi)</source>
        <translation>Promosi</translation>
    </message>
    <message>
        <source>New appraiser only (pejabat penilai)</source>
        <translation>Hanya pergantian pejabat penilai</translation>
    </message>
    <message>
        <source>Nothing changes: choose the new unit, position or appraiser.</source>
        <translation>Tidak ada yang berubah: pilih unit kerja, jabatan, atau pejabat penilai yang baru.</translation>
    </message>
    <message>
        <source>{name} has no SKP for {year}: make the SKP first.</source>
        <translation>{name} belum mempunyai SKP tahun {year}: buat SKP terlebih dahulu.</translation>
    </message>
    <message>
        <source>The SKP of {months} covers one month: it cannot be split.</source>
        <translation>SKP {months} hanya mencakup satu bulan: tidak dapat dibagi.</translation>
    </message>
    <message>
        <source>The evaluation of {period} already belongs to this SKP and ends after {month}: close the SKP at its last month or later.</source>
        <translation>Evaluasi {period} sudah menjadi milik SKP ini dan berakhir sesudah {month}: tutup SKP pada bulan terakhir evaluasi itu atau sesudahnya.</translation>
    </message>
    <message>
        <source>Choose what happens: transfer, promotion or appraiser.</source>
        <translation>Pilih jenis perubahan: mutasi, promosi, atau pergantian pejabat penilai.</translation>
    </message>
    <message>
        <source>Last month of the current SKP: {problem}</source>
        <translation>Bulan terakhir SKP yang berlaku: {problem}</translation>
    </message>
    <message>
        <source>An RHK to copy no longer exists.</source>
        <translation>RHK yang akan disalin sudah tidak ada.</translation>
    </message>
    <message>
        <source>Choose one new appraiser, not two.</source>
        <translation>Pilih satu pejabat penilai baru, bukan dua.</translation>
    </message>
    <message>
        <source>An employee cannot appraise themselves.</source>
        <translation>Pegawai tidak dapat menjadi pejabat penilai bagi dirinya sendiri.</translation>
    </message>
    <message>
        <source>The official outside the office no longer exists.</source>
        <translation>Pejabat di luar instansi itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>{name} is marked inactive: choose an active official.</source>
        <translation>{name} ditandai tidak aktif: pilih pejabat yang aktif.</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>Pegawai itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>{name} has no transfer in {year} to undo.</source>
        <translation>{name} tidak punya mutasi pada {year} yang bisa dibatalkan.</translation>
    </message>
    <message>
        <source>The SKP of {months} that the transfer started is no longer a draft: the transfer cannot be undone.</source>
        <translation>SKP {months} yang dibuat oleh mutasi itu bukan draf lagi: mutasi tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>The SKP of {months} already has the evaluation of {period}: the transfer cannot be undone.</source>
        <translation>SKP {months} sudah punya evaluasi {period}: mutasi tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>{count} RHK of other employees support the RHK of the SKP of {months}: the transfer cannot be undone.</source>
        <translation>{count} RHK pegawai lain mendukung RHK SKP {months}: mutasi tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>The SKP before the transfer changed since: the transfer cannot be undone.</source>
        <translation>SKP sebelum mutasi sudah berubah sejak itu: mutasi tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>The register record of {name} changed after the transfer: undoing it would overwrite that change. Change the register by hand instead.</source>
        <translation>Data pegawai {name} berubah setelah mutasi: pembatalan akan menimpa perubahan itu. Ubah data pegawai secara manual.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>Dinas</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Badan</source>
        <translation>Badan</translation>
    </message>
    <message>
        <source>Sekretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <source>Bidang</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Subbagian</source>
        <translation>Subbagian</translation>
    </message>
    <message>
        <source>Seksi</source>
        <translation>Seksi</translation>
    </message>
    <message>
        <source>UPT</source>
        <translation>UPT</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Sekolah</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>The unit code is empty: type a short code.</source>
        <translation>Kode unit kosong: ketik kode singkat.</translation>
    </message>
    <message>
        <source>The unit code is longer than 32 characters.</source>
        <translation>Kode unit lebih dari 32 karakter.</translation>
    </message>
    <message>
        <source>Unit code {code} is already used by {name}.</source>
        <translation>Kode unit {code} sudah digunakan oleh {name}.</translation>
    </message>
    <message>
        <source>The unit name is empty: type the unit&apos;s name.</source>
        <translation>Nama unit kosong: ketik nama unit.</translation>
    </message>
    <message>
        <source>Unit kind &apos;{kind}&apos; is not known.</source>
        <translation>Jenis unit &apos;{kind}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>The parent unit no longer exists.</source>
        <translation>Unit induk sudah tidak ada.</translation>
    </message>
    <message>
        <source>A unit cannot be placed under itself or one of its own sub-units.</source>
        <translation>Unit tidak dapat ditempatkan di bawah dirinya sendiri atau di bawah salah satu subunitnya.</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>Unit tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Unit {name} still has an employee: move them first, or mark the unit inactive instead.</source>
        <translation>Unit {name} masih memiliki satu pegawai: pindahkan pegawai tersebut terlebih dahulu, atau tandai unit sebagai tidak aktif.</translation>
    </message>
    <message>
        <source>Unit {name} still has {count} employees: move them first, or mark the unit inactive instead.</source>
        <translation>Unit {name} masih memiliki {count} pegawai: pindahkan pegawai tersebut terlebih dahulu, atau tandai unit sebagai tidak aktif.</translation>
    </message>
    <message>
        <source>Unit {name} still has a sub-unit: move or delete it first.</source>
        <translation>Unit {name} masih memiliki satu subunit: pindahkan atau hapus subunit tersebut terlebih dahulu.</translation>
    </message>
    <message>
        <source>Unit {name} still has {count} sub-units: move or delete them first.</source>
        <translation>Unit {name} masih memiliki {count} subunit: pindahkan atau hapus subunit tersebut terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>evaluation form</source>
        <translation>formulir evaluasi</translation>
    </message>
    <message>
        <source>Dokumen Evaluasi</source>
        <translation>Dokumen Evaluasi</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>IDP</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Not available here.</source>
        <translation>Tidak tersedia di sini.</translation>
    </message>
    <message>
        <source>The central office only reads the offices&apos; data: it is changed in the office and comes here in its packages.</source>
        <translation>Kantor pusat hanya membaca data kantor-kantor: data diubah di kantor dan sampai di sini lewat paketnya.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Akun Anda tidak boleh melakukan ini.</translation>
    </message>
    <message>
        <source>Only {roles} may do this; you are signed in as {role}.</source>
        <translation>Hanya {roles} yang boleh melakukan ini; Anda masuk sebagai {role}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> atau </translation>
    </message>
    <message>
        <source>Select an employee in the list first.</source>
        <translation>Pilih dulu seorang pegawai di daftar.</translation>
    </message>
    <message>
        <source>Only for the employees you appraise (you are not this employee&apos;s appraiser).</source>
        <translation>Hanya untuk pegawai yang Anda nilai (Anda bukan pejabat penilai pegawai ini).</translation>
    </message>
    <message>
        <source>The year is closed: nothing new can be made in it.</source>
        <translation>Tahun ini sudah ditutup: tidak ada yang baru yang dapat dibuat di dalamnya.</translation>
    </message>
</context>
<context>
    <name>xlsx</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Ekspor dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. If the file is open in Excel, close it and try again; otherwise choose another folder.</source>
        <translation>Tidak dapat menulis {path}: {reason}. Jika berkas sedang terbuka di Excel, tutup berkas itu lalu coba lagi; jika tidak, pilih folder lain.</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx, not {name}.</source>
        <translation>Ekspor ke berkas berakhiran .xlsx, bukan {name}.</translation>
    </message>
</context>
</TS>
