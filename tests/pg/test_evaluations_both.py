"""tests/services/test_evaluations.py again, on a PostgreSQL server (tests/pg/conftest.py):
the tests that walk the whole evaluation workflow (each builds a unit of ten; the rest of the
file adds rules, not engine paths, so it runs on SQLite only to keep `make test` short)."""

from tests.services.test_evaluations import (  # noqa: F401
    staff,
    test_closed_year_refuses_changes,
    test_evidence_is_copied_with_its_hash_and_nothing_half_written,
    test_finalise_needs_ratings_locks_and_reopen_needs_a_reason,
    test_monitoring_states,
    test_unit_of_ten_evaluated_end_to_end,
)
