"""0009: sync bookkeeping: the office outbox, and at the central office its identity, the
import log, the state per office database, the quarantine and the merge queue."""

SQL = """
CREATE TABLE "central_identity" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(200) NOT NULL, "age_identity" TEXT NOT NULL, "age_recipient" VARCHAR(100) NOT NULL, "signing_key" TEXT NOT NULL, "public_key" TEXT NOT NULL, "created_at" DATETIME NOT NULL);
CREATE TABLE "sync_outbox" ("id" INTEGER NOT NULL PRIMARY KEY, "sequence" INTEGER NOT NULL, "database_id" VARCHAR(36) NOT NULL, "file_name" VARCHAR(120) NOT NULL, "sha256" VARCHAR(64) NOT NULL, "size" INTEGER NOT NULL, "since_version" INTEGER NOT NULL, "max_version" INTEGER NOT NULL, "rows" INTEGER NOT NULL, "target" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "acknowledged_at" DATETIME, "acknowledged_version" INTEGER, "receipt" TEXT NOT NULL);
CREATE TABLE "sync_import" ("id" INTEGER NOT NULL PRIMARY KEY, "office_code" VARCHAR(16) NOT NULL, "database_id" VARCHAR(36) NOT NULL, "sequence" INTEGER NOT NULL, "sha256" VARCHAR(64) NOT NULL, "file_name" VARCHAR(200) NOT NULL, "since_version" INTEGER NOT NULL, "max_version" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "imported_at" DATETIME NOT NULL, "imported_by" VARCHAR(80) NOT NULL, "summary" TEXT NOT NULL, "duplicate" INTEGER NOT NULL);
CREATE INDEX "sync_import_office_code" ON "sync_import" ("office_code");
CREATE TABLE "sync_office_state" ("id" INTEGER NOT NULL PRIMARY KEY, "office_code" VARCHAR(16) NOT NULL, "database_id" VARCHAR(36) NOT NULL, "last_sequence" INTEGER NOT NULL, "max_version" INTEGER NOT NULL, "gaps" TEXT NOT NULL, "last_import_at" DATETIME, "last_package_at" DATETIME);
CREATE UNIQUE INDEX "sync_office_state_office_code_database_id" ON "sync_office_state" ("office_code", "database_id");
CREATE TABLE "sync_quarantine" ("id" INTEGER NOT NULL PRIMARY KEY, "import_log" INTEGER NOT NULL, "office_code" VARCHAR(16) NOT NULL, "entity" VARCHAR(40) NOT NULL, "uid" VARCHAR(36) NOT NULL, "version" INTEGER NOT NULL, "reason" TEXT NOT NULL, "payload" TEXT NOT NULL, "resolved" INTEGER NOT NULL);
CREATE INDEX "sync_quarantine_import_log" ON "sync_quarantine" ("import_log");
CREATE INDEX "sync_quarantine_office_code" ON "sync_quarantine" ("office_code");
CREATE TABLE "sync_merge" ("id" INTEGER NOT NULL PRIMARY KEY, "entity" VARCHAR(40) NOT NULL, "business_key" VARCHAR(40) NOT NULL, "first_uid" VARCHAR(36) NOT NULL, "first_office" VARCHAR(16) NOT NULL, "second_uid" VARCHAR(36) NOT NULL, "second_office" VARCHAR(16) NOT NULL, "found_at" DATETIME NOT NULL, "resolved" INTEGER NOT NULL, "resolution" TEXT NOT NULL);
CREATE INDEX "sync_merge_business_key" ON "sync_merge" ("business_key");
CREATE UNIQUE INDEX "sync_merge_entity_first_uid_second_uid" ON "sync_merge" ("entity", "first_uid", "second_uid");
CREATE INDEX "employee_nip" ON "employee" ("nip");
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
