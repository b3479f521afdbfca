"""0003: the append-only audit trail (hash chain) and the local user accounts."""

SQL = """
CREATE TABLE "audit_log" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL,
  "actor" VARCHAR(80) NOT NULL, "action" VARCHAR(10) NOT NULL, "entity" VARCHAR(40) NOT NULL,
  "record_uid" VARCHAR(36) NOT NULL, "changes" TEXT NOT NULL, "prev_hash" VARCHAR(64) NOT NULL,
  "entry_hash" VARCHAR(64) NOT NULL);
CREATE INDEX "audit_log_record_uid" ON "audit_log" ("record_uid");
CREATE INDEX "audit_log_at" ON "audit_log" ("at");
CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log"
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log"
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE "app_user" ("id" INTEGER NOT NULL PRIMARY KEY, "username" VARCHAR(40) NOT NULL,
  "full_name" VARCHAR(120) NOT NULL, "password_hash" VARCHAR(200) NOT NULL,
  "role" VARCHAR(12) NOT NULL, "employee_id" INTEGER, "active" INTEGER NOT NULL,
  "failed_attempts" INTEGER NOT NULL, "locked_until" DATETIME,
  "must_change_password" INTEGER NOT NULL, "created_at" DATETIME NOT NULL,
  "last_login_at" DATETIME,
  FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "app_user_username" ON "app_user" ("username");
CREATE INDEX "app_user_employee_id" ON "app_user" ("employee_id");
"""


def up(migrator, db):
    statements, buf = [], []
    for line in SQL.strip().splitlines():
        buf.append(line)
        joined = "\n".join(buf)
        if joined.rstrip().endswith(";") and joined.count("BEGIN") == joined.count("END;"):
            statements.append(joined)
            buf = []
    for statement in statements:
        db.execute_sql(statement)
