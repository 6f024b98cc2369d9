from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    unexpected_type,
)

T = TypeVar("T", bound="BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch")


@_attrs_define
class BodyUpdateMetadataForASpeakerV1DubbingResourceDubbingIdSpeakerSpeakerIdPatch:
    """Attributes:
    speaker_name (None | str | Unset): Name to attribute to this speaker.
    voice_id (None | str | Unset): Either the identifier of a voice from the ElevenLabs voice library, or one of
        ['track-clone', 'clip-clone'].
    voice_stability (float | None | Unset): For models that support it, the voice similarity value to use. This will
        default to 0.65, with a valid range of [0.0, 1.0].
    voice_similarity (float | None | Unset): For models that support it, the voice similarity value to use. This
        will default to 1.0, with a valid range of [0.0, 1.0].
    voice_style (float | None | Unset): For models that support it, the voice style value to use. This will default
        to 1.0, with a valid range of [0.0, 1.0].
    languages (list[str] | None | Unset): Languages to apply these changes to. If empty, will apply to all
        languages.
    """

    speaker_name: None | str | Unset = UNSET

    voice_id: None | str | Unset = UNSET

    voice_stability: float | None | Unset = UNSET

    voice_similarity: float | None | Unset = UNSET

    voice_style: float | None | Unset = UNSET

    languages: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speaker_name: Any
        try:
            speaker_name = self.speaker_name

        except (AttributeError, TypeError):
            speaker_name = self.speaker_name

        voice_id: Any
        try:
            voice_id = self.voice_id

        except (AttributeError, TypeError):
            voice_id = self.voice_id

        voice_stability: Any
        try:
            voice_stability = self.voice_stability

        except (AttributeError, TypeError):
            voice_stability = self.voice_stability

        voice_similarity: Any
        try:
            voice_similarity = self.voice_similarity

        except (AttributeError, TypeError):
            voice_similarity = self.voice_similarity

        voice_style: Any
        try:
            voice_style = self.voice_style

        except (AttributeError, TypeError):
            voice_style = self.voice_style

        languages: Any
        try:
            if isinstance(self.languages, Unset):
                languages = UNSET
            elif isinstance(self.languages, list):
                languages = self.languages

            else:
                languages = self.languages

        except (AttributeError, TypeError):
            languages = self.languages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if speaker_name is not UNSET:
            field_dict["speaker_name"] = speaker_name
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if voice_stability is not UNSET:
            field_dict["voice_stability"] = voice_stability
        if voice_similarity is not UNSET:
            field_dict["voice_similarity"] = voice_similarity
        if voice_style is not UNSET:
            field_dict["voice_style"] = voice_style
        if languages is not UNSET:
            field_dict["languages"] = languages
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        speaker_name = d.pop("speaker_name", UNSET)
        if speaker_name.__class__ is not str and speaker_name is not None and speaker_name is not UNSET:
            speaker_name = unexpected_type(cls, "speaker_name", speaker_name, "a string or null")

        voice_id = d.pop("voice_id", UNSET)
        if voice_id.__class__ is not str and voice_id is not None and voice_id is not UNSET:
            voice_id = unexpected_type(cls, "voice_id", voice_id, "a string or null")

        voice_stability = d.pop("voice_stability", UNSET)
        if (
            voice_stability.__class__ is not float
            and voice_stability.__class__ is not int
            and voice_stability is not None
            and voice_stability is not UNSET
        ):
            voice_stability = unexpected_type(cls, "voice_stability", voice_stability, "a number or null")

        voice_similarity = d.pop("voice_similarity", UNSET)
        if (
            voice_similarity.__class__ is not float
            and voice_similarity.__class__ is not int
            and voice_similarity is not None
            and voice_similarity is not UNSET
        ):
            voice_similarity = unexpected_type(cls, "voice_similarity", voice_similarity, "a number or null")

        voice_style = d.pop("voice_style", UNSET)
        if (
            voice_style.__class__ is not float
            and voice_style.__class__ is not int
            and voice_style is not None
            and voice_style is not UNSET
        ):
            voice_style = unexpected_type(cls, "voice_style", voice_style, "a number or null")

        languages = d.pop("languages", UNSET)
        if languages.__class__ is not list and languages is not None and languages is not UNSET:
            languages = unexpected_type(cls, "languages", languages, "an array or null")
        elif languages.__class__ is list and languages:
            check_items(cls, "languages", languages, (str,), "a string")

        body_update_metadata_for_a_speaker_v1_dubbing_resource_dubbing_id_speaker_speaker_id_patch = cls(
            speaker_name=speaker_name,
            voice_id=voice_id,
            voice_stability=voice_stability,
            voice_similarity=voice_similarity,
            voice_style=voice_style,
            languages=languages,
        )
        body_update_metadata_for_a_speaker_v1_dubbing_resource_dubbing_id_speaker_speaker_id_patch.additional_properties = d
        return body_update_metadata_for_a_speaker_v1_dubbing_resource_dubbing_id_speaker_speaker_id_patch

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
