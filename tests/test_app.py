"""Start-up: a missing display is explained in words, not with a Qt plugin error."""

from __future__ import annotations

from desktop_app import app


def test_no_display_is_explained():
    text = app.display_problem(env={}, platform="linux")
    assert text is not None and "xvfb-run" in text


def test_display_or_offscreen_is_fine():
    assert app.display_problem(env={"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert app.display_problem(env={"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None
    assert app.display_problem(env={}, platform="win32") is None


def test_gui_without_display_exits_1_with_message(monkeypatch, capsys):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    assert app.main([]) == 1
    assert "xvfb-run" in capsys.readouterr().err


def test_frozen_bundle_does_not_ask_for_libxcb_cursor(monkeypatch):
    monkeypatch.setattr(app.ctypes.util, "find_library", lambda name: None)
    env = {"DISPLAY": ":0"}
    assert app.display_problem(env=env, platform="linux") == app.MISSING_XCB_HELP
    monkeypatch.setattr(app.sys, "frozen", True, raising=False)  # PyInstaller ships the library
    assert app.display_problem(env=env, platform="linux") is None
