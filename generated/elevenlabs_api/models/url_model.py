from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UrlModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UrlModel(Lazy):
    """OCSF URL object.

    Spec: https://schema.ocsf.io/1.6.0/objects/url

    Attributes:
        url_string (None | str | Unset): Full URL string
        scheme (None | str | Unset): URL scheme (e.g., https)
        hostname (None | str | Unset): URL hostname
        port (int | None | Unset): URL port
        path (None | str | Unset): URL path
        query_string (None | str | Unset): URL query string
    """

    url_string: None | str | Unset = UNSET

    scheme: None | str | Unset = UNSET

    hostname: None | str | Unset = UNSET

    port: int | None | Unset = UNSET

    path: None | str | Unset = UNSET

    query_string: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        url_string: Any
        try:
            url_string = self.url_string

        except (AttributeError, TypeError):
            url_string = self.url_string

        scheme: Any
        try:
            scheme = self.scheme

        except (AttributeError, TypeError):
            scheme = self.scheme

        hostname: Any
        try:
            hostname = self.hostname

        except (AttributeError, TypeError):
            hostname = self.hostname

        port: Any
        try:
            port = self.port

        except (AttributeError, TypeError):
            port = self.port

        path: Any
        try:
            path = self.path

        except (AttributeError, TypeError):
            path = self.path

        query_string: Any
        try:
            query_string = self.query_string

        except (AttributeError, TypeError):
            query_string = self.query_string

        field_dict: dict[str, Any] = {}
        if url_string is not UNSET:
            field_dict["url_string"] = url_string
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if port is not UNSET:
            field_dict["port"] = port
        if path is not UNSET:
            field_dict["path"] = path
        if query_string is not UNSET:
            field_dict["query_string"] = query_string
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        url_model = cls.__new__(cls)
        url_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return url_model


_read_url_string = plain_reader(
    "url_string",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_scheme = plain_reader(
    "scheme",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_hostname = plain_reader(
    "hostname",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_port = plain_reader(
    "port",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_path = plain_reader(
    "path",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_query_string = plain_reader(
    "query_string",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _all_fields(cls: type[UrlModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    url_string = d.get("url_string", UNSET)
    if url_string.__class__ is not str and url_string is not None and url_string is not UNSET:
        url_string = _read_url_string(cls, d)

    scheme = d.get("scheme", UNSET)
    if scheme.__class__ is not str and scheme is not None and scheme is not UNSET:
        scheme = _read_scheme(cls, d)

    hostname = d.get("hostname", UNSET)
    if hostname.__class__ is not str and hostname is not None and hostname is not UNSET:
        hostname = _read_hostname(cls, d)

    port = d.get("port", UNSET)
    if port.__class__ is not int and port is not None and port is not UNSET:
        port = _read_port(cls, d)

    path = d.get("path", UNSET)
    if path.__class__ is not str and path is not None and path is not UNSET:
        path = _read_path(cls, d)

    query_string = d.get("query_string", UNSET)
    if query_string.__class__ is not str and query_string is not None and query_string is not UNSET:
        query_string = _read_query_string(cls, d)

    return {
        "url_string": url_string,
        "scheme": scheme,
        "hostname": hostname,
        "port": port,
        "path": path,
        "query_string": query_string,
    }


set_readers(
    UrlModel,
    _all_fields,
    {
        "url_string": _read_url_string,
        "scheme": _read_scheme,
        "hostname": _read_hostname,
        "port": _read_port,
        "path": _read_path,
        "query_string": _read_query_string,
    },
)
