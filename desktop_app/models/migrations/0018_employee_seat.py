"""0018: the employee's own seat (issue 21): when the employee read their evaluation ("telah
dibaca", `read_at`, UTC) and the account that recorded it, and the pejabat penilai's comment
on each RHK of a returned SKP (`review_comment`), which the employee sees while fixing it."""

SQL = """
ALTER TABLE "evaluation" ADD COLUMN "read_at" DATETIME;
ALTER TABLE "evaluation" ADD COLUMN "read_by" VARCHAR(80) NOT NULL DEFAULT '';
ALTER TABLE "plan_result" ADD COLUMN "review_comment" TEXT NOT NULL DEFAULT '';
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
