from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="InputAudioChunkPayload")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class InputAudioChunkPayload(Lazy):
    """Audio from the client.

    Attributes:
        message_type (Literal['input_audio_chunk']):
        audio_base_64 (str): The audio, base64-encoded, in the session's audio format.
        commit (bool): Whether to commit the segment after this chunk (manual strategy).
        sample_rate (int): The audio's sample rate in Hz.
        previous_text (str | Unset): Text that came before the audio, as context; only allowed with the first chunk.
    """

    message_type: Literal["input_audio_chunk"] = _attrs_field(
        default="input_audio_chunk",
        kw_only=True,
        validator=types.tag("InputAudioChunkPayload", "message_type", "input_audio_chunk"),
    )

    audio_base_64: str

    commit: bool

    sample_rate: int

    previous_text: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "audio_base_64",
        "commit",
        "sample_rate",
    )
    _tags: ClassVar[tuple[str, ...]] = ("message_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("message_type", "input_audio_chunk")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        message_type = self.message_type

        audio_base_64 = self.audio_base_64

        commit = self.commit

        sample_rate = self.sample_rate

        previous_text = self.previous_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["message_type"] = message_type
        if audio_base_64 is not None or "audio_base_64" not in self._missing_fields:
            field_dict["audio_base_64"] = audio_base_64
        if commit is not None or "commit" not in self._missing_fields:
            field_dict["commit"] = commit
        if sample_rate is not None or "sample_rate" not in self._missing_fields:
            field_dict["sample_rate"] = sample_rate
        if previous_text is not UNSET:
            field_dict["previous_text"] = previous_text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        input_audio_chunk_payload = cls.__new__(cls)
        input_audio_chunk_payload.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return input_audio_chunk_payload

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


def _read_message_type(cls: type[InputAudioChunkPayload], d: Mapping[str, Any]) -> Any:
    message_type_raw = d.get("message_type", MISSING)
    if message_type_raw is MISSING:
        message_type_raw = missing_field(cls, "message_type")
    message_type = cast(Literal["input_audio_chunk"], message_type_raw)
    if message_type != "input_audio_chunk":
        raise ValueError(f"message_type must match const 'input_audio_chunk', got '{message_type}'")

    return message_type


_read_audio_base_64 = plain_reader("audio_base_64", (str,), "a string", True)

_read_commit = plain_reader("commit", (bool,), "a boolean", True)

_read_sample_rate = plain_reader("sample_rate", (int,), "an integer", True)

_read_previous_text = plain_reader("previous_text", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "message_type",
        "audio_base_64",
        "commit",
        "sample_rate",
        "previous_text",
    )
)


def _read_additional_properties(cls: type[InputAudioChunkPayload], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[InputAudioChunkPayload], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "message_type" in known:
        message_type = known["message_type"]
    else:
        message_type = _read_message_type(cls, d)

    audio_base_64 = d.get("audio_base_64", MISSING)
    if audio_base_64.__class__ is not str:
        audio_base_64 = _read_audio_base_64(cls, d)

    commit = d.get("commit", MISSING)
    if commit.__class__ is not bool:
        commit = _read_commit(cls, d)

    sample_rate = d.get("sample_rate", MISSING)
    if sample_rate.__class__ is not int:
        sample_rate = _read_sample_rate(cls, d)

    previous_text = d.get("previous_text", UNSET)
    if previous_text.__class__ is not str and previous_text is not UNSET:
        previous_text = _read_previous_text(cls, d)

    return {
        "message_type": message_type,
        "audio_base_64": audio_base_64,
        "commit": commit,
        "sample_rate": sample_rate,
        "previous_text": previous_text,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    InputAudioChunkPayload,
    _all_fields,
    {
        "message_type": _read_message_type,
        "audio_base_64": _read_audio_base_64,
        "commit": _read_commit,
        "sample_rate": _read_sample_rate,
        "previous_text": _read_previous_text,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
