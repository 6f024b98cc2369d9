from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class PodcastConversationModeData(Lazy, AdditionalProperties[Any]):
    """Example:
        {'guest_voice_id': 'aw1NgEzBg83R7vgmiJt7', 'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}

    Attributes:
        host_voice_id: The ID of the host voice.
        guest_voice_id: The ID of the guest voice.
    """

    host_voice_id: str

    guest_voice_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("host_voice_id", "host_voice_id", STR, required=True),
        Field("guest_voice_id", "guest_voice_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
