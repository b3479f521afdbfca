"""Decoding files from outside (package manifests, receipts, records) without trusting them.

A hostile file may hold invalid UTF-8, JSON nested 200,000 deep, integers far above 64 bits,
megabytes of text or NUL bytes where a name belongs. Every such decoder failure must become a
refusal of that one file with a clear message, never a raw Python error that stops a whole
batch. `decode` turns every decoder error into `None` plus a reason; `outside_limits` walks a
decoded value generically (so fields added to a manifest or receipt later are covered too)."""

from __future__ import annotations

import zlib
from typing import Any

import msgspec

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
MAX_TEXT = 64 * 1024  # one text value of a manifest or a receipt (a PEM key is < 1 KiB)
MAX_SEQUENCE = 999_999  # the six digits of the file names
MAX_VERSION = 2**53  # far beyond any office's change counter, below every 64-bit limit
MAX_SEQUENCE_JUMP = 10_000  # packages an office may have skipped since the last one imported

# Everything msgspec or the bytes under it may raise on hostile input.
DECODE_ERRORS: tuple[type[BaseException], ...] = (
    msgspec.DecodeError,  # also ValidationError
    UnicodeError,
    RecursionError,
    OverflowError,
    ValueError,
    TypeError,
    zlib.error,
    MemoryError,
)


def decode(raw: bytes, kind: Any) -> tuple[Any, str | None]:
    """(value, None), or (None, the reason) when `raw` is not valid JSON of `kind`."""
    try:
        return msgspec.json.decode(raw, type=kind), None
    except msgspec.ValidationError as exc:
        return None, str(exc)[:300]
    except RecursionError:
        return None, "nested too deeply"
    except UnicodeError:
        return None, "not valid UTF-8"
    except DECODE_ERRORS as exc:
        return None, f"not valid JSON ({type(exc).__name__})"


def outside_limits(value: Any, path: str = "$", text_limit: int = MAX_TEXT) -> str | None:
    """Where in a decoded value an integer leaves 64 bits, or a text is longer than
    `text_limit` or holds a NUL byte (None when every value is within bounds)."""
    stack: list[tuple[Any, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, bool) or item is None or isinstance(item, float):
            continue
        if isinstance(item, int):
            if not INT64_MIN <= item <= INT64_MAX:
                return f"{where}: the number is out of range"
        elif isinstance(item, str):
            if len(item) > text_limit:
                return f"{where}: the text is longer than {text_limit} characters"
            if "\x00" in item:
                return f"{where}: the text holds a NUL character"
        elif isinstance(item, msgspec.Struct):
            stack.extend(
                (getattr(item, name), f"{where}.{name}") for name in item.__struct_fields__
            )
        elif isinstance(item, dict):
            for key, inner in item.items():
                stack.append((key, f"{where} key"))
                stack.append((inner, f"{where}.{str(key)[:40]}"))
        elif isinstance(item, (list, tuple)):
            stack.extend((inner, f"{where}[{n}]") for n, inner in enumerate(item))
    return None
