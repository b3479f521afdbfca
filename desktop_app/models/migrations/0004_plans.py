"""0004: Sasaran Kinerja Pegawai (SKP): plans, results (RHK), indicators (IKI), behaviour
expectations and the status history of the approval workflow."""

_SYNC = (
    '"id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "office_code" VARCHAR(16) NOT NULL, '
    '"version" INTEGER NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL'
)

SQL = f"""
CREATE TABLE "performance_plan" ({_SYNC}, "employee_id" INTEGER NOT NULL, "period_id" INTEGER NOT NULL, "approach" VARCHAR(12) NOT NULL, "form" VARCHAR(8) NOT NULL, "status" VARCHAR(10) NOT NULL, "return_reason" TEXT NOT NULL, "resources" TEXT NOT NULL, "accountability" TEXT NOT NULL, "consequences" TEXT NOT NULL, "snapshot" TEXT NOT NULL, "approved_at" DATETIME, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT, FOREIGN KEY ("period_id") REFERENCES "period" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "performance_plan_uid" ON "performance_plan" ("uid");
CREATE INDEX "performance_plan_office_code" ON "performance_plan" ("office_code");
CREATE INDEX "performance_plan_version" ON "performance_plan" ("version");
CREATE INDEX "performance_plan_deleted" ON "performance_plan" ("deleted");
CREATE INDEX "performance_plan_status" ON "performance_plan" ("status");
CREATE INDEX "performance_plan_period_id" ON "performance_plan" ("period_id");
CREATE UNIQUE INDEX "performance_plan_one_per_year" ON "performance_plan" ("employee_id", "period_id") WHERE "deleted" = 0;
CREATE TABLE "plan_result" ({_SYNC}, "plan_id" INTEGER NOT NULL, "is_main" INTEGER NOT NULL, "sort_order" INTEGER NOT NULL, "text" TEXT NOT NULL, "perspective" VARCHAR(20), "parent_id" INTEGER, "parent_text" TEXT NOT NULL, FOREIGN KEY ("plan_id") REFERENCES "performance_plan" ("id") ON DELETE RESTRICT, FOREIGN KEY ("parent_id") REFERENCES "plan_result" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "plan_result_uid" ON "plan_result" ("uid");
CREATE INDEX "plan_result_office_code" ON "plan_result" ("office_code");
CREATE INDEX "plan_result_version" ON "plan_result" ("version");
CREATE INDEX "plan_result_deleted" ON "plan_result" ("deleted");
CREATE INDEX "plan_result_plan_id" ON "plan_result" ("plan_id");
CREATE INDEX "plan_result_parent_id" ON "plan_result" ("parent_id");
CREATE TABLE "plan_indicator" ({_SYNC}, "result_id" INTEGER NOT NULL, "sort_order" INTEGER NOT NULL, "aspect" VARCHAR(10) NOT NULL, "text" TEXT NOT NULL, "target_value" VARCHAR(30) NOT NULL, "target_unit" VARCHAR(60) NOT NULL, "target_text" TEXT NOT NULL, FOREIGN KEY ("result_id") REFERENCES "plan_result" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "plan_indicator_uid" ON "plan_indicator" ("uid");
CREATE INDEX "plan_indicator_office_code" ON "plan_indicator" ("office_code");
CREATE INDEX "plan_indicator_version" ON "plan_indicator" ("version");
CREATE INDEX "plan_indicator_deleted" ON "plan_indicator" ("deleted");
CREATE INDEX "plan_indicator_result_id" ON "plan_indicator" ("result_id");
CREATE TABLE "plan_expectation" ({_SYNC}, "plan_id" INTEGER NOT NULL, "value_code" INTEGER NOT NULL, "text" TEXT NOT NULL, FOREIGN KEY ("plan_id") REFERENCES "performance_plan" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "plan_expectation_uid" ON "plan_expectation" ("uid");
CREATE INDEX "plan_expectation_office_code" ON "plan_expectation" ("office_code");
CREATE INDEX "plan_expectation_version" ON "plan_expectation" ("version");
CREATE INDEX "plan_expectation_deleted" ON "plan_expectation" ("deleted");
CREATE INDEX "plan_expectation_plan_id" ON "plan_expectation" ("plan_id");
CREATE TABLE "plan_status_change" ({_SYNC}, "plan_id" INTEGER NOT NULL, "from_status" VARCHAR(10) NOT NULL, "to_status" VARCHAR(10) NOT NULL, "actor" VARCHAR(80) NOT NULL, "reason" TEXT NOT NULL, "at" DATETIME NOT NULL, FOREIGN KEY ("plan_id") REFERENCES "performance_plan" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "plan_status_change_uid" ON "plan_status_change" ("uid");
CREATE INDEX "plan_status_change_office_code" ON "plan_status_change" ("office_code");
CREATE INDEX "plan_status_change_version" ON "plan_status_change" ("version");
CREATE INDEX "plan_status_change_deleted" ON "plan_status_change" ("deleted");
CREATE INDEX "plan_status_change_plan_id" ON "plan_status_change" ("plan_id");
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
