"""0017: the dated history of an employee's unit, position, golongan and pejabat penilai
(models/register_history.py). A new table; every live employee of this office gets one open
row from its current values (valid from before the history began), written through the
audited bulk insert so `audit verify` finds every row in the chain. The central office's
copies of other offices' employees get theirs from those offices' packages."""

_SYNC = (
    '"id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "office_code" VARCHAR(16) NOT NULL, '
    '"version" INTEGER NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL'
)
TABLE = "employee_history"
SQL = f"""
CREATE TABLE "{TABLE}" ({_SYNC}, "employee_id" INTEGER NOT NULL, "valid_from" DATE, "valid_to" DATE, "unit_id" INTEGER NOT NULL, "position_id" INTEGER, "grade" VARCHAR(8) NOT NULL, "appraiser_id" INTEGER, "source" VARCHAR(10) NOT NULL, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id") ON DELETE RESTRICT, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT, FOREIGN KEY ("position_id") REFERENCES "position" ("id") ON DELETE RESTRICT, FOREIGN KEY ("appraiser_id") REFERENCES "employee" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "{TABLE}_uid" ON "{TABLE}" ("uid");
CREATE INDEX "{TABLE}_office_code" ON "{TABLE}" ("office_code");
CREATE INDEX "{TABLE}_version" ON "{TABLE}" ("version");
CREATE INDEX "{TABLE}_deleted" ON "{TABLE}" ("deleted");
CREATE INDEX "{TABLE}_employee_id" ON "{TABLE}" ("employee_id");
CREATE INDEX "{TABLE}_unit_id" ON "{TABLE}" ("unit_id");
CREATE INDEX "{TABLE}_position_id" ON "{TABLE}" ("position_id");
CREATE INDEX "{TABLE}_appraiser_id" ON "{TABLE}" ("appraiser_id");
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
    own = db.execute_sql("SELECT code FROM office WHERE is_self = 1").fetchone()
    if own is None:
        return  # no office yet, so no employee either
    people = db.execute_sql(
        "SELECT id, unit_id, position_id, grade, appraiser_id FROM employee "
        "WHERE deleted = 0 AND office_code = ? ORDER BY id",
        (own[0],),
    ).fetchall()
    if not people:
        return
    import uuid

    from desktop_app.models import audit
    from desktop_app.models.base import next_version, office_cache, utcnow

    office_cache.code = own[0]
    columns = (
        "uid", "office_code", "version", "updated_at", "deleted", "employee_id", "valid_from",
        "valid_to", "unit_id", "position_id", "grade", "appraiser_id", "source",
    )  # fmt: skip
    now = utcnow()
    rows = [
        (uuid.uuid4().hex, own[0], next_version(), now, 0, e, None, None, u, p, g or "", a, "START")
        for e, u, p, g, a in people
    ]
    placeholders = ", ".join("?" for _ in columns)
    names = ", ".join(f'"{c}"' for c in columns)
    with audit.bulk_entry("migration 0017") as entry:
        created = audit._bulk.scope.created.setdefault(TABLE, {}) if entry.outer else {}
        for row in rows:
            db.execute_sql(f'INSERT INTO "{TABLE}" ({names}) VALUES ({placeholders})', row)
            created[str(uuid.UUID(row[0]))] = None
