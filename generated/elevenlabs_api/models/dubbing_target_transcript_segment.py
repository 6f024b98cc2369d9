from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if speaker_id is not None or "speaker_id" not in self._missing_fields:
            field_dict["speaker_id"] = speaker_id
        if start_s is not None or "start_s" not in self._missing_fields:
            field_dict["start_s"] = start_s
        if end_s is not None or "end_s" not in self._missing_fields:
            field_dict["end_s"] = end_s
        if source_text is not None or "source_text" not in self._missing_fields:
            field_dict["source_text"] = source_text
        if translation is not UNSET:
            field_dict["translation"] = translation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        speaker_id = d.pop("speaker_id", MISSING)
        if speaker_id.__class__ is not str:
            if speaker_id is MISSING:
                speaker_id = missing_field(cls, "speaker_id")
                _missing += ("speaker_id",)
            else:
                speaker_id = unexpected_type(cls, "speaker_id", speaker_id, "a string")

        start_s = d.pop("start_s", MISSING)
        if start_s.__class__ is not float and start_s.__class__ is not int:
            if start_s is MISSING:
                start_s = missing_field(cls, "start_s")
                _missing += ("start_s",)
            else:
                start_s = unexpected_type(cls, "start_s", start_s, "a number")

        end_s = d.pop("end_s", MISSING)
        if end_s.__class__ is not float and end_s.__class__ is not int:
            if end_s is MISSING:
                end_s = missing_field(cls, "end_s")
                _missing += ("end_s",)
            else:
                end_s = unexpected_type(cls, "end_s", end_s, "a number")

        source_text = d.pop("source_text", MISSING)
        if source_text.__class__ is not str:
            if source_text is MISSING:
                source_text = missing_field(cls, "source_text")
                _missing += ("source_text",)
            else:
                source_text = unexpected_type(cls, "source_text", source_text, "a string")

        translation = d.pop("translation", UNSET)
        if translation.__class__ is not str and translation is not None and translation is not UNSET:
            translation = unexpected_type(cls, "translation", translation, "a string or null")

        dubbing_target_transcript_segment = cls(
            id=id,
            speaker_id=speaker_id,
            start_s=start_s,
            end_s=end_s,
            source_text=source_text,
            translation=translation,
        )
        if _missing:
            dubbing_target_transcript_segment._missing_fields = _missing
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
