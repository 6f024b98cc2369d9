from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AudioOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AudioOutput(Lazy):
    """Attributes:
    audio (str): A generated partial audio chunk, encoded using the selected output_format, by default this
        is MP3 encoded as a base64 string.
    normalized_alignment (NormalizedAlignment | Unset): Alignment information for the generated audio given the
        input normalized text sequence.
    alignment (Alignment | Unset): Alignment information for the generated audio given the input text sequence.
    """

    audio: str

    normalized_alignment: NormalizedAlignment | Unset = UNSET

    alignment: Alignment | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("audio",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        audio = self.audio

        normalized_alignment: Any
        try:
            normalized_alignment = UNSET
            if not isinstance(self.normalized_alignment, Unset):
                normalized_alignment = self.normalized_alignment.to_dict()
        except (AttributeError, TypeError):
            normalized_alignment = self.normalized_alignment

        alignment: Any
        try:
            alignment = UNSET
            if not isinstance(self.alignment, Unset):
                alignment = self.alignment.to_dict()
        except (AttributeError, TypeError):
            alignment = self.alignment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio is not None or "audio" not in self._missing_fields:
            field_dict["audio"] = audio
        if normalized_alignment is not UNSET:
            field_dict["normalizedAlignment"] = normalized_alignment
        if alignment is not UNSET:
            field_dict["alignment"] = alignment
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        audio_output = cls.__new__(cls)
        audio_output.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return audio_output

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


_read_audio = plain_reader("audio", (str,), "a string", True)


def _read_normalized_alignment(cls: type[AudioOutput], d: Mapping[str, Any]) -> Any:
    normalized_alignment_raw = d.get("normalizedAlignment", UNSET)
    try:
        _normalized_alignment = normalized_alignment_raw
        normalized_alignment: NormalizedAlignment | Unset
        if isinstance(_normalized_alignment, Unset):
            normalized_alignment = UNSET
        else:
            normalized_alignment = NormalizedAlignment.from_dict(_normalized_alignment)
    except (KeyError, TypeError, ValueError, AttributeError):
        normalized_alignment = deviating_field(cls, "normalizedAlignment", normalized_alignment_raw)

    return normalized_alignment


def _read_alignment(cls: type[AudioOutput], d: Mapping[str, Any]) -> Any:
    alignment_raw = d.get("alignment", UNSET)
    try:
        _alignment = alignment_raw
        alignment: Alignment | Unset
        if isinstance(_alignment, Unset):
            alignment = UNSET
        else:
            alignment = Alignment.from_dict(_alignment)
    except (KeyError, TypeError, ValueError, AttributeError):
        alignment = deviating_field(cls, "alignment", alignment_raw)

    return alignment


_FIELDS: frozenset[str] = frozenset(
    (
        "audio",
        "normalizedAlignment",
        "alignment",
    )
)


def _read_additional_properties(cls: type[AudioOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AudioOutput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    audio = d.get("audio", MISSING)
    if audio.__class__ is not str:
        audio = _read_audio(cls, d)

    if "normalized_alignment" in known:
        normalized_alignment = known["normalized_alignment"]
    else:
        normalized_alignment = d.get("normalizedAlignment", UNSET)
        if normalized_alignment is not UNSET:
            normalized_alignment = _read_normalized_alignment(cls, d)

    if "alignment" in known:
        alignment = known["alignment"]
    else:
        alignment = d.get("alignment", UNSET)
        if alignment is not UNSET:
            alignment = _read_alignment(cls, d)

    return {
        "audio": audio,
        "normalized_alignment": normalized_alignment,
        "alignment": alignment,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AudioOutput,
    _all_fields,
    {
        "audio": _read_audio,
        "normalized_alignment": _read_normalized_alignment,
        "alignment": _read_alignment,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.alignment import Alignment
from ..models.normalized_alignment import NormalizedAlignment
