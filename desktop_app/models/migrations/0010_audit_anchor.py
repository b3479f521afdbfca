"""0010: the audit trail anchored outside the file (design.md "Audit anchored outside the
file"): each audit entry of a business record carries the digest of the record as stored, and
the central office keeps the audit chain head each package carried."""

SQL = """
ALTER TABLE "audit_log" ADD COLUMN "record_digest" VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE "sync_import" ADD COLUMN "audit_count" INTEGER;
ALTER TABLE "sync_import" ADD COLUMN "audit_hash" VARCHAR(64);
ALTER TABLE "sync_office_state" ADD COLUMN "audit_count" INTEGER;
ALTER TABLE "sync_office_state" ADD COLUMN "audit_hash" VARCHAR(64);
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
