from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    union,
)


@_attrs_define(slots=False)
class Icon(Lazy, AdditionalProperties[Any]):
    """An icon for display in user interfaces."""

    src: str

    mime_type: None | str | Unset = UNSET

    sizes: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("src", "src", STR, required=True),
        Field("mime_type", "mimeType", union(STR, NULL)),
        Field("sizes", "sizes", union(list_of(STR), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
