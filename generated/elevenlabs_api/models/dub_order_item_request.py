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

T = TypeVar("T", bound="DubOrderItemRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubOrderItemRequest(Lazy):
    """Example:
        {'captions_sdh': False, 'destination_languages': ['hi', 'fr-FR', 'de'], 'include_captions': True,
        'include_source_captions': False, 'instructions': "Voices don't need to match the originals, prioritize native-
        sounding voices", 'kind': 'dub', 'media_id': 'prodmedia_01jgatk6h0fwxrtbjade61yqhx', 'source_language': 'en'}

    Attributes:
        media_id (str):
        source_language (str): The language code of the source media (e.g. 'en', 'es').
        destination_languages (list[str]): List of target language codes to dub the media into.
        include_captions (bool): Whether to generate captions for the dubbed outputs.
        include_source_captions (bool): Whether to generate captions for the source language.
        kind (Literal['dub'] | Unset): The type of order item. Default: 'dub'.
        instructions (None | str | Unset): Optional free-text instructions for the dubbing team.
        captions_sdh (bool | None | Unset): Whether captions should use SDH format, which includes descriptions for deaf
            and hard-of-hearing viewers.
    """

    media_id: str

    source_language: str

    destination_languages: list[str]

    include_captions: bool

    include_source_captions: bool

    kind: Literal["dub"] | Unset = _attrs_field(
        default="dub",
        kw_only=True,
        validator=types.tag("DubOrderItemRequest", "kind", "dub"),
    )

    instructions: None | str | Unset = UNSET

    captions_sdh: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "media_id",
        "source_language",
        "destination_languages",
        "include_captions",
        "include_source_captions",
    )
    _tags: ClassVar[tuple[str, ...]] = ("kind",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("kind", "dub")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        media_id = self.media_id

        source_language = self.source_language

        destination_languages: Any
        try:
            destination_languages = self.destination_languages

        except (AttributeError, TypeError):
            destination_languages = self.destination_languages

        include_captions = self.include_captions

        include_source_captions = self.include_source_captions

        kind = self.kind

        instructions: Any
        try:
            instructions = self.instructions

        except (AttributeError, TypeError):
            instructions = self.instructions

        captions_sdh: Any
        try:
            captions_sdh = self.captions_sdh

        except (AttributeError, TypeError):
            captions_sdh = self.captions_sdh

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if media_id is not None or "media_id" not in self._missing_fields:
            field_dict["media_id"] = media_id
        if source_language is not None or "source_language" not in self._missing_fields:
            field_dict["source_language"] = source_language
        if destination_languages is not None or "destination_languages" not in self._missing_fields:
            field_dict["destination_languages"] = destination_languages
        if include_captions is not None or "include_captions" not in self._missing_fields:
            field_dict["include_captions"] = include_captions
        if include_source_captions is not None or "include_source_captions" not in self._missing_fields:
            field_dict["include_source_captions"] = include_source_captions
        if kind is not UNSET:
            field_dict["kind"] = kind
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if captions_sdh is not UNSET:
            field_dict["captions_sdh"] = captions_sdh
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dub_order_item_request = cls.__new__(cls)
        dub_order_item_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return dub_order_item_request

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


def _read_kind(cls: type[DubOrderItemRequest], d: Mapping[str, Any]) -> Any:
    kind_raw = d.get("kind", UNSET)
    kind = cast(Literal["dub"] | Unset, kind_raw)
    if kind != "dub" and not isinstance(kind, Unset):
        raise ValueError(f"kind must match const 'dub', got '{kind}'")

    return kind


_read_media_id = plain_reader("media_id", (str,), "a string", True)

_read_source_language = plain_reader("source_language", (str,), "a string", True)

_read_destination_languages = plain_reader("destination_languages", (list,), "an array", True, ((str,), "a string"))

_read_include_captions = plain_reader("include_captions", (bool,), "a boolean", True)

_read_include_source_captions = plain_reader("include_source_captions", (bool,), "a boolean", True)

_read_instructions = plain_reader(
    "instructions",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_captions_sdh = plain_reader(
    "captions_sdh",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "media_id",
        "source_language",
        "destination_languages",
        "include_captions",
        "include_source_captions",
        "kind",
        "instructions",
        "captions_sdh",
    )
)


def _read_additional_properties(cls: type[DubOrderItemRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DubOrderItemRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "kind" in known:
        kind = known["kind"]
    else:
        kind = d.get("kind", UNSET)
        if kind is not UNSET:
            kind = _read_kind(cls, d)

    media_id = d.get("media_id", MISSING)
    if media_id.__class__ is not str:
        media_id = _read_media_id(cls, d)

    source_language = d.get("source_language", MISSING)
    if source_language.__class__ is not str:
        source_language = _read_source_language(cls, d)

    destination_languages = d.get("destination_languages", MISSING)
    if destination_languages.__class__ is not list:
        destination_languages = _read_destination_languages(cls, d)
    elif destination_languages.__class__ is list and destination_languages:
        check_items(cls, "destination_languages", destination_languages, (str,), "a string")

    include_captions = d.get("include_captions", MISSING)
    if include_captions.__class__ is not bool:
        include_captions = _read_include_captions(cls, d)

    include_source_captions = d.get("include_source_captions", MISSING)
    if include_source_captions.__class__ is not bool:
        include_source_captions = _read_include_source_captions(cls, d)

    instructions = d.get("instructions", UNSET)
    if instructions.__class__ is not str and instructions is not None and instructions is not UNSET:
        instructions = _read_instructions(cls, d)

    captions_sdh = d.get("captions_sdh", UNSET)
    if captions_sdh.__class__ is not bool and captions_sdh is not None and captions_sdh is not UNSET:
        captions_sdh = _read_captions_sdh(cls, d)

    return {
        "media_id": media_id,
        "source_language": source_language,
        "destination_languages": destination_languages,
        "include_captions": include_captions,
        "include_source_captions": include_source_captions,
        "kind": kind,
        "instructions": instructions,
        "captions_sdh": captions_sdh,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubOrderItemRequest,
    _all_fields,
    {
        "media_id": _read_media_id,
        "source_language": _read_source_language,
        "destination_languages": _read_destination_languages,
        "include_captions": _read_include_captions,
        "include_source_captions": _read_include_source_captions,
        "kind": _read_kind,
        "instructions": _read_instructions,
        "captions_sdh": _read_captions_sdh,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
