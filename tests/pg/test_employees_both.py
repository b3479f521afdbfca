"""tests/services/test_employees.py again, on a PostgreSQL server (tests/pg/conftest.py)."""

from tests.services.test_employees import *  # noqa: F403
