"""Suite-wide fixtures.

``_no_network`` blocks every socket connection except to loopback for the whole session, so a
code path that tries to download (nltk.download, a CMUdict fetch) fails the test loudly instead of
passing on a developer's connected machine and failing in production.
"""

from __future__ import annotations

import ipaddress
import socket

import pytest


class NetworkBlocked(RuntimeError):
    pass


def _is_loopback(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name other than localhost would need DNS: refuse


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def guard(address):
        if not _is_loopback(address):
            raise NetworkBlocked(f"test tried to reach the network: {address!r}")

    def connect(self, address):
        guard(address)
        return real_connect(self, address)

    def connect_ex(self, address):
        guard(address)
        return real_connect_ex(self, address)

    def getaddrinfo(host, *args, **kwargs):
        guard((host, 0))
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
    socket.getaddrinfo = getaddrinfo
    yield
    socket.socket.connect, socket.socket.connect_ex = real_connect, real_connect_ex
    socket.getaddrinfo = real_getaddrinfo
