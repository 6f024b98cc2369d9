from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, missing_field

T = TypeVar("T", bound="DubbingTargetTranscriptSegment")


@_attrs_define
class DubbingTargetTranscriptSegment:
    """One segment of a target transcript: a source segment plus its translation.

    Attributes:
        id (str): Stable identifier of the segment (from the source).
        speaker_id (str): Identifier of the segment's speaker.
        start_s (float): Start time of the segment, in seconds.
        end_s (float): End time of the segment, in seconds.
        source_text (str): The source-language text of the segment.
        translation (None | str | Unset): The translated text, or null if not translated yet (needs translation).
    """

    id: str

    speaker_id: str

    start_s: float

    end_s: float

    source_text: str

    translation: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        speaker_id = self.speaker_id

        start_s = self.start_s

        end_s = self.end_s

        source_text = self.source_text

        translation: Any
        try:
            translation = self.translation

        except (AttributeError, TypeError):
            translation = self.translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None:
            field_dict["id"] = id
        if speaker_id is not None:
            field_dict["speaker_id"] = speaker_id
        if start_s is not None:
            field_dict["start_s"] = start_s
        if end_s is not None:
            field_dict["end_s"] = end_s
        if source_text is not None:
            field_dict["source_text"] = source_text
        if translation is not UNSET:
            field_dict["translation"] = translation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", MISSING)
        if id is MISSING:
            id = missing_field(cls, "id")

        speaker_id = d.pop("speaker_id", MISSING)
        if speaker_id is MISSING:
            speaker_id = missing_field(cls, "speaker_id")

        start_s = d.pop("start_s", MISSING)
        if start_s is MISSING:
            start_s = missing_field(cls, "start_s")

        end_s = d.pop("end_s", MISSING)
        if end_s is MISSING:
            end_s = missing_field(cls, "end_s")

        source_text = d.pop("source_text", MISSING)
        if source_text is MISSING:
            source_text = missing_field(cls, "source_text")

        translation = d.pop("translation", UNSET)

        dubbing_target_transcript_segment = cls(
            id=id,
            speaker_id=speaker_id,
            start_s=start_s,
            end_s=end_s,
            source_text=source_text,
            translation=translation,
        )
        dubbing_target_transcript_segment.additional_properties = d
        return dubbing_target_transcript_segment

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
