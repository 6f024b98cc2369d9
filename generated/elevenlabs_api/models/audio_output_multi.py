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

T = TypeVar("T", bound="AudioOutputMulti")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AudioOutputMulti(Lazy):
    """Server payload containing an audio chunk for a specific context.

    Attributes:
        audio (str): Base64 encoded audio chunk.
        normalized_alignment (None | NormalizedAlignment | Unset):
        alignment (Alignment | None | Unset):
        context_id (str | Unset): The contextId for which this audio is.
    """

    audio: str

    normalized_alignment: None | NormalizedAlignment | Unset = UNSET

    alignment: Alignment | None | Unset = UNSET

    context_id: str | Unset = UNSET

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
            if isinstance(self.normalized_alignment, Unset):
                normalized_alignment = UNSET
            elif isinstance(self.normalized_alignment, NormalizedAlignment):
                normalized_alignment = self.normalized_alignment.to_dict()
            else:
                normalized_alignment = self.normalized_alignment

        except (AttributeError, TypeError):
            normalized_alignment = self.normalized_alignment

        alignment: Any
        try:
            if isinstance(self.alignment, Unset):
                alignment = UNSET
            elif isinstance(self.alignment, Alignment):
                alignment = self.alignment.to_dict()
            else:
                alignment = self.alignment

        except (AttributeError, TypeError):
            alignment = self.alignment

        context_id = self.context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio is not None or "audio" not in self._missing_fields:
            field_dict["audio"] = audio
        if normalized_alignment is not UNSET:
            field_dict["normalizedAlignment"] = normalized_alignment
        if alignment is not UNSET:
            field_dict["alignment"] = alignment
        if context_id is not UNSET:
            field_dict["contextId"] = context_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        audio_output_multi = cls.__new__(cls)
        audio_output_multi.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return audio_output_multi

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


def _read_normalized_alignment(cls: type[AudioOutputMulti], d: Mapping[str, Any]) -> Any:
    normalized_alignment_raw = d.get("normalizedAlignment", UNSET)
    try:

        def _parse_normalized_alignment(data: object) -> None | NormalizedAlignment | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            normalized_alignment_type_0 = NormalizedAlignment.from_dict(data)

            return normalized_alignment_type_0

        normalized_alignment = _parse_normalized_alignment(normalized_alignment_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        normalized_alignment = deviating_field(cls, "normalizedAlignment", normalized_alignment_raw)

    return normalized_alignment


def _read_alignment(cls: type[AudioOutputMulti], d: Mapping[str, Any]) -> Any:
    alignment_raw = d.get("alignment", UNSET)
    try:

        def _parse_alignment(data: object) -> Alignment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            alignment_type_0 = Alignment.from_dict(data)

            return alignment_type_0

        alignment = _parse_alignment(alignment_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        alignment = deviating_field(cls, "alignment", alignment_raw)

    return alignment


_read_context_id = plain_reader("contextId", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "audio",
        "normalizedAlignment",
        "alignment",
        "contextId",
    )
)


def _read_additional_properties(cls: type[AudioOutputMulti], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AudioOutputMulti], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    audio = d.get("audio", MISSING)
    if audio.__class__ is not str:
        audio = _read_audio(cls, d)

    if "normalized_alignment" in known:
        normalized_alignment = known["normalized_alignment"]
    else:
        normalized_alignment = d.get("normalizedAlignment", UNSET)
        if normalized_alignment is not UNSET and normalized_alignment is not None:
            normalized_alignment = _read_normalized_alignment(cls, d)

    if "alignment" in known:
        alignment = known["alignment"]
    else:
        alignment = d.get("alignment", UNSET)
        if alignment is not UNSET and alignment is not None:
            alignment = _read_alignment(cls, d)

    context_id = d.get("contextId", UNSET)
    if context_id.__class__ is not str and context_id is not UNSET:
        context_id = _read_context_id(cls, d)

    return {
        "audio": audio,
        "normalized_alignment": normalized_alignment,
        "alignment": alignment,
        "context_id": context_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AudioOutputMulti,
    _all_fields,
    {
        "audio": _read_audio,
        "normalized_alignment": _read_normalized_alignment,
        "alignment": _read_alignment,
        "context_id": _read_context_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.alignment import Alignment
from ..models.normalized_alignment import NormalizedAlignment
