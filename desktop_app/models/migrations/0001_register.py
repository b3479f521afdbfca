"""0001: the office identity, settings, change counter and the employee register.

Frozen DDL (independent of the application models, which will move on): units, positions and
employees with the sync fields of design.md.
"""

SQL = """
CREATE TABLE "office" ("id" INTEGER NOT NULL PRIMARY KEY, "code" VARCHAR(16) NOT NULL, "name" VARCHAR(200) NOT NULL, "is_self" INTEGER NOT NULL, "database_id" TEXT NOT NULL, "signing_key" TEXT, "public_key" TEXT, "created_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "office_code" ON "office" ("code");
CREATE INDEX "office_is_self" ON "office" ("is_self");
CREATE TABLE "change_counter" ("id" INTEGER NOT NULL PRIMARY KEY, "value" INTEGER NOT NULL);
CREATE TABLE "setting" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(100) NOT NULL, "value" TEXT NOT NULL, "updated_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "setting_key" ON "setting" ("key");
CREATE TABLE "unit" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "office_code" VARCHAR(16) NOT NULL, "version" INTEGER NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL, "code" VARCHAR(32) NOT NULL, "name" VARCHAR(200) NOT NULL, "kind" VARCHAR(20) NOT NULL, "parent_id" INTEGER, "sort_order" INTEGER NOT NULL, "active" INTEGER NOT NULL, FOREIGN KEY ("parent_id") REFERENCES "unit" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "unit_uid" ON "unit" ("uid");
CREATE INDEX "unit_office_code" ON "unit" ("office_code");
CREATE INDEX "unit_version" ON "unit" ("version");
CREATE INDEX "unit_deleted" ON "unit" ("deleted");
CREATE INDEX "unit_parent_id" ON "unit" ("parent_id");
CREATE UNIQUE INDEX "unit_office_code_code" ON "unit" ("office_code", "code");
CREATE TABLE "position" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "office_code" VARCHAR(16) NOT NULL, "version" INTEGER NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL, "name" VARCHAR(200) NOT NULL, "position_type" VARCHAR(20) NOT NULL, "jf_level" VARCHAR(20), "echelon" VARCHAR(4));
CREATE UNIQUE INDEX "position_uid" ON "position" ("uid");
CREATE INDEX "position_office_code" ON "position" ("office_code");
CREATE INDEX "position_version" ON "position" ("version");
CREATE INDEX "position_deleted" ON "position" ("deleted");
CREATE UNIQUE INDEX "position_office_code_name_position_type_jf_level_echelon" ON "position" ("office_code", "name", "position_type", "jf_level", "echelon");
CREATE TABLE "employee" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "office_code" VARCHAR(16) NOT NULL, "version" INTEGER NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL, "nip" VARCHAR(18) NOT NULL, "kind" VARCHAR(4) NOT NULL, "front_title" VARCHAR(50) NOT NULL, "name" VARCHAR(200) NOT NULL, "back_title" VARCHAR(50) NOT NULL, "gender" VARCHAR(1) NOT NULL, "birth_date" DATE NOT NULL, "birth_place" VARCHAR(100) NOT NULL, "grade" VARCHAR(8) NOT NULL, "grade_since" DATE, "unit_id" INTEGER NOT NULL, "position_id" INTEGER, "position_since" DATE, "supervisor_id" INTEGER, "appraiser_id" INTEGER, "active" INTEGER NOT NULL, "inactive_reason" VARCHAR(200) NOT NULL, "phone" VARCHAR(40) NOT NULL, "email" VARCHAR(120) NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT, FOREIGN KEY ("position_id") REFERENCES "position" ("id") ON DELETE RESTRICT, FOREIGN KEY ("supervisor_id") REFERENCES "employee" ("id") ON DELETE RESTRICT, FOREIGN KEY ("appraiser_id") REFERENCES "employee" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "employee_uid" ON "employee" ("uid");
CREATE INDEX "employee_office_code" ON "employee" ("office_code");
CREATE INDEX "employee_version" ON "employee" ("version");
CREATE INDEX "employee_deleted" ON "employee" ("deleted");
CREATE INDEX "employee_unit_id" ON "employee" ("unit_id");
CREATE INDEX "employee_position_id" ON "employee" ("position_id");
CREATE INDEX "employee_supervisor_id" ON "employee" ("supervisor_id");
CREATE INDEX "employee_appraiser_id" ON "employee" ("appraiser_id");
CREATE INDEX "employee_active" ON "employee" ("active");
CREATE UNIQUE INDEX "employee_office_code_nip" ON "employee" ("office_code", "nip");
INSERT INTO "change_counter" ("id", "value") VALUES (1, 0);
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
