"""0005: evaluasi kinerja: evaluations (periodic and annual), realisasi per indicator, feedback
per BerAKHLAK value, the organisation predikat per unit and period, and the status history."""

_SYNC = (
    '"id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "office_code" VARCHAR(16) NOT NULL, '
    '"version" INTEGER NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL'
)

SQL = f"""
CREATE TABLE "evaluation" ({_SYNC}, "employee_id" INTEGER NOT NULL, "plan_id" INTEGER, "period_id" INTEGER NOT NULL, "period_key" VARCHAR(10) NOT NULL, "status" VARCHAR(10) NOT NULL, "rating_hasil" VARCHAR(16), "rating_perilaku" VARCHAR(16), "predikat" VARCHAR(16), "notes" TEXT NOT NULL, "snapshot" TEXT NOT NULL, "finalized_at" DATETIME, "objection" TEXT NOT NULL, "objection_at" DATETIME, "explanation" TEXT NOT NULL, "explanation_at" DATETIME, "decision" TEXT NOT NULL, "decided_at" DATETIME, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT, FOREIGN KEY ("plan_id") REFERENCES "performance_plan" ("id") ON DELETE RESTRICT, FOREIGN KEY ("period_id") REFERENCES "period" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "evaluation_uid" ON "evaluation" ("uid");
CREATE INDEX "evaluation_office_code" ON "evaluation" ("office_code");
CREATE INDEX "evaluation_version" ON "evaluation" ("version");
CREATE INDEX "evaluation_deleted" ON "evaluation" ("deleted");
CREATE INDEX "evaluation_employee_id" ON "evaluation" ("employee_id");
CREATE INDEX "evaluation_plan_id" ON "evaluation" ("plan_id");
CREATE INDEX "evaluation_period_id" ON "evaluation" ("period_id");
CREATE INDEX "evaluation_status" ON "evaluation" ("status");
CREATE UNIQUE INDEX "evaluation_one_per_period" ON "evaluation" ("employee_id", "period_key") WHERE "deleted" = 0;
CREATE TABLE "evaluation_realisation" ({_SYNC}, "evaluation_id" INTEGER NOT NULL, "indicator_id" INTEGER NOT NULL, "realisasi" TEXT NOT NULL, "bukti_dukung" TEXT NOT NULL, "evidence_path" TEXT, "evidence_sha256" VARCHAR(64), "feedback" TEXT NOT NULL, FOREIGN KEY ("evaluation_id") REFERENCES "evaluation" ("id") ON DELETE RESTRICT, FOREIGN KEY ("indicator_id") REFERENCES "plan_indicator" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "evaluation_realisation_uid" ON "evaluation_realisation" ("uid");
CREATE INDEX "evaluation_realisation_office_code" ON "evaluation_realisation" ("office_code");
CREATE INDEX "evaluation_realisation_version" ON "evaluation_realisation" ("version");
CREATE INDEX "evaluation_realisation_deleted" ON "evaluation_realisation" ("deleted");
CREATE INDEX "evaluation_realisation_evaluation_id" ON "evaluation_realisation" ("evaluation_id");
CREATE INDEX "evaluation_realisation_indicator_id" ON "evaluation_realisation" ("indicator_id");
CREATE UNIQUE INDEX "evaluation_realisation_one_per_indicator" ON "evaluation_realisation" ("evaluation_id", "indicator_id") WHERE "deleted" = 0;
CREATE TABLE "evaluation_behaviour" ({_SYNC}, "evaluation_id" INTEGER NOT NULL, "value_code" INTEGER NOT NULL, "feedback" TEXT NOT NULL, "rating" VARCHAR(16), FOREIGN KEY ("evaluation_id") REFERENCES "evaluation" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "evaluation_behaviour_uid" ON "evaluation_behaviour" ("uid");
CREATE INDEX "evaluation_behaviour_office_code" ON "evaluation_behaviour" ("office_code");
CREATE INDEX "evaluation_behaviour_version" ON "evaluation_behaviour" ("version");
CREATE INDEX "evaluation_behaviour_deleted" ON "evaluation_behaviour" ("deleted");
CREATE INDEX "evaluation_behaviour_evaluation_id" ON "evaluation_behaviour" ("evaluation_id");
CREATE UNIQUE INDEX "evaluation_behaviour_one_per_value" ON "evaluation_behaviour" ("evaluation_id", "value_code") WHERE "deleted" = 0;
CREATE TABLE "org_result" ({_SYNC}, "unit_id" INTEGER NOT NULL, "period_key" VARCHAR(10) NOT NULL, "org_predikat" VARCHAR(16) NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "org_result_uid" ON "org_result" ("uid");
CREATE INDEX "org_result_office_code" ON "org_result" ("office_code");
CREATE INDEX "org_result_version" ON "org_result" ("version");
CREATE INDEX "org_result_deleted" ON "org_result" ("deleted");
CREATE INDEX "org_result_unit_id" ON "org_result" ("unit_id");
CREATE UNIQUE INDEX "org_result_one_per_period" ON "org_result" ("unit_id", "period_key") WHERE "deleted" = 0;
CREATE TABLE "evaluation_status_change" ({_SYNC}, "evaluation_id" INTEGER NOT NULL, "from_status" VARCHAR(12) NOT NULL, "to_status" VARCHAR(12) NOT NULL, "actor" VARCHAR(80) NOT NULL, "reason" TEXT NOT NULL, "at" DATETIME NOT NULL, FOREIGN KEY ("evaluation_id") REFERENCES "evaluation" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "evaluation_status_change_uid" ON "evaluation_status_change" ("uid");
CREATE INDEX "evaluation_status_change_office_code" ON "evaluation_status_change" ("office_code");
CREATE INDEX "evaluation_status_change_version" ON "evaluation_status_change" ("version");
CREATE INDEX "evaluation_status_change_deleted" ON "evaluation_status_change" ("deleted");
CREATE INDEX "evaluation_status_change_evaluation_id" ON "evaluation_status_change" ("evaluation_id");
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
