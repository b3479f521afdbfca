"""0019: rencana aksi, the daily log (Progres Harian), recurring activities, the holiday
calendar and the decisions on the log's sums (models/daily_log.py, issue 21). New tables only.
The indexes serve the bench's reads: an employee's month (employee, day) and a unit's month
calendar (day, employee)."""

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
CREATE TABLE "action_plan" ({_SYNC}, "result_id" INTEGER NOT NULL, "period_key" VARCHAR(10) NOT NULL, "sort_order" INTEGER NOT NULL, "text" TEXT NOT NULL, "target" INTEGER NOT NULL, "unit" VARCHAR(60) NOT NULL, "status" VARCHAR(10) NOT NULL, "agreed_by" VARCHAR(80) NOT NULL, "agreed_at" DATETIME, FOREIGN KEY ("result_id") REFERENCES "plan_result" ("id") ON DELETE RESTRICT);
{_sync_indexes("action_plan")}
CREATE INDEX "action_plan_result_period" ON "action_plan" ("result_id", "period_key");
CREATE TABLE "daily_log_entry" ({_SYNC}, "employee_id" INTEGER NOT NULL, "day" DATE NOT NULL, "starts" VARCHAR(5) NOT NULL, "ends" VARCHAR(5) NOT NULL, "activity" TEXT NOT NULL, "kind" VARCHAR(4) NOT NULL, "action_plan_id" INTEGER, "task_giver" VARCHAR(200) NOT NULL, "realisasi" INTEGER NOT NULL, "unit" VARCHAR(60) NOT NULL, "evidence_link" TEXT NOT NULL, "evidence_path" TEXT, "evidence_sha256" VARCHAR(64), "late_reason" TEXT NOT NULL, "comment" TEXT NOT NULL, "comment_by" VARCHAR(80) NOT NULL, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT, FOREIGN KEY ("action_plan_id") REFERENCES "action_plan" ("id") ON DELETE RESTRICT);
{_sync_indexes("daily_log_entry")}
CREATE INDEX "daily_log_entry_employee_day" ON "daily_log_entry" ("employee_id", "day");
CREATE INDEX "daily_log_entry_day_employee" ON "daily_log_entry" ("day", "employee_id");
CREATE INDEX "daily_log_entry_action_plan_id" ON "daily_log_entry" ("action_plan_id");
CREATE TABLE "daily_log_recurring" ({_SYNC}, "employee_id" INTEGER NOT NULL, "activity" TEXT NOT NULL, "starts" VARCHAR(5) NOT NULL, "ends" VARCHAR(5) NOT NULL, "kind" VARCHAR(4) NOT NULL, "action_plan_id" INTEGER, "task_giver" VARCHAR(200) NOT NULL, "realisasi" INTEGER NOT NULL, "unit" VARCHAR(60) NOT NULL, "weekdays" VARCHAR(7) NOT NULL, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT, FOREIGN KEY ("action_plan_id") REFERENCES "action_plan" ("id") ON DELETE RESTRICT);
{_sync_indexes("daily_log_recurring")}
CREATE INDEX "daily_log_recurring_employee_id" ON "daily_log_recurring" ("employee_id");
CREATE INDEX "daily_log_recurring_action_plan_id" ON "daily_log_recurring" ("action_plan_id");
CREATE TABLE "holiday" ({_SYNC}, "day" DATE NOT NULL, "name" VARCHAR(200) NOT NULL, "employee_id" INTEGER, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT);
{_sync_indexes("holiday")}
CREATE INDEX "holiday_day" ON "holiday" ("day");
CREATE INDEX "holiday_employee_id" ON "holiday" ("employee_id");
CREATE TABLE "daily_log_decision" ({_SYNC}, "evaluation_id" INTEGER NOT NULL, "indicator_id" INTEGER NOT NULL, "log_sum" INTEGER NOT NULL, "decision" VARCHAR(10) NOT NULL, "value" VARCHAR(30) NOT NULL, "reason" TEXT NOT NULL, "decided_by" VARCHAR(80) NOT NULL, "decided_at" DATETIME, FOREIGN KEY ("evaluation_id") REFERENCES "evaluation" ("id") ON DELETE RESTRICT, FOREIGN KEY ("indicator_id") REFERENCES "plan_indicator" ("id") ON DELETE RESTRICT);
{_sync_indexes("daily_log_decision")}
CREATE INDEX "daily_log_decision_evaluation_id" ON "daily_log_decision" ("evaluation_id");
CREATE INDEX "daily_log_decision_indicator_id" ON "daily_log_decision" ("indicator_id");
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
