"""The two database engines: a SQLite file (the one-PC default) and a PostgreSQL server (an
office LAN or the central office, design.md "One office, many people").

`is_url` tells a `--db` / `KINERJA_DB` value naming a server from a file path; `ServerTarget`
is such a value parsed, with the password left out of everything shown or logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

SCHEMES = ("postgresql://", "postgres://")
# A writer waits this long for another PC's write (then: "in use, try again", nothing changed);
# a PC that left a transaction open (a crash, a cut cable) loses it after the second value.
LOCK_TIMEOUT_S = 15
IDLE_IN_TRANSACTION_S = 300


def is_url(value: object) -> bool:
    """True for a `postgresql://` (or `postgres://`) connection URL."""
    return isinstance(value, str) and value.strip().lower().startswith(SCHEMES)


class BadUrlError(ValueError):
    """A `postgresql://` URL that cannot be used (no database name, a bad port)."""


@dataclass(frozen=True)
class ServerTarget:
    """A PostgreSQL database: `postgresql://user[:password]@host[:port]/dbname[?host=/dir]`.

    `host` may be a folder (a Unix socket directory), given in the URL as `?host=/dir`."""

    dbname: str
    user: str = ""
    host: str = ""
    port: int | None = None
    password: str = ""
    sslmode: str = "prefer"

    @classmethod
    def parse(cls, url: str) -> ServerTarget:
        parts = urlsplit(url.strip())
        dbname = unquote(parts.path.lstrip("/"))
        if not dbname:
            raise BadUrlError(
                f"{cls(dbname='', host=parts.hostname or '').display()}: no database name"
            )
        query = parse_qs(parts.query)
        try:
            port = parts.port
        except ValueError as err:
            raise BadUrlError(f"bad port in {parts.hostname}: {err}") from None
        host = query.get("host", [unquote(parts.hostname or "")])[0]
        return cls(
            dbname=dbname,
            user=unquote(parts.username or ""),
            host=host,
            port=port,
            password=unquote(parts.password or ""),
            sslmode=query.get("sslmode", ["prefer"])[0],
        )

    def with_password(self, password: str) -> ServerTarget:
        return ServerTarget(self.dbname, self.user, self.host, self.port, password, self.sslmode)

    def with_dbname(self, dbname: str) -> ServerTarget:
        return ServerTarget(dbname, self.user, self.host, self.port, self.password, self.sslmode)

    def connect_params(self) -> dict[str, object]:
        """The libpq keywords (TLS when the server offers it: sslmode=prefer)."""
        params: dict[str, object] = {
            "connect_timeout": 10,
            "application_name": "kinerja-luring",
            "options": f"-c lock_timeout={LOCK_TIMEOUT_S * 1000} "
            f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_S * 1000}",
        }
        if self.user:
            params["user"] = self.user
        if self.host:
            params["host"] = self.host
        if self.port:
            params["port"] = self.port
        if self.password:
            params["password"] = self.password
        if not self.host.startswith("/"):
            params["sslmode"] = self.sslmode
        return params

    def url(self) -> str:
        """The URL without the password (what is shown, logged and remembered)."""
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        socket = self.host.startswith("/")
        host = "" if socket else self.host
        port = f":{self.port}" if self.port else ""
        query = f"?host={quote(self.host, safe='/')}" if socket else ""
        return f"postgresql://{user}{host}{port}/{quote(self.dbname, safe='')}{query}"

    def display(self) -> str:
        return self.url()

    def local_name(self) -> str:
        """A file-name-safe name for this database's local folder (backups, prints)."""
        raw = f"{self.host or 'local'}_{self.port or 5432}_{self.dbname}"
        return "".join(c if c.isalnum() or c in "-_." else "_" for c in raw)
