"""tests/views/test_editor_conflicts.py again, the office database on a PostgreSQL server."""

from tests.views.test_editor_conflicts import *  # noqa: F403
