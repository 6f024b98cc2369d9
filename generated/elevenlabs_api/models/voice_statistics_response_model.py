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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VoiceStatisticsResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoiceStatisticsResponseModel(Lazy):
    """Attributes:
    project_voice_ref_id (str): The project voice reference ID.
    characters_unconverted (int): The number of unconverted characters for this voice.
    characters_converted (int): The number of converted characters for this voice.
    voice_id (str): The voice ID.
    credits_needed_to_convert (int | None | Unset): The number of credits needed to convert the remaining audio for
        this voice.
    """

    project_voice_ref_id: str

    characters_unconverted: int

    characters_converted: int

    voice_id: str

    credits_needed_to_convert: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "project_voice_ref_id",
        "characters_unconverted",
        "characters_converted",
        "voice_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        project_voice_ref_id = self.project_voice_ref_id

        characters_unconverted = self.characters_unconverted

        characters_converted = self.characters_converted

        voice_id = self.voice_id

        credits_needed_to_convert: Any
        try:
            credits_needed_to_convert = self.credits_needed_to_convert

        except (AttributeError, TypeError):
            credits_needed_to_convert = self.credits_needed_to_convert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if project_voice_ref_id is not None or "project_voice_ref_id" not in self._missing_fields:
            field_dict["project_voice_ref_id"] = project_voice_ref_id
        if characters_unconverted is not None or "characters_unconverted" not in self._missing_fields:
            field_dict["characters_unconverted"] = characters_unconverted
        if characters_converted is not None or "characters_converted" not in self._missing_fields:
            field_dict["characters_converted"] = characters_converted
        if voice_id is not None or "voice_id" not in self._missing_fields:
            field_dict["voice_id"] = voice_id
        if credits_needed_to_convert is not UNSET:
            field_dict["credits_needed_to_convert"] = credits_needed_to_convert
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice_statistics_response_model = cls.__new__(cls)
        voice_statistics_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return voice_statistics_response_model

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


_read_project_voice_ref_id = plain_reader("project_voice_ref_id", (str,), "a string", True)

_read_characters_unconverted = plain_reader("characters_unconverted", (int,), "an integer", True)

_read_characters_converted = plain_reader("characters_converted", (int,), "an integer", True)

_read_voice_id = plain_reader("voice_id", (str,), "a string", True)

_read_credits_needed_to_convert = plain_reader(
    "credits_needed_to_convert",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "project_voice_ref_id",
        "characters_unconverted",
        "characters_converted",
        "voice_id",
        "credits_needed_to_convert",
    )
)


def _read_additional_properties(cls: type[VoiceStatisticsResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[VoiceStatisticsResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    project_voice_ref_id = d.get("project_voice_ref_id", MISSING)
    if project_voice_ref_id.__class__ is not str:
        project_voice_ref_id = _read_project_voice_ref_id(cls, d)

    characters_unconverted = d.get("characters_unconverted", MISSING)
    if characters_unconverted.__class__ is not int:
        characters_unconverted = _read_characters_unconverted(cls, d)

    characters_converted = d.get("characters_converted", MISSING)
    if characters_converted.__class__ is not int:
        characters_converted = _read_characters_converted(cls, d)

    voice_id = d.get("voice_id", MISSING)
    if voice_id.__class__ is not str:
        voice_id = _read_voice_id(cls, d)

    credits_needed_to_convert = d.get("credits_needed_to_convert", UNSET)
    if (
        credits_needed_to_convert.__class__ is not int
        and credits_needed_to_convert is not None
        and credits_needed_to_convert is not UNSET
    ):
        credits_needed_to_convert = _read_credits_needed_to_convert(cls, d)

    return {
        "project_voice_ref_id": project_voice_ref_id,
        "characters_unconverted": characters_unconverted,
        "characters_converted": characters_converted,
        "voice_id": voice_id,
        "credits_needed_to_convert": credits_needed_to_convert,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VoiceStatisticsResponseModel,
    _all_fields,
    {
        "project_voice_ref_id": _read_project_voice_ref_id,
        "characters_unconverted": _read_characters_unconverted,
        "characters_converted": _read_characters_converted,
        "voice_id": _read_voice_id,
        "credits_needed_to_convert": _read_credits_needed_to_convert,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
