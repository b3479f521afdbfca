"""0012: appraisers beyond the register (docs/appraisers.md): officials outside the office
(pejabat di luar instansi), the link that makes one an employee's pejabat penilai, acting
assignments (Plt / Plh) of a position, and on each status history the acting assignment under
which the step was taken. Independent of 0011's contents (it creates its own tables and adds
a column to the four status histories only)."""

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
CREATE TABLE "external_official" ({_SYNC}, "front_title" VARCHAR(50) NOT NULL, "name" VARCHAR(200) NOT NULL, "back_title" VARCHAR(50) NOT NULL, "nip" VARCHAR(18), "kind" VARCHAR(8) NOT NULL, "grade" VARCHAR(8) NOT NULL, "position" VARCHAR(200) NOT NULL, "instansi" VARCHAR(200) NOT NULL, "superior_id" INTEGER, "active" INTEGER NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("superior_id") REFERENCES "external_official" ("id") ON DELETE RESTRICT);
{_sync_indexes("external_official")}
CREATE INDEX "external_official_superior_id" ON "external_official" ("superior_id");
CREATE TABLE "external_appraiser_link" ({_SYNC}, "employee_id" INTEGER NOT NULL, "official_id" INTEGER NOT NULL, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT, FOREIGN KEY ("official_id") REFERENCES "external_official" ("id") ON DELETE RESTRICT);
{_sync_indexes("external_appraiser_link")}
CREATE INDEX "external_appraiser_link_employee_id" ON "external_appraiser_link" ("employee_id");
CREATE INDEX "external_appraiser_link_official_id" ON "external_appraiser_link" ("official_id");
CREATE UNIQUE INDEX "external_appraiser_link_one_per_employee" ON "external_appraiser_link" ("employee_id") WHERE "deleted" = 0;
CREATE TABLE "acting_assignment" ({_SYNC}, "position_id" INTEGER NOT NULL, "kind" VARCHAR(4) NOT NULL, "employee_id" INTEGER, "official_id" INTEGER, "starts" DATE NOT NULL, "ends" DATE, "decree" VARCHAR(100) NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("position_id") REFERENCES "position" ("id") ON DELETE RESTRICT, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT, FOREIGN KEY ("official_id") REFERENCES "external_official" ("id") ON DELETE RESTRICT);
{_sync_indexes("acting_assignment")}
CREATE INDEX "acting_assignment_position_id" ON "acting_assignment" ("position_id");
CREATE INDEX "acting_assignment_employee_id" ON "acting_assignment" ("employee_id");
CREATE INDEX "acting_assignment_official_id" ON "acting_assignment" ("official_id");
ALTER TABLE "plan_status_change" ADD COLUMN "acting" VARCHAR(300) NOT NULL DEFAULT '';
ALTER TABLE "evaluation_status_change" ADD COLUMN "acting" VARCHAR(300) NOT NULL DEFAULT '';
ALTER TABLE "development_status_change" ADD COLUMN "acting" VARCHAR(300) NOT NULL DEFAULT '';
ALTER TABLE "legacy_status_change" ADD COLUMN "acting" VARCHAR(300) NOT NULL DEFAULT '';
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
