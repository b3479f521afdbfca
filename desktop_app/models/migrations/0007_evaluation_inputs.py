"""0007: what feeds an evaluation besides the penilai: the employee's self-assessment
(penilaian mandiri), notes from peers or subordinates, and the office's library of feedback
phrases (local to this database, never synced)."""

_SYNC = (
    '"id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "office_code" VARCHAR(16) NOT NULL, '
    '"version" INTEGER NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL'
)

SQL = f"""
ALTER TABLE "evaluation" ADD COLUMN "self_assessment" TEXT NOT NULL DEFAULT '';
ALTER TABLE "evaluation" ADD COLUMN "self_assessment_at" DATETIME;
CREATE TABLE "evaluation_peer_note" ({_SYNC}, "evaluation_id" INTEGER NOT NULL, "source" VARCHAR(12) NOT NULL, "author" VARCHAR(200) NOT NULL, "text" TEXT NOT NULL, "recorded_by" VARCHAR(80) NOT NULL, "at" DATETIME NOT NULL, FOREIGN KEY ("evaluation_id") REFERENCES "evaluation" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "evaluation_peer_note_uid" ON "evaluation_peer_note" ("uid");
CREATE INDEX "evaluation_peer_note_office_code" ON "evaluation_peer_note" ("office_code");
CREATE INDEX "evaluation_peer_note_version" ON "evaluation_peer_note" ("version");
CREATE INDEX "evaluation_peer_note_deleted" ON "evaluation_peer_note" ("deleted");
CREATE INDEX "evaluation_peer_note_evaluation_id" ON "evaluation_peer_note" ("evaluation_id");
CREATE TABLE "feedback_phrase" ("id" INTEGER NOT NULL PRIMARY KEY, "scope" VARCHAR(8) NOT NULL, "text" TEXT NOT NULL, "created_by" VARCHAR(80) NOT NULL, "created_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "feedback_phrase_scope_text" ON "feedback_phrase" ("scope", "text");
"""


def up(migrator, db):
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
