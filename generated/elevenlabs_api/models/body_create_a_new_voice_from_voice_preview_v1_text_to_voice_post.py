from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    voice_name: Name to use for the created voice.
    voice_description: Description to use for the created voice.
    generated_voice_id: The generated_voice_id to create; obtain it from POST /v1/text-to-voice/design, POST
        /v1/text-to-voice/:voice_id/remix, or the response headers when generating previews.
    labels: Optional, metadata to add to the created voice. Defaults to None.
    played_not_selected_voice_ids: List of voice ids that the user has played but not selected. Used for RLHF.
    """

    voice_name: str

    voice_description: str

    generated_voice_id: str

    labels: BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0 | None | Unset = UNSET

    played_not_selected_voice_ids: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voice_name", "voice_name", STR, required=True),
        Field("voice_description", "voice_description", STR, required=True),
        Field("generated_voice_id", "generated_voice_id", STR, required=True),
        Field(
            "labels",
            "labels",
            union(object_of("BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0"), NULL),
        ),
        Field("played_not_selected_voice_ids", "played_not_selected_voice_ids", union(list_of(STR), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class BodyCreateANewVoiceFromVoicePreviewV1TextToVoicePostLabelsType0(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)
