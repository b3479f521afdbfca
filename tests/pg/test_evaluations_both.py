"""tests/services/test_evaluations.py again, on a PostgreSQL server (tests/pg/conftest.py)."""

from tests.services.test_evaluations import *  # noqa: F403
