from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SubtitleOrderItemRequest")


@_attrs_define
class SubtitleOrderItemRequest:
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
            hearing viewers. Default: False.
        instructions (None | str | Unset): Optional free-text instructions for the subtitling team.
    """

    media_ids: list[str]

    source_language: str

    destination_languages: list[str]

    kind: Literal["subtitles"] | Unset = "subtitles"

    cue_options: CueOptionsRequest | Unset = UNSET

    sdh: bool | Unset = False

    instructions: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("kind", "subtitles")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        kind_raw = d.pop("kind", UNSET)
        kind = cast(Literal["subtitles"] | Unset, kind_raw)
        if kind != "subtitles" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'subtitles', got '{kind}'")

        media_ids = d.pop("media_ids", MISSING)
        if media_ids.__class__ is not list:
            if media_ids is MISSING:
                media_ids = missing_field(cls, "media_ids")
                _missing += ("media_ids",)
            else:
                media_ids = unexpected_type(cls, "media_ids", media_ids, "an array")
        elif media_ids.__class__ is list and media_ids:
            check_items(cls, "media_ids", media_ids, (str,), "a string")

        source_language = d.pop("source_language", MISSING)
        if source_language.__class__ is not str:
            if source_language is MISSING:
                source_language = missing_field(cls, "source_language")
                _missing += ("source_language",)
            else:
                source_language = unexpected_type(cls, "source_language", source_language, "a string")

        destination_languages = d.pop("destination_languages", MISSING)
        if destination_languages.__class__ is not list:
            if destination_languages is MISSING:
                destination_languages = missing_field(cls, "destination_languages")
                _missing += ("destination_languages",)
            else:
                destination_languages = unexpected_type(cls, "destination_languages", destination_languages, "an array")
        elif destination_languages.__class__ is list and destination_languages:
            check_items(cls, "destination_languages", destination_languages, (str,), "a string")

        cue_options_raw = d.pop("cue_options", UNSET)
        try:
            _cue_options = cue_options_raw
            cue_options: CueOptionsRequest | Unset
            if isinstance(_cue_options, Unset):
                cue_options = UNSET
            else:
                cue_options = CueOptionsRequest.from_dict(_cue_options)
        except (KeyError, TypeError, ValueError, AttributeError):
            cue_options = deviating_field(cls, "cue_options", cue_options_raw)

        sdh = d.pop("sdh", UNSET)
        if sdh.__class__ is not bool and sdh is not UNSET:
            sdh = unexpected_type(cls, "sdh", sdh, "a boolean")

        instructions = d.pop("instructions", UNSET)
        if instructions.__class__ is not str and instructions is not None and instructions is not UNSET:
            instructions = unexpected_type(cls, "instructions", instructions, "a string or null")

        subtitle_order_item_request = cls(
            media_ids=media_ids,
            source_language=source_language,
            destination_languages=destination_languages,
            kind=kind,
            cue_options=cue_options,
            sdh=sdh,
            instructions=instructions,
        )
        if _missing:
            subtitle_order_item_request._missing_fields = _missing
        subtitle_order_item_request.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.cue_options_request import CueOptionsRequest
