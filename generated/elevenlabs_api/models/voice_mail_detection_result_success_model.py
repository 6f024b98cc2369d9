from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class VoiceMailDetectionResultSuccessModel(Lazy, AdditionalProperties[Any]):
    result_type: Literal["voicemail_detection_success"] | Unset = _attrs_field(
        default="voicemail_detection_success",
        kw_only=True,
        validator=types.tag("VoiceMailDetectionResultSuccessModel", "result_type", "voicemail_detection_success"),
    )

    status: Literal["success"] | Unset = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("VoiceMailDetectionResultSuccessModel", "status", "success"),
    )

    voicemail_message: None | str | Unset = UNSET

    reason: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("result_type", "result_type", const("voicemail_detection_success")),
        Field("status", "status", const("success")),
        Field("voicemail_message", "voicemail_message", union(STR, NULL)),
        Field("reason", "reason", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
