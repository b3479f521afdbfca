"""0011: the SIASN PNS ID on the employee (issue 19): the external key later SIASN uploads
need, kept beside the NIP (which stays the business key). Empty for employees without one."""

SQL = """
ALTER TABLE "employee" ADD COLUMN "pns_id" VARCHAR(64) NOT NULL DEFAULT '';
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
