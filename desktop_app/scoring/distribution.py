"""Distribution of employee predikat against the organisation predikat (SE MenPANRB 3/2023).

The pola distribusi is guidance, never a block (domain.md §0.4): `check_distribution` lists the
rules a unit's head-counts break, with the numbers, and `suggest_distribution` proposes a split
that keeps them. The rules themselves are data (`codes.DISTRIBUTION_RULES`).

Rounding against the unit's head-count N: a "max p" rule allows floor(p x N) employees and a
"min p" rule needs ceil(p x N). That is exactly "the actual share never exceeds / never falls
short of p": no rounding in anyone's favour, and the limits shown are whole people. For example
max 70 % of 7 allows floor(4.9) = 4, min 60 % of 7 needs ceil(4.2) = 5, and max 10 % of 9
allows nobody. Small units can therefore not always conform (see `suggest_distribution`).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Any

from desktop_app.scoring.codes import (
    DISTRIBUTION_RULES,
    LARGEST,
    MAX_SHARE,
    MIN_SHARE,
    MUST_EXIST,
    MUST_NOT_EXIST,
    SUGGESTED_SHARES,
    DistributionRule,
)
from desktop_app.scoring.errors import CONTEXT, RuleError, format_message
from desktop_app.scoring.ratings import OrgPredikat, Predikat
from desktop_app.scoring.reference import N_

_MSGIDS = {
    MAX_SHARE: N_(
        "scoring",
        "{predikat}: {count} of {total} employees ({actual}%), more than the {share}% of the "
        "pattern allows ({allowed})",
    ),
    MIN_SHARE: N_(
        "scoring",
        "{predikat}: {count} of {total} employees ({actual}%), fewer than the {share}% the "
        "pattern asks for ({allowed})",
    ),
    MUST_EXIST: N_(
        "scoring",
        "{predikat}: nobody of {total} employees, but the pattern expects at least one",
    ),
    MUST_NOT_EXIST: N_(
        "scoring",
        "{predikat}: {count} of {total} employees, but the pattern expects none",
    ),
    LARGEST: N_(
        "scoring",
        "{predikat}: {count} of {total} employees is not the largest group; {other} has {allowed}",
    ),
}

# Search every split exhaustively up to this head-count (exact "closest" for small units).
_EXHAUSTIVE_MAX = 12


@dataclass(frozen=True)
class Finding:
    """One distribution rule the unit breaks, with the numbers behind it.

    `allowed_share` is the rule's fraction (Decimal("0.70")) or None for rules without one;
    `allowed_count` is the head-count limit derived from it (the maximum allowed for max and
    must-not-exist rules, the minimum needed for min and must-exist rules, the size of the
    largest other group for a largest rule; max p is floor(p x total) and min p is
    ceil(p x total), see `check_distribution`); `count` is the head-count of the rule's predikat
    set, `actual_share` = count / total (4 decimals) and `gap` the number of employees that
    would have to change predikat to satisfy this rule alone.
    """

    rule_id: str
    kind: str
    predikat: tuple[Predikat, ...]
    allowed_share: Decimal | None
    allowed_count: int
    actual_share: Decimal
    count: int
    total: int
    gap: int
    msgid: str
    params: Mapping[str, Any] = field(hash=False)
    description: str = ""
    context: str = CONTEXT

    def __str__(self) -> str:
        return format_message(self.msgid, self.params)


def distribution_rules(org: OrgPredikat) -> tuple[DistributionRule, ...]:
    """The rules of the pola distribusi for one organisation predikat, in table order."""
    key = OrgPredikat.coerce(org).value
    return tuple(rule for rule in DISTRIBUTION_RULES.data if rule.org == key)


def _limit(rule: DistributionRule, total: int) -> int:
    """Head-count limit of a share rule: floor for max, ceil for min (see module docstring)."""
    assert rule.share is not None
    rounding = ROUND_FLOOR if rule.kind == MAX_SHARE else ROUND_CEILING
    return int((rule.share * total).to_integral_value(rounding=rounding))


def _evaluate(rule: DistributionRule, counts: Mapping[str, int], total: int) -> tuple[int, int]:
    """(gap, limit) of one rule for head-counts keyed by predikat key; gap 0 means kept."""
    count = sum(counts[p] for p in rule.predikat)
    if rule.kind == MAX_SHARE:
        limit = _limit(rule, total)
        return max(0, count - limit), limit
    if rule.kind == MIN_SHARE:
        limit = _limit(rule, total)
        return max(0, limit - count), limit
    if rule.kind == MUST_EXIST:
        return (0 if count >= 1 else 1), 1
    if rule.kind == MUST_NOT_EXIST:
        return count, 0
    if rule.kind == LARGEST:
        other = max((n for p, n in counts.items() if p not in rule.predikat), default=0)
        return max(0, other - count), other
    raise AssertionError(f"unknown distribution rule kind {rule.kind!r}")


def _percent(value: Decimal) -> str:
    return str((value * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _share(share: Decimal | None) -> str:
    """A rule's share as a percentage without trailing zeros: Decimal("0.70") -> "70"."""
    if share is None:
        return ""
    return f"{(share * 100).normalize():f}"


def _normal_counts(counts: Mapping[Predikat, int]) -> dict[str, int]:
    if not isinstance(counts, Mapping):
        raise RuleError(
            N_("scoring", "predikat counts {value} are not a mapping"), {"value": repr(counts)}
        )
    result = {p.value: 0 for p in Predikat}
    for key, value in counts.items():
        member = Predikat.coerce(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise RuleError(
                N_("scoring", "count {value} for {predikat} is not a whole number"),
                {"value": repr(value), "predikat": member.label},
            )
        if value < 0:
            raise RuleError(
                N_("scoring", "count {value} for {predikat} is negative"),
                {"value": value, "predikat": member.label},
            )
        result[member.value] += value
    return result


def check_distribution(org: OrgPredikat, counts: Mapping[Predikat, int]) -> list[Finding]:
    """The pola distribusi rules of `org` that the unit's predikat head-counts break.

    `counts` maps each Predikat to its head-count (missing = 0). An empty list means the unit
    conforms; a unit of 0 employees always conforms. Negative or non-integer counts, and keys
    or an `org` that are not members (or stored values) of the right enum, raise RuleError
    naming the value.

    Rounding for small units: the percentages are turned into whole people against the unit's
    head-count N, never in the unit's favour. "Max p" allows floor(p x N) employees and "min p"
    needs ceil(p x N), so the actual share never exceeds, or falls short of, p. E.g. for N = 7:
    max 70 % allows 4 (4.9 rounded down), min 60 % needs 5 (4.2 rounded up); for N = 9 max 10 %
    allows nobody (0.9 rounded down) and min 10 % needs 1 (0.9 rounded up); any N >= 1 needs at
    least 1 for a min 10 % rule. The finding's `allowed_count` is that whole-people limit and
    `actual_share` the unrounded count / N shown to 4 decimals (1 in the message's percent).
    """
    rules = distribution_rules(org)
    normal = _normal_counts(counts)
    total = sum(normal.values())
    if total == 0:
        return []
    findings = []
    for rule in rules:
        gap, limit = _evaluate(rule, normal, total)
        if not gap:
            continue
        count = sum(normal[p] for p in rule.predikat)
        members = tuple(Predikat(p) for p in rule.predikat)
        actual = (Decimal(count) / Decimal(total)).quantize(
            Decimal("0.0001"), rounding=ROUND_HALF_UP
        )
        params: dict[str, Any] = {
            "predikat": " + ".join(m.label for m in members),  # no word to translate
            "count": count,
            "total": total,
            "actual": _percent(Decimal(count) / Decimal(total)),
            "allowed": limit,
            "share": _share(rule.share),
        }
        if rule.kind == LARGEST:
            other = max(
                (p for p in Predikat if p.value not in rule.predikat),
                key=lambda p: normal[p.value],
            )
            params["other"] = other.label
        findings.append(
            Finding(
                rule_id=rule.rule_id,
                kind=rule.kind,
                predikat=members,
                allowed_share=rule.share,
                allowed_count=limit,
                actual_share=actual,
                count=count,
                total=total,
                gap=gap,
                msgid=_MSGIDS[rule.kind],
                params=params,
                description=rule.description,
            )
        )
    return findings


def _total_gap(rules: tuple[DistributionRule, ...], counts: Mapping[str, int], n: int) -> int:
    return sum(_evaluate(rule, counts, n)[0] for rule in rules)


def _apportion(shares: Mapping[str, int], n: int) -> dict[str, int]:
    """Largest-remainder split of n by percentages; ties go to the earlier predikat."""
    keys = [p.value for p in Predikat]
    exact = {k: Decimal(shares.get(k, 0)) * n / 100 for k in keys}
    counts = {k: int(exact[k]) for k in keys}
    left = n - sum(counts.values())
    order = sorted(keys, key=lambda k: (-(exact[k] - counts[k]), -exact[k], keys.index(k)))
    for k in order[:left]:
        counts[k] += 1
    return counts


def _distance(counts: Mapping[str, int], shares: Mapping[str, int], n: int) -> Decimal:
    return sum(
        (abs(Decimal(counts[k]) - Decimal(shares.get(k, 0)) * n / 100) for k in counts),
        Decimal(0),
    )


def _compositions(n: int, parts: int):
    """Every way to write n as an ordered sum of `parts` non-negative integers."""
    for cuts in itertools.combinations(range(n + parts - 1), parts - 1):
        bounds = (-1, *cuts, n + parts - 1)
        yield tuple(bounds[i + 1] - bounds[i] - 1 for i in range(parts))


def suggest_distribution(org: OrgPredikat, headcount: int) -> dict[Predikat, int]:
    """A realistic split of `headcount` employees over the five predikat for `org`.

    Starts from the project's suggested shares (`codes.SUGGESTED_SHARES`, not a regulation)
    and repairs them until `check_distribution` finds nothing. The result always sums to
    `headcount` and conforms whenever conforming is possible. Shares are rounded to whole
    people as `check_distribution` does (max p -> floor(p x N), min p -> ceil(p x N)); with the
    2026.1 tables that makes every head-count from 3 up conformable, 2 for every organisation
    predikat but Kurang and Sangat Kurang, and 1 only for Butuh Perbaikan.

    Where no split conforms (e.g. 2 employees under Kurang: min 60 % Kurang needs
    ceil(1.2) = 2 and min 10 % Butuh Perbaikan needs ceil(0.2) = 1), the closest split is
    returned: the fewest employees out of line with the rules (sum of the findings' `gap`),
    then the nearest to the suggested shares. `headcount` must be a whole number >= 0 (0 gives
    all zeros); anything else raises RuleError naming it.
    Up to 12 employees this is an exhaustive search; above it, largest-remainder apportionment
    followed by one-person moves that each reduce the total gap.
    """
    org_m = OrgPredikat.coerce(org)
    if isinstance(headcount, bool) or not isinstance(headcount, int) or headcount < 0:
        raise RuleError(
            N_("scoring", "head-count {value} is not a whole number of 0 or more"),
            {"value": repr(headcount)},
        )
    rules = distribution_rules(org_m)
    shares = SUGGESTED_SHARES.data[org_m.value]
    keys = [p.value for p in Predikat]
    if headcount <= _EXHAUSTIVE_MAX:
        best = min(
            (dict(zip(keys, split, strict=True)) for split in _compositions(headcount, len(keys))),
            key=lambda c: (_total_gap(rules, c, headcount), _distance(c, shares, headcount)),
        )
        return {Predikat(k): best[k] for k in keys}

    counts = _apportion(shares, headcount)
    gap = _total_gap(rules, counts, headcount)
    while gap:
        best_move: tuple[int, Decimal, str, str] | None = None
        for source, target in itertools.permutations(keys, 2):
            if not counts[source]:
                continue
            counts[source] -= 1
            counts[target] += 1
            candidate = (
                _total_gap(rules, counts, headcount),
                _distance(counts, shares, headcount),
                source,
                target,
            )
            counts[source] += 1
            counts[target] -= 1
            if best_move is None or candidate[:2] < best_move[:2]:
                best_move = candidate
        if best_move is None or best_move[0] >= gap:
            break  # no single move helps: keep the closest split found
        gap, _, source, target = best_move
        counts[source] -= 1
        counts[target] += 1
    return {Predikat(k): counts[k] for k in keys}
