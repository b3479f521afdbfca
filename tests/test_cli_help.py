"""`main.py --help` lists every command and subcommand, one line each; an unknown command
lists them too and exits 2 (issue 18, Deliver 5)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import cli

ROOT = Path(__file__).resolve().parents[1]


def _every_command(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    """Every command path the parser accepts, read from argparse itself (not from cli)."""
    names = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                names.append(f"{prefix}{name}")
                names += _every_command(sub, f"{prefix}{name} ")
    return names


def _listed(text: str) -> dict[str, str]:
    """{command: its help} from the 'commands' part of the overview."""
    part = text.split("commands (", 1)[1].splitlines()[1:]
    rows = {}
    names = set(_every_command(cli.build_parser()))
    for line in part:
        words = line.split()
        # the longest known command the line starts with ("office init" before "office")
        for n in range(min(3, len(words)), 0, -1):
            name = " ".join(words[:n])
            if name in names:
                rows[name] = " ".join(words[n:])
                break
    return rows


def test_help_lists_every_command_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["--help"]) == 0
    out = capsys.readouterr().out
    listed = _listed(out)
    expected = _every_command(cli.build_parser())
    assert "office init" in expected and "print recap" in expected  # the walk reaches subcommands
    assert sorted(listed) == sorted(expected)
    for name in expected:
        assert listed[name], f"{name} has no help line"
    # one line each: every listed line names exactly one command
    lines = [line for line in out.split("commands (", 1)[1].splitlines()[1:] if line.strip()]
    assert len(lines) == len(expected)


def test_every_top_level_command_is_dispatched() -> None:
    """What the parser offers and what main.py sends to the command line are the same set."""
    top = {name for name in _every_command(cli.build_parser()) if " " not in name}
    assert top == set(cli.COMMANDS)


def test_unknown_command_lists_the_commands_and_exits_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.run(["frobnicate", "--db", "x.db"]) == 2
    captured = capsys.readouterr()
    assert "unknown command 'frobnicate'" in captured.err
    assert _listed(captured.err).keys() == _listed(cli.overview()).keys()
    assert captured.out == ""


def _main(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "KINERJA_DATA_DIR": str(tmp_path / "data"),
    }
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )


def test_main_py_help_and_unknown_command(tmp_path: Path) -> None:
    shown = _main("--help", tmp_path=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert _listed(shown.stdout).keys() == set(_every_command(cli.build_parser()))
    assert "--lang" in shown.stdout  # the program's own options are there too

    wrong = _main("exprot", "--out", str(tmp_path), tmp_path=tmp_path)
    assert wrong.returncode == 2
    assert "unknown command 'exprot'" in wrong.stderr
    assert _listed(wrong.stderr).keys() == set(_every_command(cli.build_parser()))
    assert "Traceback" not in wrong.stderr
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").glob("*.db"))


def test_a_command_keeps_its_own_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.run(["print", "--help"])
    assert stop.value.code == 0
    assert "batch" in capsys.readouterr().out
