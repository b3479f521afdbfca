"""Ed25519 signing keys of an office and their fingerprints (design.md, CLI contract).

A fingerprint is the lowercase hex SHA-256 of the raw 32-byte public key, accepted with or
without spaces or colons and shown in groups of four for reading aloud over the phone.
"""

from __future__ import annotations

import hashlib
import re

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


def new_signing_key() -> tuple[str, str]:
    """A fresh key pair as (private PKCS8 PEM, public SubjectPublicKeyInfo PEM)."""
    key = Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")
    return private_pem, public_pem_of(key.public_key())


def public_pem_of(public: Ed25519PublicKey) -> str:
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def load_public(pem: str) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(pem.encode("ascii"))
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("the public key is not an Ed25519 key")
    return key


def fingerprint(public_pem: str) -> str:
    raw = load_public(public_pem).public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return hashlib.sha256(raw).hexdigest()


def normalize_fingerprint(text: str) -> str:
    """Accept a fingerprint with spaces or colons; raise ValueError when it is not 64 hex."""
    clean = re.sub(r"[\s:]", "", text).lower()
    if not re.fullmatch(r"[0-9a-f]{64}", clean):
        raise ValueError(f"{text!r} is not a key fingerprint (64 hexadecimal digits)")
    return clean


def grouped(fp: str) -> str:
    """`ab12 cd34 ...`: the fingerprint in groups of four, for reading aloud."""
    return " ".join(fp[i : i + 4] for i in range(0, len(fp), 4))
