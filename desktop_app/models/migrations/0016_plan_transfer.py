"""0016: what a transfer changed, kept on the SKP it started (docs/multiple_skp.md), so that
the last transfer can be undone while that SKP is still an empty draft: the closed SKP, its
old last month and the register record before and after (JSON). Empty for every SKP a
transfer did not start."""

SQL = """
ALTER TABLE "performance_plan" ADD COLUMN "transfer_before" TEXT NOT NULL DEFAULT '';
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
