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

T = TypeVar("T", bound="ChapterStatisticsResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ChapterStatisticsResponse(Lazy):
    """Example:
        {'characters_converted': 500, 'characters_unconverted': 1000, 'credits_needed_to_convert': 1000,
        'paragraphs_converted': 20, 'paragraphs_unconverted': 10, 'voice_statistics': [{'characters_converted': 300,
        'characters_unconverted': 600, 'project_voice_ref_id': 'voice123', 'voice_id': 'voice123'},
        {'characters_converted': 200, 'characters_unconverted': 400, 'project_voice_ref_id': 'voice456', 'voice_id':
        'voice456'}]}

    Attributes:
        characters_unconverted (int): The number of unconverted characters.
        characters_converted (int): The number of converted characters.
        paragraphs_converted (int): The number of converted paragraphs.
        paragraphs_unconverted (int): The number of unconverted paragraphs.
        credits_needed_to_convert (int | None | Unset): The number of credits needed to convert the remaining
            paragraphs.
        voice_statistics (list[VoiceStatisticsResponseModel] | None | Unset): Per-voice breakdown of character counts.
    """

    characters_unconverted: int

    characters_converted: int

    paragraphs_converted: int

    paragraphs_unconverted: int

    credits_needed_to_convert: int | None | Unset = UNSET

    voice_statistics: list[VoiceStatisticsResponseModel] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "characters_unconverted",
        "characters_converted",
        "paragraphs_converted",
        "paragraphs_unconverted",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        characters_unconverted = self.characters_unconverted

        characters_converted = self.characters_converted

        paragraphs_converted = self.paragraphs_converted

        paragraphs_unconverted = self.paragraphs_unconverted

        credits_needed_to_convert: Any
        try:
            credits_needed_to_convert = self.credits_needed_to_convert

        except (AttributeError, TypeError):
            credits_needed_to_convert = self.credits_needed_to_convert

        voice_statistics: Any
        try:
            if isinstance(self.voice_statistics, Unset):
                voice_statistics = UNSET
            elif isinstance(self.voice_statistics, list):
                voice_statistics = []
                for voice_statistics_type_0_item_data in self.voice_statistics:
                    voice_statistics_type_0_item = voice_statistics_type_0_item_data.to_dict()
                    voice_statistics.append(voice_statistics_type_0_item)

            else:
                voice_statistics = self.voice_statistics

        except (AttributeError, TypeError):
            voice_statistics = self.voice_statistics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if characters_unconverted is not None or "characters_unconverted" not in self._missing_fields:
            field_dict["characters_unconverted"] = characters_unconverted
        if characters_converted is not None or "characters_converted" not in self._missing_fields:
            field_dict["characters_converted"] = characters_converted
        if paragraphs_converted is not None or "paragraphs_converted" not in self._missing_fields:
            field_dict["paragraphs_converted"] = paragraphs_converted
        if paragraphs_unconverted is not None or "paragraphs_unconverted" not in self._missing_fields:
            field_dict["paragraphs_unconverted"] = paragraphs_unconverted
        if credits_needed_to_convert is not UNSET:
            field_dict["credits_needed_to_convert"] = credits_needed_to_convert
        if voice_statistics is not UNSET:
            field_dict["voice_statistics"] = voice_statistics
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        chapter_statistics_response = cls.__new__(cls)
        chapter_statistics_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return chapter_statistics_response

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


_read_characters_unconverted = plain_reader("characters_unconverted", (int,), "an integer", True)

_read_characters_converted = plain_reader("characters_converted", (int,), "an integer", True)

_read_paragraphs_converted = plain_reader("paragraphs_converted", (int,), "an integer", True)

_read_paragraphs_unconverted = plain_reader("paragraphs_unconverted", (int,), "an integer", True)

_read_credits_needed_to_convert = plain_reader(
    "credits_needed_to_convert",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


def _read_voice_statistics(cls: type[ChapterStatisticsResponse], d: Mapping[str, Any]) -> Any:
    voice_statistics_raw = d.get("voice_statistics", UNSET)
    try:

        def _parse_voice_statistics(data: object) -> list[VoiceStatisticsResponseModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            voice_statistics_type_0 = []
            _voice_statistics_type_0 = data
            for voice_statistics_type_0_item_data in _voice_statistics_type_0:
                voice_statistics_type_0_item = VoiceStatisticsResponseModel.from_dict(voice_statistics_type_0_item_data)

                voice_statistics_type_0.append(voice_statistics_type_0_item)

            return voice_statistics_type_0

        voice_statistics = _parse_voice_statistics(voice_statistics_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        voice_statistics = deviating_field(cls, "voice_statistics", voice_statistics_raw)

    return voice_statistics


_FIELDS: frozenset[str] = frozenset(
    (
        "characters_unconverted",
        "characters_converted",
        "paragraphs_converted",
        "paragraphs_unconverted",
        "credits_needed_to_convert",
        "voice_statistics",
    )
)


def _read_additional_properties(cls: type[ChapterStatisticsResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ChapterStatisticsResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    characters_unconverted = d.get("characters_unconverted", MISSING)
    if characters_unconverted.__class__ is not int:
        characters_unconverted = _read_characters_unconverted(cls, d)

    characters_converted = d.get("characters_converted", MISSING)
    if characters_converted.__class__ is not int:
        characters_converted = _read_characters_converted(cls, d)

    paragraphs_converted = d.get("paragraphs_converted", MISSING)
    if paragraphs_converted.__class__ is not int:
        paragraphs_converted = _read_paragraphs_converted(cls, d)

    paragraphs_unconverted = d.get("paragraphs_unconverted", MISSING)
    if paragraphs_unconverted.__class__ is not int:
        paragraphs_unconverted = _read_paragraphs_unconverted(cls, d)

    credits_needed_to_convert = d.get("credits_needed_to_convert", UNSET)
    if (
        credits_needed_to_convert.__class__ is not int
        and credits_needed_to_convert is not None
        and credits_needed_to_convert is not UNSET
    ):
        credits_needed_to_convert = _read_credits_needed_to_convert(cls, d)

    if "voice_statistics" in known:
        voice_statistics = known["voice_statistics"]
    else:
        voice_statistics = d.get("voice_statistics", UNSET)
        if voice_statistics is not UNSET and voice_statistics is not None:
            voice_statistics = _read_voice_statistics(cls, d)

    return {
        "characters_unconverted": characters_unconverted,
        "characters_converted": characters_converted,
        "paragraphs_converted": paragraphs_converted,
        "paragraphs_unconverted": paragraphs_unconverted,
        "credits_needed_to_convert": credits_needed_to_convert,
        "voice_statistics": voice_statistics,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ChapterStatisticsResponse,
    _all_fields,
    {
        "characters_unconverted": _read_characters_unconverted,
        "characters_converted": _read_characters_converted,
        "paragraphs_converted": _read_paragraphs_converted,
        "paragraphs_unconverted": _read_paragraphs_unconverted,
        "credits_needed_to_convert": _read_credits_needed_to_convert,
        "voice_statistics": _read_voice_statistics,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.voice_statistics_response_model import VoiceStatisticsResponseModel
