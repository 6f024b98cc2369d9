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
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SubtitleOrderItemRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SubtitleOrderItemRequest(Lazy):
    """Example:
        {'cue_options': {'max_chars_per_line': 42, 'max_duration_ms': 7000, 'max_lines_per_cue': 2, 'min_duration_ms':
        1000}, 'destination_languages': ['hi', 'fr-FR', 'de'], 'instructions': 'Keep reading speed moderate; preserve
        humor in idioms.', 'kind': 'subtitles', 'media_ids': ['prodmedia_01jgatk6h0fwxrtbjade61yqhx',
        'prodmedia_01jgb2zd68f8f9tfvbb968wb8z'], 'sdh': False, 'source_language': 'en'}

    Attributes:
        media_ids (list[str]): The IDs of the uploaded media files to generate subtitles for.
        source_language (str): The language code of the source media (e.g. 'en', 'es').
        destination_languages (list[str]): List of target language codes. Subtitles will be generated for each media
            file in each destination language.
        kind (Literal['subtitles'] | Unset): The type of order item. Default: 'subtitles'.
        cue_options (CueOptionsRequest | Unset):  Example: {'max_chars_per_line': 42, 'max_duration_ms': 7000,
            'max_lines_per_cue': 2, 'min_duration_ms': 1000}.
        sdh (bool | Unset): Whether subtitles should use SDH format, which includes descriptions for deaf and hard-of-
            hearing viewers. Defaults to False on the server.
        instructions (None | str | Unset): Optional free-text instructions for the subtitling team.
    """

    media_ids: list[str]

    source_language: str

    destination_languages: list[str]

    kind: Literal["subtitles"] | Unset = _attrs_field(
        default="subtitles",
        kw_only=True,
        validator=types.tag("SubtitleOrderItemRequest", "kind", "subtitles"),
    )

    cue_options: CueOptionsRequest | Unset = UNSET

    sdh: bool | Unset = UNSET

    instructions: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "media_ids",
        "source_language",
        "destination_languages",
    )
    _tags: ClassVar[tuple[str, ...]] = ("kind",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("kind", "subtitles")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        media_ids: Any
        try:
            media_ids = self.media_ids

        except (AttributeError, TypeError):
            media_ids = self.media_ids

        source_language = self.source_language

        destination_languages: Any
        try:
            destination_languages = self.destination_languages

        except (AttributeError, TypeError):
            destination_languages = self.destination_languages

        kind = self.kind

        cue_options: Any
        try:
            cue_options = UNSET
            if not isinstance(self.cue_options, Unset):
                cue_options = self.cue_options.to_dict()
        except (AttributeError, TypeError):
            cue_options = self.cue_options

        sdh = self.sdh

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
        if destination_languages is not None or "destination_languages" not in self._missing_fields:
            field_dict["destination_languages"] = destination_languages
        if kind is not UNSET:
            field_dict["kind"] = kind
        if cue_options is not UNSET:
            field_dict["cue_options"] = cue_options
        if sdh is not UNSET:
            field_dict["sdh"] = sdh
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
        subtitle_order_item_request = cls.__new__(cls)
        subtitle_order_item_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return subtitle_order_item_request

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


def _read_kind(cls: type[SubtitleOrderItemRequest], d: Mapping[str, Any]) -> Any:
    kind_raw = d.get("kind", UNSET)
    kind = cast(Literal["subtitles"] | Unset, kind_raw)
    if kind != "subtitles" and not isinstance(kind, Unset):
        raise ValueError(f"kind must match const 'subtitles', got '{kind}'")

    return kind


_read_media_ids = plain_reader("media_ids", (list,), "an array", True, ((str,), "a string"))

_read_source_language = plain_reader("source_language", (str,), "a string", True)

_read_destination_languages = plain_reader("destination_languages", (list,), "an array", True, ((str,), "a string"))


def _read_cue_options(cls: type[SubtitleOrderItemRequest], d: Mapping[str, Any]) -> Any:
    cue_options_raw = d.get("cue_options", UNSET)
    try:
        _cue_options = cue_options_raw
        cue_options: CueOptionsRequest | Unset
        if isinstance(_cue_options, Unset):
            cue_options = UNSET
        else:
            cue_options = CueOptionsRequest.from_dict(_cue_options)
    except (KeyError, TypeError, ValueError, AttributeError):
        cue_options = deviating_field(cls, "cue_options", cue_options_raw)

    return cue_options


_read_sdh = plain_reader("sdh", (bool,), "a boolean", False)

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
        "destination_languages",
        "kind",
        "cue_options",
        "sdh",
        "instructions",
    )
)


def _read_additional_properties(cls: type[SubtitleOrderItemRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SubtitleOrderItemRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    destination_languages = d.get("destination_languages", MISSING)
    if destination_languages.__class__ is not list:
        destination_languages = _read_destination_languages(cls, d)
    elif destination_languages.__class__ is list and destination_languages:
        check_items(cls, "destination_languages", destination_languages, (str,), "a string")

    if "cue_options" in known:
        cue_options = known["cue_options"]
    else:
        cue_options = d.get("cue_options", UNSET)
        if cue_options is not UNSET:
            cue_options = _read_cue_options(cls, d)

    sdh = d.get("sdh", UNSET)
    if sdh.__class__ is not bool and sdh is not UNSET:
        sdh = _read_sdh(cls, d)

    instructions = d.get("instructions", UNSET)
    if instructions.__class__ is not str and instructions is not None and instructions is not UNSET:
        instructions = _read_instructions(cls, d)

    return {
        "media_ids": media_ids,
        "source_language": source_language,
        "destination_languages": destination_languages,
        "kind": kind,
        "cue_options": cue_options,
        "sdh": sdh,
        "instructions": instructions,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SubtitleOrderItemRequest,
    _all_fields,
    {
        "media_ids": _read_media_ids,
        "source_language": _read_source_language,
        "destination_languages": _read_destination_languages,
        "kind": _read_kind,
        "cue_options": _read_cue_options,
        "sdh": _read_sdh,
        "instructions": _read_instructions,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.cue_options_request import CueOptionsRequest
