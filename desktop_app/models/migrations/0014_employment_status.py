"""0014: kedudukan hukum with dates on each employee, the fill-in deadline and closing of
each stage of an appraisal year, and the history of closings and re-openings
(docs/employment_status.md). Creates its own tables only."""

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
CREATE TABLE "employment_status" ({_SYNC}, "employee_id" INTEGER NOT NULL, "code" VARCHAR(4) NOT NULL, "starts" DATE NOT NULL, "ends" DATE, "decree" VARCHAR(100) NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT);
{_sync_indexes("employment_status")}
CREATE INDEX "employment_status_employee_id" ON "employment_status" ("employee_id");
CREATE TABLE "period_stage" ({_SYNC}, "period_id" INTEGER NOT NULL, "stage" VARCHAR(10) NOT NULL, "deadline" DATE, "closed" INTEGER NOT NULL, FOREIGN KEY ("period_id") REFERENCES "period" ("id") ON DELETE RESTRICT);
{_sync_indexes("period_stage")}
CREATE INDEX "period_stage_period_id" ON "period_stage" ("period_id");
CREATE UNIQUE INDEX "period_stage_one_per_stage" ON "period_stage" ("period_id", "stage") WHERE "deleted" = 0;
CREATE TABLE "period_closure" ({_SYNC}, "period_id" INTEGER NOT NULL, "stage" VARCHAR(10) NOT NULL, "action" VARCHAR(8) NOT NULL, "reason" TEXT NOT NULL, "by_name" VARCHAR(200) NOT NULL, "at" DATETIME NOT NULL, FOREIGN KEY ("period_id") REFERENCES "period" ("id") ON DELETE RESTRICT);
{_sync_indexes("period_closure")}
CREATE INDEX "period_closure_period_id" ON "period_closure" ("period_id");
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
