from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
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
class UpdateWhatsAppAccountRequest(Lazy, AdditionalProperties[Any]):
    assigned_agent_id: None | str | Unset = UNSET

    enable_messaging: bool | None | Unset = UNSET

    enable_audio_message_response: bool | None | Unset = UNSET

    enable_typing_indicator: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("assigned_agent_id", "assigned_agent_id", union(STR, NULL)),
        Field("enable_messaging", "enable_messaging", union(BOOL, NULL)),
        Field("enable_audio_message_response", "enable_audio_message_response", union(BOOL, NULL)),
        Field("enable_typing_indicator", "enable_typing_indicator", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
