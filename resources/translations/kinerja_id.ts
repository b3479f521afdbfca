<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AppController</name>
    <message>
        <source>Database in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is already open in another Kinerja Luring window. Switch to that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Kinerja Luring (schema {found}; this version knows up to {known}). Install the newer version to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Kinerja Luring database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not a Kinerja Luring database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinerja Luring database (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinerja Luring database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not yet available: this part of Kinerja Luring comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance Targets (SKP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kinerja Luring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kinerja Luring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinerja Luring {version}

Offline performance management for civil servants (PermenPANRB 6/2022): targets, evaluation, development and sealed packages for the central office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Office identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the code and name of this office. The code is written on every record and every package sent to the central office; it cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database belongs to the office below. Only the name can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example DINKES01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>employees</name>
    <message>
        <source>NIP is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {nip} is a {found} number, but the employee type is {kind}: choose {found} or correct the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP {nip} is already registered for {name}: open that record instead of adding a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee type &apos;{kind}&apos; is not known: choose PNS or PPPK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty: type the employee&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Golongan &apos;{grade}&apos; is not a PNS golongan: choose one from I/a to IV/e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Golongan &apos;{grade}&apos; is not a PPPK golongan: choose one from I to XVII.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the employee&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employee cannot be their own superior or appraiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen person is no longer in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This choice makes a circle: the chosen person already reports (directly or indirectly) to this employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason why the employee is inactive (retired, moved, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is more than a year in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the jabatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the jenis jabatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A jabatan fungsional needs its jenjang (Ahli Pertama ... Penyelia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a jabatan fungsional has a jenjang: clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only JPT, administrator and pengawas posts have an eselon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eselon &apos;{echelon}&apos; is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and the last action was not completed. Nothing that was already saved is lost, and an open form keeps what you typed.

If it happens again, send the details to your support contact. They are also written to the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scoring</name>
    <message>
        <source>At most 70% Sangat Baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sangat Baik is the largest group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 70% Baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baik is the largest group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are employees with Butuh Perbaikan and/or Kurang/Misconduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 60% Butuh Perbaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 10% Sangat Baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 60% Kurang/Misconduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10% Butuh Perbaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 60% Sangat Kurang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10% Kurang/Misconduct and/or Butuh Perbaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Sangat Baik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{predikat}: {count} of {total} employees ({actual}%), more than the {share}% of the pattern allows ({allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{predikat}: {count} of {total} employees ({actual}%), fewer than the {share}% the pattern asks for ({allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{predikat}: nobody of {total} employees, but the pattern expects at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{predikat}: {count} of {total} employees, but the pattern expects none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{predikat}: {count} of {total} employees is not the largest group; {other} has {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predikat counts {value} are not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count {value} for {predikat} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count {value} for {predikat} is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head-count {value} is not a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP {value} is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP {value} contains characters other than digits: {characters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP {value} has {count} digits instead of 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date {value} is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date {value} is before {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit 13 of NI PPPK {value} is {digit}, not the PPPK code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit 13 of NIP PNS {value} is {digit}, the PPPK code: this looks like an NI PPPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee kind {value} is not PNS or PPPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMT {value}: month {month} is not 01-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMT {value} is not after the birth date {birth_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMT {value} is before the holder&apos;s {age}th birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment year {value} is not after the birth year {birth_year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment year {value} is before the holder&apos;s {age}th year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment year {value} is before PPPK existed ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit 14 (number of work agreements) of {value} is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender digit {value} is not 1 (male) or 2 (female)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number {value} is not 001-999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} code {value} is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} label {value} is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>{count} field(s) need attention: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not an office yet. Set the office code and name first (Settings &gt; Office identity, or &apos;office init&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office code &apos;{code}&apos; is not valid: use 2 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office name is empty: type the office&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already is office {code} ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>Dinas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subbagian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekolah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit code is empty: type a short code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit code is longer than 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code {code} is already used by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name is empty: type the unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit kind &apos;{kind}&apos; is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be placed under itself or one of its own sub-units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {name} still has {count} employee(s): move them first, or mark the unit inactive instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {name} still has {count} sub-unit(s): move or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
