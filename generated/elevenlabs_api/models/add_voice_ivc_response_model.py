from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class AddVoiceIvcResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'requires_verification': False, 'voice_id': 'c38kUX8pkfYO2kHyqfFy'}

    Attributes:
        voice_id: The ID of the newly created voice.
        requires_verification: Whether the voice requires verification
    """

    voice_id: str

    requires_verification: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voice_id", "voice_id", STR, required=True),
        Field("requires_verification", "requires_verification", BOOL, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
