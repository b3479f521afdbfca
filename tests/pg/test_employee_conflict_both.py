"""tests/views/test_employee_conflict.py again, the office database on a PostgreSQL server."""

from tests.views.test_employee_conflict import *  # noqa: F403
