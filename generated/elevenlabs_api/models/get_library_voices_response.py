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
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetLibraryVoicesResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetLibraryVoicesResponse(Lazy):
    """Example:
        {'has_more': False, 'total_count': 0, 'voices': [{'accent': 'american', 'age': 'young', 'category':
        'professional', 'cloned_by_count': 11, 'date_unix': 1714423232, 'description': 'Perfectly calm, neutral and
        strong voice. Great for a young female protagonist.', 'descriptive': 'calm', 'featured': False,
        'free_users_allowed': True, 'gender': 'Female', 'language': 'en', 'live_moderation_enabled': False, 'name':
        'Alita', 'play_api_usage_character_count_1y': 12852, 'preview_url': 'https://storage.googleapis.com/eleven-
        public-prod/wqkMCd9huxXHX1dy5mLJn4QEQHj1/voices/sB1b5zUrxQVAFl2PhZFp/55e71aac-5cb7-4b3d-8241-429388160509.mp3',
        'public_owner_id': '63e84100a6bf7874ba37a1bab9a31828a379ec94b891b401653b655c5110880f', 'rate': 1,
        'usage_character_count_1y': 12852, 'usage_character_count_7d': 12852, 'use_case': 'characters_animation',
        'verified_languages': [{'accent': 'american', 'language': 'en', 'locale': 'en-US', 'model_id':
        'eleven_multilingual_v2', 'preview_url': 'https://storage.googleapis.com/eleven-public-
        prod/wqkMCd9huxXHX1dy5mLJn4QEQHj1/voices/sB1b5zUrxQVAFl2PhZFp/55e71aac-5cb7-4b3d-8241-429388160509.mp3'}],
        'voice_id': 'sB1b5zUrxQVAFl2PhZFp'}]}

    Attributes:
        voices (list[LibraryVoiceResponse]): The list of shared voices
        has_more (bool): Whether there are more shared voices in subsequent pages.
        total_count (int | Unset): The total number of shared voices matching the query. Defaults to 0 on the server.
        last_sort_id (None | str | Unset):
    """

    voices: list[LibraryVoiceResponse]

    has_more: bool

    total_count: int | Unset = UNSET

    last_sort_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "voices",
        "has_more",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        voices: Any
        try:
            voices = []
            for voices_item_data in self.voices:
                voices_item = voices_item_data.to_dict()
                voices.append(voices_item)

        except (AttributeError, TypeError):
            voices = self.voices

        has_more = self.has_more

        total_count = self.total_count

        last_sort_id: Any
        try:
            last_sort_id = self.last_sort_id

        except (AttributeError, TypeError):
            last_sort_id = self.last_sort_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voices is not None or "voices" not in self._missing_fields:
            field_dict["voices"] = voices
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if last_sort_id is not UNSET:
            field_dict["last_sort_id"] = last_sort_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_library_voices_response = cls.__new__(cls)
        get_library_voices_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_library_voices_response

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


def _read_voices(cls: type[GetLibraryVoicesResponse], d: Mapping[str, Any]) -> Any:
    voices_raw = d.get("voices", MISSING)
    if voices_raw is MISSING:
        voices = missing_field(cls, "voices")
    else:
        try:
            expect_array("voices", voices_raw)
            voices = []
            _voices = voices_raw
            for voices_item_data in _voices:
                voices_item = LibraryVoiceResponse.from_dict(voices_item_data)

                voices.append(voices_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            voices = deviating_field(cls, "voices", voices_raw)

    return voices


_read_has_more = plain_reader("has_more", (bool,), "a boolean", True)

_read_total_count = plain_reader("total_count", (int,), "an integer", False)

_read_last_sort_id = plain_reader(
    "last_sort_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "voices",
        "has_more",
        "total_count",
        "last_sort_id",
    )
)


def _read_additional_properties(cls: type[GetLibraryVoicesResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[GetLibraryVoicesResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "voices" in known:
        voices = known["voices"]
    else:
        voices = _read_voices(cls, d)

    has_more = d.get("has_more", MISSING)
    if has_more.__class__ is not bool:
        has_more = _read_has_more(cls, d)

    total_count = d.get("total_count", UNSET)
    if total_count.__class__ is not int and total_count is not UNSET:
        total_count = _read_total_count(cls, d)

    last_sort_id = d.get("last_sort_id", UNSET)
    if last_sort_id.__class__ is not str and last_sort_id is not None and last_sort_id is not UNSET:
        last_sort_id = _read_last_sort_id(cls, d)

    return {
        "voices": voices,
        "has_more": has_more,
        "total_count": total_count,
        "last_sort_id": last_sort_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetLibraryVoicesResponse,
    _all_fields,
    {
        "voices": _read_voices,
        "has_more": _read_has_more,
        "total_count": _read_total_count,
        "last_sort_id": _read_last_sort_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.library_voice_response import LibraryVoiceResponse
