"""The sync commands of the command line (design.md "Command line"): the office's central
office key, exporting a package, applying a receipt; and at the central office `hq init`,
`hq key`, `hq export-identity` and importing packages. Exit codes as in `cli`: 0 done, 2 bad
input or a refused package, 1 anything else, the reason on stderr."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app.errors import InputError, ServiceError

AddDb = Callable[[argparse.ArgumentParser], None]
Opener = Callable[[argparse.Namespace], None]

_opener: list[Opener] = []


def _open(args: argparse.Namespace) -> None:
    _opener[0](args)


def add_commands(sub, add_db: AddDb, opener: Opener) -> None:  # type: ignore[no-untyped-def]
    """Add the sync commands to the main parser's subcommands (`opener` opens --db)."""
    _opener[:] = [opener]
    office = sub.choices["office"]
    office_sub = next(a for a in office._actions if isinstance(a, argparse._SubParsersAction))
    hq_key = office_sub.add_parser(
        "set-hq-key", help="the central office key packages are sealed for"
    )
    hq_key.add_argument("key", metavar="AGE_PUBLIC_KEY", help="age1... or a file holding it")
    hq_key.add_argument(
        "--signing-fingerprint",
        help="fingerprint of the central office's receipt key (required unless the key file "
        "or text holds it, as the output of 'hq key' does)",
    )
    add_db(hq_key)
    hq_key.set_defaults(handler=_cmd_set_hq_key)

    export = sub.add_parser("export", help="write a sync package; prints its path")
    export.add_argument("--out", required=True, metavar="DIR")
    export.add_argument("--full", action="store_true", help="everything, not only the changes")
    add_db(export)
    export.set_defaults(handler=_cmd_export)

    receipt = sub.add_parser("import-receipt", help="apply a central office receipt")
    receipt.add_argument("file", metavar="FILE")
    add_db(receipt)
    receipt.set_defaults(handler=_cmd_import_receipt)

    hq = sub.add_parser("hq", help="the central office")
    hq_sub = hq.add_subparsers(dest="hq_command", required=True, parser_class=type(hq))
    init = hq_sub.add_parser("init", help="make this database a central office")
    init.add_argument("--name", required=True)
    add_db(init)
    init.set_defaults(handler=_cmd_hq_init)
    key = hq_sub.add_parser("key", help="print the central office public key")
    add_db(key)
    key.set_defaults(handler=_cmd_hq_key)
    identity = hq_sub.add_parser("export-identity", help="the central age identity")
    identity.add_argument("--out", required=True, metavar="FILE")
    add_db(identity)
    identity.set_defaults(handler=_cmd_hq_export_identity)

    siasn = hq_sub.add_parser(
        "siasn-export",
        help="one SIASN upload document per final evaluation, with its Dokumen Evaluasi",
    )
    siasn.add_argument("--year", required=True, type=int)
    siasn.add_argument(
        "--period", help="Q1 ... Q4 or 01 ... 12 (a periodic evaluation); default the annual one"
    )
    siasn.add_argument("--out", required=True, metavar="DIR")
    add_db(siasn)
    siasn.set_defaults(handler=_cmd_hq_siasn_export)

    decide = hq_sub.add_parser(
        "decide", help="a decision for an office's record, carried by its next return package"
    )
    decide.add_argument("--office", required=True, metavar="CODE")
    decide.add_argument(
        "--kind", required=True, choices=("org_predikat", "pns_id", "name", "grade")
    )
    where = decide.add_mutually_exclusive_group(required=True)
    where.add_argument("--unit", metavar="UNIT_CODE", help="the unit (org_predikat)")
    where.add_argument("--nip", help="the employee (pns_id, name, grade)")
    decide.add_argument("--value", required=True)
    decide.add_argument("--period", default="", help="the period key (org_predikat): 2026")
    decide.add_argument("--note", default="")
    add_db(decide)
    decide.set_defaults(handler=_cmd_hq_decide)
    ret = hq_sub.add_parser("return", help="write the return package for an office")
    ret.add_argument("--office", required=True, metavar="CODE")
    ret.add_argument("--out", required=True, metavar="DIR")
    add_db(ret)
    ret.set_defaults(handler=_cmd_hq_return)

    imp_ret = sub.add_parser("import-return", help="apply a return package of the central office")
    imp_ret.add_argument("file", metavar="FILE")
    imp_ret.add_argument("--dry-run", action="store_true", help="check and summarise only")
    add_db(imp_ret)
    imp_ret.set_defaults(handler=_cmd_import_return)

    imp = sub.add_parser("import", help="import office packages (central office)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check and summarise only")
    imp.add_argument(
        "--trust-office",
        action="append",
        default=[],
        metavar="CODE:FINGERPRINT",
        help="register a new office after confirming its key fingerprint",
    )
    imp.add_argument("--receipts", metavar="DIR", help="write the receipts here")
    add_db(imp)
    imp.set_defaults(handler=_cmd_import)


def _cmd_set_hq_key(args: argparse.Namespace) -> int:
    from desktop_app.services.sync import office as sync_office

    _open(args)
    text, found = args.key, None
    if not text.startswith("age1") and Path(text).is_file():
        text, found = sync_office.read_hq_key_file(text)  # bounded: a key file is small
    stored = sync_office.set_hq_key(text, args.signing_fingerprint or found)
    print(f"central office key set: {stored}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.services.sync import office as sync_office

    _open(args)
    result = sync_office.export_package(args.out, full=args.full)
    kind = "full" if result.since_version == 0 else f"changes since version {result.since_version}"
    print(f"package {result.sequence}: {result.rows} records ({kind}), sha256 {result.sha256}")
    print(result.path)
    return 0


def _cmd_import_receipt(args: argparse.Namespace) -> int:
    from desktop_app.services.sync import office as sync_office

    _open(args)
    result = sync_office.import_receipt(args.file)
    if result.already:
        print(f"receipt for package {result.sequence} was applied before; nothing changed")
    else:
        print(
            f"receipt for package {result.sequence} applied: the central office holds version "
            f"{result.acknowledged_version}"
        )
    if result.audit_anchor is None:
        print("the receipt carries no audit chain head (an older central program)")
    else:
        print(f"audit trail anchored at entry {result.audit_anchor}")
    for q in result.quarantined:
        print(f"  quarantined {q['entity']} {q['uid']}: {q['reason']}")
    return 0


def _cmd_hq_init(args: argparse.Namespace) -> int:
    from desktop_app.services.sync import central as sync_central

    _open(args)
    central = sync_central.hq_init(args.name)
    print(central.age_recipient)
    print(
        "keep this database safe and export the identity (hq export-identity): without it "
        "no package sealed for this central office can ever be read",
        file=sys.stderr,
    )
    return 0


def _cmd_hq_key(args: argparse.Namespace) -> int:
    from desktop_app.services.sync import central as sync_central
    from desktop_app.sync.keys import grouped

    _open(args)
    recipient, fingerprint = sync_central.hq_key()
    print(recipient)
    print(f"receipt signing key fingerprint: {grouped(fingerprint)}")
    return 0


def _cmd_hq_export_identity(args: argparse.Namespace) -> int:
    from desktop_app.services.sync import central as sync_central

    _open(args)
    path = sync_central.export_identity(args.out)
    print(f"central identity written to {path}; keep it offline and safe")
    return 0


def _trust(values: list[str]) -> dict[str, str]:
    from desktop_app.scoring.office_code import is_office_code
    from desktop_app.sync.keys import normalize_fingerprint

    out = {}
    for value in values:
        code, sep, fp = value.partition(":")
        code = code.strip().upper()
        if not sep or not is_office_code(code):
            raise InputError("--trust-office takes CODE:FINGERPRINT, not {value}", value=value)
        try:
            out[code] = normalize_fingerprint(fp)
        except ValueError as exc:
            raise InputError("{reason}", reason=str(exc)) from exc
    return out


def _cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.services.sync import central as sync_central

    _open(args)
    trust = _trust(args.trust_office)
    results = sync_central.import_many(
        args.files, dry_run=args.dry_run, trust=trust, receipts_dir=args.receipts
    )
    code = 0
    for path, result in results:
        if isinstance(result, ServiceError):
            print(f"{Path(path).name}: refused: {result}", file=sys.stderr)
            code = max(code, result.exit_code)
            continue
        totals = result.totals
        state = (
            "dry run"
            if result.dry_run
            else "already imported; nothing changed"
            if result.duplicate
            else "imported"
        )
        print(f"{result.file_name}: office {result.office_code} package {result.sequence}: {state}")
        for entity, counts in result.summary.items() if not result.duplicate else ():
            shown = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
            if shown:
                print(f"  {entity}: {shown}")
        if totals["quarantined"]:
            print(f"  quarantined: {totals['quarantined']}")
            for q in result.quarantined[:20]:
                print(f"    {q.entity} {q.uid}: {q.reason}")
        if result.merges:
            print(f"  NIPs also held by another office (merge queue): {result.merges}")
        if result.receipt is not None:
            print(f"  receipt: {result.receipt}")
    return code


def _cmd_hq_siasn_export(args: argparse.Namespace) -> int:
    from desktop_app.services.sync.central import siasn_upload

    _open(args)
    result = siasn_upload.export_siasn_upload(args.out, args.year, args.period)
    print(
        f"SIASN {result.period_key}: {len(result.uploaded)} documents with their Dokumen "
        f"Evaluasi, {len(result.left_out)} final evaluations left out"
    )
    for left in result.left_out:
        why = left.msgid.format(**left.params) if left.msgid else left.reason
        print(f"  left out {left.office_code} {left.nip} {left.name}: {why}")
    print(result.summary)
    return 0


def _cmd_hq_decide(args: argparse.Namespace) -> int:
    from desktop_app.services.sync.central import return_writer

    _open(args)
    office = args.office.strip().upper()
    target = return_writer.target_of(office, unit_code=args.unit or "", nip=args.nip or "")
    uid = return_writer.decide(
        office, args.kind, target, args.value, period_key=args.period, note=args.note
    )
    print(f"decision {uid} kept for office {office}; the next return package carries it")
    return 0


def _cmd_hq_return(args: argparse.Namespace) -> int:
    from desktop_app.services.sync.central import return_writer

    _open(args)
    written = return_writer.write_return(args.office.strip().upper(), args.out)
    ack = "with" if written.acknowledged else "without"
    print(f"return package {written.sequence}: {written.items} decisions, {ack} acknowledgement")
    print(written.path)
    return 0


def _cmd_import_return(args: argparse.Namespace) -> int:
    from desktop_app.services.sync.office import returns

    _open(args)
    result = returns.import_return(args.file, dry_run=args.dry_run)
    if result.already:
        print(f"return package {result.sequence} was applied before; nothing changed")
        return 0
    state = "dry run" if result.dry_run else "applied"
    counts = result.counts
    print(
        f"return package {result.sequence}: {state}: {counts['predikat']} organisation "
        f"predikat set, {counts['proposals']} proposals for HR, {counts['unchanged']} known "
        f"already, {counts['quarantined']} quarantined"
    )
    if result.acknowledged_version is not None:
        print(f"the central office holds version {result.acknowledged_version}")
    if result.receipt_note:
        print(f"acknowledgement not applied: {result.receipt_note}")
    if result.codetable_version:
        print(f"the central office uses code tables {result.codetable_version}")
    for kind, reason in result.quarantined:
        print(f"  quarantined {kind}: {reason}")
    return 0
