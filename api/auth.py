"""Optional API keys: when ``TEXTMETRICS_API_KEYS`` is set, ``/v1/*`` needs ``Authorization: Bearer <key>``.

Keys are compared with :func:`hmac.compare_digest` against every configured key (no early exit), so
the time taken says nothing about how much of a key was right. Keys are never logged.
"""

from __future__ import annotations

import hmac
from typing import Sequence

from .errors import ApiProblem

__all__ = ["bearer_token", "key_is_valid", "require_key"]

CHALLENGE = 'Bearer realm="textmetrics"'


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header (scheme case-insensitive, RFC 6750)."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def key_is_valid(token: str | None, keys: Sequence[str]) -> bool:
    """Whether ``token`` equals one of ``keys``, in time independent of where they differ."""
    if token is None:
        return False
    given = token.encode("utf-8", "surrogatepass")
    valid = False
    for key in keys:
        valid |= hmac.compare_digest(given, key.encode("utf-8", "surrogatepass"))
    return valid


def require_key(authorization: str | None, keys: Sequence[str]) -> None:
    """Raise a 401 problem unless no keys are configured or the header carries a valid one."""
    if not keys:
        return
    token = bearer_token(authorization)
    if not key_is_valid(token, keys):
        detail = "a valid API key is required: send Authorization: Bearer <key>"
        if token is not None:
            detail = "the API key is not valid"
        raise ApiProblem(401, detail, headers={"WWW-Authenticate": CHALLENGE})
