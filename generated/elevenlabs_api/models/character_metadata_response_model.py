from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    CharacterAge,
    CharacterGender,
    CharacterRole,
    check_character_age,
    check_character_gender,
    check_character_role,
)
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

T = TypeVar("T", bound="CharacterMetadataResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CharacterMetadataResponseModel(Lazy):
    """Attributes:
    description (None | str | Unset):
    sample_message (None | str | Unset):
    voice_creation_prompt_suggestion (None | str | Unset):
    gender (CharacterGender | None | Unset):
    age (CharacterAge | None | Unset):
    accent (None | str | Unset):
    role (CharacterRole | None | Unset):
    """

    description: None | str | Unset = UNSET

    sample_message: None | str | Unset = UNSET

    voice_creation_prompt_suggestion: None | str | Unset = UNSET

    gender: CharacterGender | None | Unset = UNSET

    age: CharacterAge | None | Unset = UNSET

    accent: None | str | Unset = UNSET

    role: CharacterRole | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        sample_message: Any
        try:
            sample_message = self.sample_message

        except (AttributeError, TypeError):
            sample_message = self.sample_message

        voice_creation_prompt_suggestion: Any
        try:
            voice_creation_prompt_suggestion = self.voice_creation_prompt_suggestion

        except (AttributeError, TypeError):
            voice_creation_prompt_suggestion = self.voice_creation_prompt_suggestion

        gender: Any
        try:
            if isinstance(self.gender, Unset):
                gender = UNSET
            elif isinstance(self.gender, str):
                gender = self.gender
            else:
                gender = self.gender

        except (AttributeError, TypeError):
            gender = self.gender

        age: Any
        try:
            if isinstance(self.age, Unset):
                age = UNSET
            elif isinstance(self.age, str):
                age = self.age
            else:
                age = self.age

        except (AttributeError, TypeError):
            age = self.age

        accent: Any
        try:
            accent = self.accent

        except (AttributeError, TypeError):
            accent = self.accent

        role: Any
        try:
            if isinstance(self.role, Unset):
                role = UNSET
            elif isinstance(self.role, str):
                role = self.role
            else:
                role = self.role

        except (AttributeError, TypeError):
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if sample_message is not UNSET:
            field_dict["sample_message"] = sample_message
        if voice_creation_prompt_suggestion is not UNSET:
            field_dict["voice_creation_prompt_suggestion"] = voice_creation_prompt_suggestion
        if gender is not UNSET:
            field_dict["gender"] = gender
        if age is not UNSET:
            field_dict["age"] = age
        if accent is not UNSET:
            field_dict["accent"] = accent
        if role is not UNSET:
            field_dict["role"] = role
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        character_metadata_response_model = cls.__new__(cls)
        character_metadata_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return character_metadata_response_model

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


_read_description = plain_reader(
    "description",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_sample_message = plain_reader(
    "sample_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_voice_creation_prompt_suggestion = plain_reader(
    "voice_creation_prompt_suggestion",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_gender(cls: type[CharacterMetadataResponseModel], d: Mapping[str, Any]) -> Any:
    gender_raw = d.get("gender", UNSET)
    try:

        def _parse_gender(data: object) -> CharacterGender | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            gender_type_0 = check_character_gender(data)

            return gender_type_0

        gender = _parse_gender(gender_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        gender = deviating_field(cls, "gender", gender_raw)

    return gender


def _read_age(cls: type[CharacterMetadataResponseModel], d: Mapping[str, Any]) -> Any:
    age_raw = d.get("age", UNSET)
    try:

        def _parse_age(data: object) -> CharacterAge | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            age_type_0 = check_character_age(data)

            return age_type_0

        age = _parse_age(age_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        age = deviating_field(cls, "age", age_raw)

    return age


_read_accent = plain_reader(
    "accent",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_role(cls: type[CharacterMetadataResponseModel], d: Mapping[str, Any]) -> Any:
    role_raw = d.get("role", UNSET)
    try:

        def _parse_role(data: object) -> CharacterRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            role_type_0 = check_character_role(data)

            return role_type_0

        role = _parse_role(role_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        role = deviating_field(cls, "role", role_raw)

    return role


_FIELDS: frozenset[str] = frozenset(
    (
        "description",
        "sample_message",
        "voice_creation_prompt_suggestion",
        "gender",
        "age",
        "accent",
        "role",
    )
)


def _read_additional_properties(cls: type[CharacterMetadataResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[CharacterMetadataResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    sample_message = d.get("sample_message", UNSET)
    if sample_message.__class__ is not str and sample_message is not None and sample_message is not UNSET:
        sample_message = _read_sample_message(cls, d)

    voice_creation_prompt_suggestion = d.get("voice_creation_prompt_suggestion", UNSET)
    if (
        voice_creation_prompt_suggestion.__class__ is not str
        and voice_creation_prompt_suggestion is not None
        and voice_creation_prompt_suggestion is not UNSET
    ):
        voice_creation_prompt_suggestion = _read_voice_creation_prompt_suggestion(cls, d)

    if "gender" in known:
        gender = known["gender"]
    else:
        gender = d.get("gender", UNSET)
        if gender is not UNSET and gender is not None:
            gender = _read_gender(cls, d)

    if "age" in known:
        age = known["age"]
    else:
        age = d.get("age", UNSET)
        if age is not UNSET and age is not None:
            age = _read_age(cls, d)

    accent = d.get("accent", UNSET)
    if accent.__class__ is not str and accent is not None and accent is not UNSET:
        accent = _read_accent(cls, d)

    if "role" in known:
        role = known["role"]
    else:
        role = d.get("role", UNSET)
        if role is not UNSET and role is not None:
            role = _read_role(cls, d)

    return {
        "description": description,
        "sample_message": sample_message,
        "voice_creation_prompt_suggestion": voice_creation_prompt_suggestion,
        "gender": gender,
        "age": age,
        "accent": accent,
        "role": role,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    CharacterMetadataResponseModel,
    _all_fields,
    {
        "description": _read_description,
        "sample_message": _read_sample_message,
        "voice_creation_prompt_suggestion": _read_voice_creation_prompt_suggestion,
        "gender": _read_gender,
        "age": _read_age,
        "accent": _read_accent,
        "role": _read_role,
        "additional_properties": _read_additional_properties,
    },
)
