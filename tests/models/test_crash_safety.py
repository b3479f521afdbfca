"""A process killed in the middle of a large write leaves the last committed state intact."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

CHILD = textwrap.dedent(
    """
    import sys, time
    from desktop_app.models import Period, Unit
    from desktop_app.models.database import open_database, write_transaction
    from desktop_app.services import office
    open_database(sys.argv[1])
    office.init_office("KILL1", "Kantor Uji")
    with write_transaction():
        Unit.insert_many([{"code": f"U{i}", "name": f"Unit {i}"} for i in range(200)]).execute()
    print("committed", flush=True)
    with write_transaction():
        Unit.insert_many([{"code": f"X{i}", "name": f"Lost {i}"} for i in range(5000)]).execute()
        Period.insert_many([{"year": 2000 + i} for i in range(50)]).execute()
        print("writing", flush=True)
        time.sleep(60)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_transaction_keeps_last_commit(tmp_path):
    db = tmp_path / "crash.db"
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "committed"
    assert child.stdout.readline().strip() == "writing"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM unit").fetchone() == (200,)
        assert con.execute("SELECT count(*) FROM period").fetchone() == (0,)
        audited = con.execute("SELECT count(*) FROM audit_log WHERE entity = 'unit'").fetchone()
        assert audited == (200,)
    finally:
        con.close()


WRITER = textwrap.dedent(
    """
    import sys
    from desktop_app.models import Unit
    from desktop_app.models.database import open_database, write_transaction
    open_database(sys.argv[1])
    prefix = sys.argv[2]
    for i in range(40):
        with write_transaction():
            rows = [{"code": f"{prefix}{i}-{j}", "name": "n"} for j in range(25)]
            Unit.insert_many(rows).execute()
    print("done", flush=True)
    """
)


def test_two_writer_processes_never_corrupt_the_file(tmp_path):
    from desktop_app.models.database import close_database, open_database
    from desktop_app.services import office

    db = tmp_path / "shared.db"
    open_database(db)
    office.init_office("TWO01", "Kantor Dua")
    close_database()
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), p], stdout=subprocess.PIPE, text=True, env=env
        )
        for p in ("A", "B")
    ]
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    assert outputs == ["done\n", "done\n"]
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM unit").fetchone() == (2000,)
        versions = con.execute("SELECT count(DISTINCT version) FROM unit").fetchone()
        assert versions == (2000,)  # one counter, never a version handed out twice
    finally:
        con.close()
