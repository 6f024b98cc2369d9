from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WebsocketTtsServerMessageMulti")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WebsocketTtsServerMessageMulti(Lazy):
    """Message sent from the server to the client for the multi-context TTS WebSocket.

    Attributes:
        audio (None | str | Unset): A generated partial audio chunk, encoded using the selected output_format (e.g., MP3
            as a base64 string).
        is_final (bool | None | Unset): If true, indicates that this is the final message for the specified contextId.
            This is sent when a context is closed. `audio` will be null or empty.
        normalized_alignment (None | NormalizedAlignment | Unset):
        alignment (Alignment | None | Unset):
        context_id (None | str | Unset): The context identifier to which this message pertains.
    """

    audio: None | str | Unset = UNSET

    is_final: bool | None | Unset = UNSET

    normalized_alignment: None | NormalizedAlignment | Unset = UNSET

    alignment: Alignment | None | Unset = UNSET

    context_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        audio: Any
        try:
            audio = self.audio

        except (AttributeError, TypeError):
            audio = self.audio

        is_final: Any
        try:
            is_final = self.is_final

        except (AttributeError, TypeError):
            is_final = self.is_final

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

        context_id: Any
        try:
            context_id = self.context_id

        except (AttributeError, TypeError):
            context_id = self.context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio is not UNSET:
            field_dict["audio"] = audio
        if is_final is not UNSET:
            field_dict["is_final"] = is_final
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
        websocket_tts_server_message_multi = cls.__new__(cls)
        websocket_tts_server_message_multi.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return websocket_tts_server_message_multi

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


_read_audio = plain_reader(
    "audio",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_is_final = plain_reader(
    "is_final",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_normalized_alignment(cls: type[WebsocketTtsServerMessageMulti], d: Mapping[str, Any]) -> Any:
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


def _read_alignment(cls: type[WebsocketTtsServerMessageMulti], d: Mapping[str, Any]) -> Any:
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


_read_context_id = plain_reader(
    "contextId",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "audio",
        "is_final",
        "normalizedAlignment",
        "alignment",
        "contextId",
    )
)


def _read_additional_properties(cls: type[WebsocketTtsServerMessageMulti], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WebsocketTtsServerMessageMulti], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    audio = d.get("audio", UNSET)
    if audio.__class__ is not str and audio is not None and audio is not UNSET:
        audio = _read_audio(cls, d)

    is_final = d.get("is_final", UNSET)
    if is_final.__class__ is not bool and is_final is not None and is_final is not UNSET:
        is_final = _read_is_final(cls, d)

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
    if context_id.__class__ is not str and context_id is not None and context_id is not UNSET:
        context_id = _read_context_id(cls, d)

    return {
        "audio": audio,
        "is_final": is_final,
        "normalized_alignment": normalized_alignment,
        "alignment": alignment,
        "context_id": context_id,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    WebsocketTtsServerMessageMulti,
    _all_fields,
    {
        "audio": _read_audio,
        "is_final": _read_is_final,
        "normalized_alignment": _read_normalized_alignment,
        "alignment": _read_alignment,
        "context_id": _read_context_id,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.alignment import Alignment
from ..models.normalized_alignment import NormalizedAlignment
