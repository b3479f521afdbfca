"""0015: dialog kinerja / konseling kinerja records and PPPK contract periods
(models/dialogue.py, docs/pppk_contracts.md). New tables only."""

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
CREATE TABLE "performance_dialogue" ({_SYNC}, "employee_id" INTEGER NOT NULL, "kind" VARCHAR(10) NOT NULL, "held_on" DATE NOT NULL, "others" TEXT NOT NULL, "topic" TEXT NOT NULL, "agreement" TEXT NOT NULL, "follow_up_on" DATE, "evaluation_id" INTEGER, "development_plan_id" INTEGER, "snapshot" TEXT NOT NULL, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT, FOREIGN KEY ("evaluation_id") REFERENCES "evaluation" ("id") ON DELETE RESTRICT, FOREIGN KEY ("development_plan_id") REFERENCES "development_plan" ("id") ON DELETE RESTRICT);
{_sync_indexes("performance_dialogue")}
CREATE INDEX "performance_dialogue_employee_id" ON "performance_dialogue" ("employee_id");
CREATE INDEX "performance_dialogue_evaluation_id" ON "performance_dialogue" ("evaluation_id");
CREATE INDEX "performance_dialogue_development_plan_id" ON "performance_dialogue" ("development_plan_id");
CREATE TABLE "pppk_contract" ({_SYNC}, "employee_id" INTEGER NOT NULL, "starts" DATE NOT NULL, "ends" DATE NOT NULL, "work_time" VARCHAR(4) NOT NULL, "decree" VARCHAR(100) NOT NULL, "decree_on" DATE, "notes" TEXT NOT NULL, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT);
{_sync_indexes("pppk_contract")}
CREATE INDEX "pppk_contract_employee_id" ON "pppk_contract" ("employee_id");
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
