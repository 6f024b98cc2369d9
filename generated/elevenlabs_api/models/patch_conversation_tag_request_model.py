from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class PatchConversationTagRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    title: If provided, replaces the tag title. Omit to leave unchanged.
    description: If provided, replaces the tag description. Omit to leave unchanged.
    """

    title: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("title", "title", union(STR, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
