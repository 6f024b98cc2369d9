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
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TranscriptionOrderItemRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TranscriptionOrderItemRequest(Lazy):
    """Example:
        {'instructions': 'Use speaker labels where possible.', 'kind': 'transcription', 'media_ids':
        ['prodmedia_01jgatk6h0fwxrtbjade61yqhx', 'prodmedia_01jgb2zd68f8f9tfvbb968wb8z'], 'source_language': 'en',
        'verbatim': False}

    Attributes:
        media_ids (list[str]): The IDs of the uploaded media files to transcribe.
        source_language (str): The language code of the source media (e.g. 'en', 'es').
        kind (Literal['transcription'] | Unset): The type of order item. Default: 'transcription'.
        verbatim (bool | Unset): Whether to transcribe every word exactly, including filler words. Defaults to False on
            the server.
        instructions (None | str | Unset): Optional free-text instructions for the transcription team.
    """

    media_ids: list[str]

    source_language: str

    kind: Literal["transcription"] | Unset = _attrs_field(
        default="transcription",
        kw_only=True,
        validator=types.tag("TranscriptionOrderItemRequest", "kind", "transcription"),
    )

    verbatim: bool | Unset = UNSET

    instructions: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "media_ids",
        "source_language",
    )
    _tags: ClassVar[tuple[str, ...]] = ("kind",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("kind", "transcription")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        media_ids: Any
        try:
            media_ids = self.media_ids

        except (AttributeError, TypeError):
            media_ids = self.media_ids

        source_language = self.source_language

        kind = self.kind

        verbatim = self.verbatim

        instructions: Any
        try:
            instructions = self.instructions

        except (AttributeError, TypeError):
            instructions = self.instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if media_ids is not None or "media_ids" not in self._missing_fields:
            field_dict["media_ids"] = media_ids
        if source_language is not None or "source_language" not in self._missing_fields:
            field_dict["source_language"] = source_language
        if kind is not UNSET:
            field_dict["kind"] = kind
        if verbatim is not UNSET:
            field_dict["verbatim"] = verbatim
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        transcription_order_item_request = cls.__new__(cls)
        transcription_order_item_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return transcription_order_item_request

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


def _read_kind(cls: type[TranscriptionOrderItemRequest], d: Mapping[str, Any]) -> Any:
    kind_raw = d.get("kind", UNSET)
    kind = cast(Literal["transcription"] | Unset, kind_raw)
    if kind != "transcription" and not isinstance(kind, Unset):
        raise ValueError(f"kind must match const 'transcription', got '{kind}'")

    return kind


_read_media_ids = plain_reader("media_ids", (list,), "an array", True, ((str,), "a string"))

_read_source_language = plain_reader("source_language", (str,), "a string", True)

_read_verbatim = plain_reader("verbatim", (bool,), "a boolean", False)

_read_instructions = plain_reader(
    "instructions",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "media_ids",
        "source_language",
        "kind",
        "verbatim",
        "instructions",
    )
)


def _read_additional_properties(cls: type[TranscriptionOrderItemRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TranscriptionOrderItemRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "kind" in known:
        kind = known["kind"]
    else:
        kind = d.get("kind", UNSET)
        if kind is not UNSET:
            kind = _read_kind(cls, d)

    media_ids = d.get("media_ids", MISSING)
    if media_ids.__class__ is not list:
        media_ids = _read_media_ids(cls, d)
    elif media_ids.__class__ is list and media_ids:
        check_items(cls, "media_ids", media_ids, (str,), "a string")

    source_language = d.get("source_language", MISSING)
    if source_language.__class__ is not str:
        source_language = _read_source_language(cls, d)

    verbatim = d.get("verbatim", UNSET)
    if verbatim.__class__ is not bool and verbatim is not UNSET:
        verbatim = _read_verbatim(cls, d)

    instructions = d.get("instructions", UNSET)
    if instructions.__class__ is not str and instructions is not None and instructions is not UNSET:
        instructions = _read_instructions(cls, d)

    return {
        "media_ids": media_ids,
        "source_language": source_language,
        "kind": kind,
        "verbatim": verbatim,
        "instructions": instructions,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TranscriptionOrderItemRequest,
    _all_fields,
    {
        "media_ids": _read_media_ids,
        "source_language": _read_source_language,
        "kind": _read_kind,
        "verbatim": _read_verbatim,
        "instructions": _read_instructions,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
