"""0008: pengembangan kompetensi: individual development plans (IDP) with their competence gaps,
the planned and completed development activities (the 20 JP record, certificates) and the
status history of the plans."""

_SYNC = (
    '"id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "office_code" VARCHAR(16) NOT NULL, '
    '"version" INTEGER NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL'
)


def _sync_indexes(table: str) -> str:
    return f"""
CREATE UNIQUE INDEX "{table}_uid" ON "{table}" ("uid");
CREATE INDEX "{table}_office_code" ON "{table}" ("office_code");
CREATE INDEX "{table}_version" ON "{table}" ("version");
CREATE INDEX "{table}_deleted" ON "{table}" ("deleted");"""


SQL = f"""
CREATE TABLE "development_plan" ({_SYNC}, "employee_id" INTEGER NOT NULL, "period_id" INTEGER NOT NULL, "status" VARCHAR(10) NOT NULL, "required" INTEGER NOT NULL, "required_reason" TEXT NOT NULL, "goals" TEXT NOT NULL, "notes" TEXT NOT NULL, "return_reason" TEXT NOT NULL, "snapshot" TEXT NOT NULL, "submitted_at" DATETIME, "agreed_at" DATETIME, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT, FOREIGN KEY ("period_id") REFERENCES "period" ("id") ON DELETE RESTRICT);
{_sync_indexes("development_plan")}
CREATE INDEX "development_plan_employee_id" ON "development_plan" ("employee_id");
CREATE INDEX "development_plan_period_id" ON "development_plan" ("period_id");
CREATE INDEX "development_plan_status" ON "development_plan" ("status");
CREATE UNIQUE INDEX "development_plan_one_per_year" ON "development_plan" ("employee_id", "period_id") WHERE "deleted" = 0;
CREATE TABLE "development_gap" ({_SYNC}, "plan_id" INTEGER NOT NULL, "sort_order" INTEGER NOT NULL, "competence_type" VARCHAR(16) NOT NULL, "origin" VARCHAR(12) NOT NULL, "competence" TEXT NOT NULL, "gap" TEXT NOT NULL, "goal" TEXT NOT NULL, "indicator" TEXT NOT NULL, "source" TEXT NOT NULL, "evaluation_id" INTEGER, FOREIGN KEY ("plan_id") REFERENCES "development_plan" ("id") ON DELETE RESTRICT, FOREIGN KEY ("evaluation_id") REFERENCES "evaluation" ("id") ON DELETE RESTRICT);
{_sync_indexes("development_gap")}
CREATE INDEX "development_gap_plan_id" ON "development_gap" ("plan_id");
CREATE INDEX "development_gap_evaluation_id" ON "development_gap" ("evaluation_id");
CREATE TABLE "development_activity" ({_SYNC}, "employee_id" INTEGER NOT NULL, "period_id" INTEGER NOT NULL, "plan_id" INTEGER, "gap_id" INTEGER, "sort_order" INTEGER NOT NULL, "status" VARCHAR(10) NOT NULL, "jenis_diklat" INTEGER NOT NULL, "jenis_label" VARCHAR(120) NOT NULL, "jalur" VARCHAR(12) NOT NULL, "title" TEXT NOT NULL, "provider" VARCHAR(200) NOT NULL, "planned_start" DATE, "planned_end" DATE, "jp_planned" VARCHAR(16) NOT NULL, "cost_planned" BIGINT NOT NULL, "start_date" DATE, "end_date" DATE, "minutes" INTEGER, "jp" VARCHAR(16) NOT NULL, "cost_actual" BIGINT, "certificate_no" VARCHAR(100) NOT NULL, "certificate_path" TEXT, "certificate_sha256" VARCHAR(64), "notes" TEXT NOT NULL, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT, FOREIGN KEY ("period_id") REFERENCES "period" ("id") ON DELETE RESTRICT, FOREIGN KEY ("plan_id") REFERENCES "development_plan" ("id") ON DELETE RESTRICT, FOREIGN KEY ("gap_id") REFERENCES "development_gap" ("id") ON DELETE RESTRICT);
{_sync_indexes("development_activity")}
CREATE INDEX "development_activity_employee_id" ON "development_activity" ("employee_id");
CREATE INDEX "development_activity_period_id" ON "development_activity" ("period_id");
CREATE INDEX "development_activity_plan_id" ON "development_activity" ("plan_id");
CREATE INDEX "development_activity_gap_id" ON "development_activity" ("gap_id");
CREATE INDEX "development_activity_status" ON "development_activity" ("status");
CREATE TABLE "development_status_change" ({_SYNC}, "plan_id" INTEGER NOT NULL, "from_status" VARCHAR(10) NOT NULL, "to_status" VARCHAR(10) NOT NULL, "actor" VARCHAR(80) NOT NULL, "reason" TEXT NOT NULL, "at" DATETIME NOT NULL, FOREIGN KEY ("plan_id") REFERENCES "development_plan" ("id") ON DELETE RESTRICT);
{_sync_indexes("development_status_change")}
CREATE INDEX "development_status_change_plan_id" ON "development_status_change" ("plan_id");
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
