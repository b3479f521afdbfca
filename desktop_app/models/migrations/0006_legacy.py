"""0006: archive appraisals of the PP 46/2011 and PP 30/2019 years: the appraisal with its
perilaku aspects and computed scores, the kegiatan tugas jabatan, and the status history."""

_SYNC = (
    '"id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "office_code" VARCHAR(16) NOT NULL, '
    '"version" INTEGER NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL'
)

SQL = f"""
CREATE TABLE "legacy_appraisal" ({_SYNC}, "employee_id" INTEGER NOT NULL, "period_id" INTEGER NOT NULL, "regime" VARCHAR(24) NOT NULL, "status" VARCHAR(10) NOT NULL, "structural" INTEGER NOT NULL, "tugas_tambahan" INTEGER NOT NULL, "kreativitas" VARCHAR(12) NOT NULL, "perilaku" TEXT NOT NULL, "with_peers" INTEGER NOT NULL, "innovation" INTEGER NOT NULL, "notes" TEXT NOT NULL, "nilai_skp" VARCHAR(16), "nilai_perilaku" VARCHAR(16), "nilai_prestasi" VARCHAR(16), "sebutan" VARCHAR(16), "snapshot" TEXT NOT NULL, "finalized_at" DATETIME, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT, FOREIGN KEY ("period_id") REFERENCES "period" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "legacy_appraisal_uid" ON "legacy_appraisal" ("uid");
CREATE INDEX "legacy_appraisal_office_code" ON "legacy_appraisal" ("office_code");
CREATE INDEX "legacy_appraisal_version" ON "legacy_appraisal" ("version");
CREATE INDEX "legacy_appraisal_deleted" ON "legacy_appraisal" ("deleted");
CREATE INDEX "legacy_appraisal_employee_id" ON "legacy_appraisal" ("employee_id");
CREATE INDEX "legacy_appraisal_period_id" ON "legacy_appraisal" ("period_id");
CREATE INDEX "legacy_appraisal_status" ON "legacy_appraisal" ("status");
CREATE UNIQUE INDEX "legacy_appraisal_one_per_period" ON "legacy_appraisal" ("employee_id", "period_id") WHERE "deleted" = 0;
CREATE TABLE "legacy_activity" ({_SYNC}, "appraisal_id" INTEGER NOT NULL, "sort_order" INTEGER NOT NULL, "text" TEXT NOT NULL, "angka_kredit" VARCHAR(16), "output_unit" VARCHAR(60) NOT NULL, "kuantitas_target" VARCHAR(24), "kuantitas_real" VARCHAR(24), "kualitas_target" VARCHAR(24), "kualitas_real" VARCHAR(24), "waktu_target" VARCHAR(24), "waktu_real" VARCHAR(24), "biaya_target" VARCHAR(24), "biaya_real" VARCHAR(24), "nilai_capaian" VARCHAR(16), FOREIGN KEY ("appraisal_id") REFERENCES "legacy_appraisal" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "legacy_activity_uid" ON "legacy_activity" ("uid");
CREATE INDEX "legacy_activity_office_code" ON "legacy_activity" ("office_code");
CREATE INDEX "legacy_activity_version" ON "legacy_activity" ("version");
CREATE INDEX "legacy_activity_deleted" ON "legacy_activity" ("deleted");
CREATE INDEX "legacy_activity_appraisal_id" ON "legacy_activity" ("appraisal_id");
CREATE TABLE "legacy_status_change" ({_SYNC}, "appraisal_id" INTEGER NOT NULL, "from_status" VARCHAR(12) NOT NULL, "to_status" VARCHAR(12) NOT NULL, "actor" VARCHAR(80) NOT NULL, "reason" TEXT NOT NULL, "at" DATETIME NOT NULL, FOREIGN KEY ("appraisal_id") REFERENCES "legacy_appraisal" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "legacy_status_change_uid" ON "legacy_status_change" ("uid");
CREATE INDEX "legacy_status_change_office_code" ON "legacy_status_change" ("office_code");
CREATE INDEX "legacy_status_change_version" ON "legacy_status_change" ("version");
CREATE INDEX "legacy_status_change_deleted" ON "legacy_status_change" ("deleted");
CREATE INDEX "legacy_status_change_appraisal_id" ON "legacy_status_change" ("appraisal_id");
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
