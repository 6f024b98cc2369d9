from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NULL,
    STR,
    UNSET,
    Field,
    Lazy,
    Unset,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class HttpRequestModel(Lazy):
    """HTTP request details.

    Spec: https://schema.ocsf.io/1.6.0/objects/http_request

    Attributes:
        http_method: HTTP method (GET, POST, etc.)
        url: OCSF URL object.

            Spec: https://schema.ocsf.io/1.6.0/objects/url
        user_agent: User agent string
        x_forwarded_for: X-Forwarded-For header as a list
    """

    http_method: str

    url: UrlModel

    user_agent: None | str | Unset = UNSET

    x_forwarded_for: list[str] | None | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("http_method", "http_method", STR, required=True),
        Field("url", "url", object_of("UrlModel"), required=True),
        Field("user_agent", "user_agent", union(STR, NULL)),
        Field("x_forwarded_for", "x_forwarded_for", union(list_of(STR), NULL)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.url_model import UrlModel
