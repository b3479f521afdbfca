"""0020: return packages, central office -> office (issue 25, docs/return_packages.md).

At the central office: `central_correction`, what it decided for an office (a unit's
organisation predikat, a PNS ID, a corrected name or golongan, a merge decision), carried by
every return package to that office until replaced. At both ends: `return_log`, the return
packages written (central) or applied (office). At the office: `return_proposal`, each
correction received, waiting for HR to accept or reject it with a reason. New tables only."""

SQL = """
CREATE TABLE "central_correction" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(36) NOT NULL, "office_code" VARCHAR(16) NOT NULL, "kind" VARCHAR(20) NOT NULL, "target_uid" VARCHAR(36) NOT NULL, "period_key" VARCHAR(10) NOT NULL, "value" TEXT NOT NULL, "note" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "created_by" VARCHAR(100) NOT NULL);
CREATE UNIQUE INDEX "central_correction_uid" ON "central_correction" ("uid");
CREATE INDEX "central_correction_office_code" ON "central_correction" ("office_code");
CREATE TABLE "return_log" ("id" INTEGER NOT NULL PRIMARY KEY, "direction" VARCHAR(10) NOT NULL, "office_code" VARCHAR(16) NOT NULL, "sequence" INTEGER NOT NULL, "file_name" VARCHAR(120) NOT NULL, "sha256" VARCHAR(64) NOT NULL, "created_at" DATETIME NOT NULL, "summary" TEXT NOT NULL);
CREATE UNIQUE INDEX "return_log_direction_office_sequence" ON "return_log" ("direction", "office_code", "sequence");
CREATE TABLE "return_proposal" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(36) NOT NULL, "return_sequence" INTEGER NOT NULL, "kind" VARCHAR(20) NOT NULL, "target_uid" VARCHAR(36) NOT NULL, "value" TEXT NOT NULL, "old_value" TEXT NOT NULL, "note" TEXT NOT NULL, "status" VARCHAR(12) NOT NULL, "reason" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "decided_at" DATETIME, "decided_by" VARCHAR(100) NOT NULL);
CREATE UNIQUE INDEX "return_proposal_uid" ON "return_proposal" ("uid");
CREATE INDEX "return_proposal_status" ON "return_proposal" ("status");
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
