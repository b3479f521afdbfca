"""Hostile return packages (issue 25): whatever bytes arrive, opening one either succeeds for
the genuine file or refuses it with a PackageError (a message for the user), never another
exception; a body the central office really signed but that breaks the format is refused
too."""

from __future__ import annotations

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.sync import keys
from desktop_app.sync import return_package as rp
from desktop_app.sync.package import PackageError

CENTRAL_KEY, CENTRAL_PUBLIC = keys.new_signing_key()
OFFICE_KEY, OFFICE_PUBLIC = keys.new_signing_key()
PINNED = keys.fingerprint(CENTRAL_PUBLIC)


def _body(**changes) -> rp.ReturnBody:
    body = rp.ReturnBody(
        format=rp.FORMAT,
        format_version=rp.FORMAT_VERSION,
        central=rp.Central("Pusat", CENTRAL_PUBLIC),
        office_code="DEMO01",
        sequence=1,
        created_at="2026-01-01T00:00:00Z",
        codetable_version="2026.1",
        items=[
            rp.Item(
                uid="6b4bc9e9-0d79-4076-9c55-76bc9bb8fec8",
                kind="pns_id",
                target_uid="001caf9b-cc74-428e-b365-05a829073bc6",
                value="A5EB03E23D0CF6A0E040640A040252AD",
            )
        ],
    )
    return msgspec.structs.replace(body, **changes)


GOOD = rp.write(_body(), CENTRAL_KEY, OFFICE_PUBLIC)


def test_the_genuine_package_opens():
    opened = rp.open_return(GOOD, OFFICE_KEY, PINNED)
    assert opened.body.items[0].kind == "pns_id" and opened.receipt == b""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_damage_is_a_clear_refusal(data):
    raw = bytearray(GOOD)
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(raw)))
    damaged = bytes(raw[:cut])
    if damaged == GOOD:
        return
    with pytest.raises(PackageError):
        rp.open_return(damaged, OFFICE_KEY, PINNED)


@pytest.mark.parametrize(
    "changes, words",
    [
        ({"office_code": "../../x"}, "not a valid office code"),
        ({"sequence": 0}, "sequence 0"),
        ({"format": "kinerja-luring/sync"}, "not a return package"),
        ({"items": [rp.Item(uid="x", kind="pns_id", target_uid="y", value="v")]}, "not a uid"),
        (
            {
                "items": [
                    rp.Item(
                        uid="6b4bc9e9-0d79-4076-9c55-76bc9bb8fec8",
                        kind="delete_everything",
                        target_uid="001caf9b-cc74-428e-b365-05a829073bc6",
                        value="",
                    )
                ]
            },
            "not known",
        ),
        ({"receipt": "***not base64***"}, "not valid"),
    ],
)
def test_a_signed_body_that_breaks_the_format_is_refused(changes, words):
    sealed = rp.write(_body(**changes), CENTRAL_KEY, OFFICE_PUBLIC)
    with pytest.raises(PackageError, match=words):
        rp.open_return(sealed, OFFICE_KEY, PINNED)


def test_an_unknown_field_is_refused():
    raw = msgspec.json.encode(_body()).replace(b'"format"', b'"extra":1,"format"', 1)
    body, reason = rp.decode(raw, rp.ReturnBody)
    assert body is None and reason
