from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class ScribeInsufficientAudioActivityErrorPayload(Lazy, AdditionalProperties[Any]):
    """Too little audio arrived for too long.

    Attributes:
        error: What went wrong.
    """

    message_type: Literal["insufficient_audio_activity"] = _attrs_field(
        default="insufficient_audio_activity",
        kw_only=True,
        validator=types.tag(
            "ScribeInsufficientAudioActivityErrorPayload", "message_type", "insufficient_audio_activity"
        ),
    )

    error: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message_type", "message_type", const("insufficient_audio_activity"), required=True),
        Field("error", "error", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
