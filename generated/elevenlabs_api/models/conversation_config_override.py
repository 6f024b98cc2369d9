from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationConfigOverride(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text_only: If enabled audio will not be processed and only text will be used, use to avoid audio pricing.
    """

    text_only: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text_only", "text_only", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
