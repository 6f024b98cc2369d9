from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="UrlModel")


@_attrs_define
class UrlModel:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        url_string = d.pop("url_string", UNSET)
        if url_string.__class__ is not str and url_string is not None and url_string is not UNSET:
            url_string = unexpected_type(cls, "url_string", url_string, "a string or null")

        scheme = d.pop("scheme", UNSET)
        if scheme.__class__ is not str and scheme is not None and scheme is not UNSET:
            scheme = unexpected_type(cls, "scheme", scheme, "a string or null")

        hostname = d.pop("hostname", UNSET)
        if hostname.__class__ is not str and hostname is not None and hostname is not UNSET:
            hostname = unexpected_type(cls, "hostname", hostname, "a string or null")

        port = d.pop("port", UNSET)
        if port.__class__ is not int and port is not None and port is not UNSET:
            port = unexpected_type(cls, "port", port, "an integer or null")

        path = d.pop("path", UNSET)
        if path.__class__ is not str and path is not None and path is not UNSET:
            path = unexpected_type(cls, "path", path, "a string or null")

        query_string = d.pop("query_string", UNSET)
        if query_string.__class__ is not str and query_string is not None and query_string is not UNSET:
            query_string = unexpected_type(cls, "query_string", query_string, "a string or null")

        url_model = cls(
            url_string=url_string,
            scheme=scheme,
            hostname=hostname,
            port=port,
            path=path,
            query_string=query_string,
        )
        return url_model
