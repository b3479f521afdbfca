"""The command line on a server database: `--db postgresql://...` and `KINERJA_DB` name it as
they name a file; a server that does not answer is refused with the reason, no traceback."""

from __future__ import annotations

from desktop_app import cli
from desktop_app.models.database import close_database


def test_commands_take_a_server_url_by_option_and_by_environment(pg_url, monkeypatch, capsys):
    assert (
        cli.run(["office", "init", "--code", "TST01", "--name", "Dinas Uji", "--db", pg_url]) == 0
    )
    close_database()
    assert cli.run(["audit", "verify", "--db", pg_url]) == 0
    close_database()
    monkeypatch.setenv("KINERJA_DB", pg_url)
    assert cli.run(["office", "key"]) == 0
    close_database()
    out = capsys.readouterr().out
    assert "TST01" in out or "fingerprint" in out.lower()


def test_a_server_that_does_not_answer_is_refused_with_the_reason(tmp_path, capsys):
    url = f"postgresql://nobody@/kinerja?host={tmp_path}"
    assert cli.run(["audit", "verify", "--db", url]) == 1
    err = capsys.readouterr().err
    assert "error:" in err and "Traceback" not in err
