from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class TicketCommentResponseModel(Lazy, AdditionalProperties[Any]):
    comment: str

    created_at_unix_secs: int

    owner_user_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("comment", "comment", STR, required=True),
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field("owner_user_id", "owner_user_id", union(STR, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
