"""Pure-Python rules engine of Kinerja Luring (no Qt, no database)."""

from desktop_app.scoring.errors import Message, RuleError
from desktop_app.scoring.nip import NipError, NipInfo, format_nip, parse_nip

__all__ = ["Message", "NipError", "NipInfo", "RuleError", "format_nip", "parse_nip"]
