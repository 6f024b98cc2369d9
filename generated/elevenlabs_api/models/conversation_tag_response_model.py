from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
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
class ConversationTagResponseModel(Lazy, AdditionalProperties[Any]):
    tag_id: str

    workspace_id: str

    owner_user_id: str

    title: str

    description: None | str = _attrs_field(default=None, kw_only=True)

    created_at_unix_secs: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tag_id", "tag_id", STR, required=True),
        Field("workspace_id", "workspace_id", STR, required=True),
        Field("owner_user_id", "owner_user_id", STR, required=True),
        Field("title", "title", STR, required=True),
        Field("description", "description", union(STR, NULL), required=True),
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
