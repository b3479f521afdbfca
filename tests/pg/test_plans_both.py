"""tests/services/test_plans.py again, on a PostgreSQL server (tests/pg/conftest.py)."""

from tests.services.test_plans import *  # noqa: F403
