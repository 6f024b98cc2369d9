from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
)


@_attrs_define(slots=False)
class ResourceMetadataResponseModelRoleToGroupIds(Lazy, AdditionalProperties["list[str]"]):
    """A mapping of grant slots to group IDs. Keys are the preset access roles plus workspace custom-role ids ('role_...').
    When the resource is shared with a user, the group id is the user's id.

    """

    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(list_of(STR))),)
