from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union


@_attrs_define(slots=False)
class VoiceDesignPreviewResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    previews: The previews of the generated voices.
    text: The text used to preview the voices.
    """

    previews: list[VoicePreviewResponseModel]

    text: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("previews", "previews", list_of(object_of("VoicePreviewResponseModel")), required=True),
        Field("text", "text", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class VoicePreviewResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    audio_base_64: The base64 encoded audio of the preview.
    generated_voice_id: The ID of the generated voice. Use it to create a voice from the preview.
    media_type: The media type of the preview.
    duration_secs: The duration of the preview in seconds.
    language: The language of the preview.
    """

    audio_base_64: str

    generated_voice_id: str

    media_type: str

    duration_secs: float

    language: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("audio_base_64", "audio_base_64", STR, required=True),
        Field("generated_voice_id", "generated_voice_id", STR, required=True),
        Field("media_type", "media_type", STR, required=True),
        Field("duration_secs", "duration_secs", FLOAT, required=True),
        Field("language", "language", union(STR, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
