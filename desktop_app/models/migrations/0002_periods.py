"""0002: appraisal years (periode) with frequency, regime and the closed lock."""

SQL = """
CREATE TABLE "period" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL,
  "office_code" VARCHAR(16) NOT NULL, "version" INTEGER NOT NULL, "updated_at" DATETIME NOT NULL,
  "deleted" INTEGER NOT NULL, "year" INTEGER NOT NULL, "frequency" VARCHAR(10) NOT NULL,
  "regime" VARCHAR(24) NOT NULL, "closed" INTEGER NOT NULL);
CREATE UNIQUE INDEX "period_uid" ON "period" ("uid");
CREATE INDEX "period_office_code" ON "period" ("office_code");
CREATE INDEX "period_version" ON "period" ("version");
CREATE INDEX "period_deleted" ON "period" ("deleted");
CREATE UNIQUE INDEX "period_office_code_year" ON "period" ("office_code", "year");
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
