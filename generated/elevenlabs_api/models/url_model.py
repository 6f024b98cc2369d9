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

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("url_string", "url_string", union(STR, NULL)),
        Field("scheme", "scheme", union(STR, NULL)),
        Field("hostname", "hostname", union(STR, NULL)),
        Field("port", "port", union(INT, NULL)),
        Field("path", "path", union(STR, NULL)),
        Field("query_string", "query_string", union(STR, NULL)),
    )
