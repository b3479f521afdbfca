"""0013: several SKPs in one year (docs/multiple_skp.md): each SKP covers a month range of its
year (bulan mulai – bulan selesai, 1..12). Existing SKPs cover January to December. The one
SKP per employee and year index becomes one per employee, year and first month; that two SKPs
of one employee never share a month is checked by the services (an index cannot say it)."""

SQL = """
ALTER TABLE "performance_plan" ADD COLUMN "month_start" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "performance_plan" ADD COLUMN "month_end" INTEGER NOT NULL DEFAULT 12;
DROP INDEX "performance_plan_one_per_year";
CREATE UNIQUE INDEX "performance_plan_one_per_start" ON "performance_plan" ("employee_id", "period_id", "month_start") WHERE "deleted" = 0;
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
