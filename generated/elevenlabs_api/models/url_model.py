from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..types import (
    INT,
    NULL,
    STR,
    UNSET,
    Field,
    Lazy,
    Unset,
    union,
)


@_attrs_define(slots=False)
class UrlModel(Lazy):
    """OCSF URL object.

    Spec: https://schema.ocsf.io/1.6.0/objects/url

    Attributes:
        url_string: Full URL string
        scheme: URL scheme (e.g., https)
        hostname: URL hostname
        port: URL port
        path: URL path
        query_string: URL query string
    """

    url_string: None | str | Unset = UNSET

    scheme: None | str | Unset = UNSET

    hostname: None | str | Unset = UNSET

    port: int | None | Unset = UNSET

    path: None | str | Unset = UNSET

    query_string: None | str | Unset = UNSET

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("url_string", "url_string", union(STR, NULL)),
        Field("scheme", "scheme", union(STR, NULL)),
        Field("hostname", "hostname", union(STR, NULL)),
        Field("port", "port", union(INT, NULL)),
        Field("path", "path", union(STR, NULL)),
        Field("query_string", "query_string", union(STR, NULL)),
    )
