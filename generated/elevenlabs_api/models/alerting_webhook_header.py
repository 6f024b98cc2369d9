from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class AlertingWebhookHeader(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_secret: Defaults to False on the server.
    value: Header value. May be null only for a secret header on update.
    """

    name: str

    is_secret: bool | Unset = UNSET

    value: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("is_secret", "is_secret", BOOL),
        Field("value", "value", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
