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
    check_items,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VoiceSharingModerationCheckResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoiceSharingModerationCheckResponseModel(Lazy):
    """Example:
        {'captcha_checks': [0.95, 0.98], 'captcha_ids': ['captcha1', 'captcha2'], 'date_checked_unix': 1714204800,
        'description_check': True, 'description_value': 'A female voice with a soft and friendly tone.', 'name_check':
        True, 'name_value': 'Rachel', 'sample_checks': [0.95, 0.98], 'sample_ids': ['sample1', 'sample2']}

    Attributes:
        date_checked_unix (int | None | Unset): The date the moderation check was made in Unix time.
        name_value (None | str | Unset): The name value of the voice.
        name_check (bool | None | Unset): Whether the name check was successful.
        description_value (None | str | Unset): The description value of the voice.
        description_check (bool | None | Unset): Whether the description check was successful.
        sample_ids (list[str] | None | Unset): A list of sample IDs.
        sample_checks (list[float] | None | Unset): A list of sample checks.
        captcha_ids (list[str] | None | Unset): A list of captcha IDs.
        captcha_checks (list[float] | None | Unset): A list of CAPTCHA check values.
    """

    date_checked_unix: int | None | Unset = UNSET

    name_value: None | str | Unset = UNSET

    name_check: bool | None | Unset = UNSET

    description_value: None | str | Unset = UNSET

    description_check: bool | None | Unset = UNSET

    sample_ids: list[str] | None | Unset = UNSET

    sample_checks: list[float] | None | Unset = UNSET

    captcha_ids: list[str] | None | Unset = UNSET

    captcha_checks: list[float] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        date_checked_unix: Any
        try:
            date_checked_unix = self.date_checked_unix

        except (AttributeError, TypeError):
            date_checked_unix = self.date_checked_unix

        name_value: Any
        try:
            name_value = self.name_value

        except (AttributeError, TypeError):
            name_value = self.name_value

        name_check: Any
        try:
            name_check = self.name_check

        except (AttributeError, TypeError):
            name_check = self.name_check

        description_value: Any
        try:
            description_value = self.description_value

        except (AttributeError, TypeError):
            description_value = self.description_value

        description_check: Any
        try:
            description_check = self.description_check

        except (AttributeError, TypeError):
            description_check = self.description_check

        sample_ids: Any
        try:
            if isinstance(self.sample_ids, Unset):
                sample_ids = UNSET
            elif isinstance(self.sample_ids, list):
                sample_ids = self.sample_ids

            else:
                sample_ids = self.sample_ids

        except (AttributeError, TypeError):
            sample_ids = self.sample_ids

        sample_checks: Any
        try:
            if isinstance(self.sample_checks, Unset):
                sample_checks = UNSET
            elif isinstance(self.sample_checks, list):
                sample_checks = self.sample_checks

            else:
                sample_checks = self.sample_checks

        except (AttributeError, TypeError):
            sample_checks = self.sample_checks

        captcha_ids: Any
        try:
            if isinstance(self.captcha_ids, Unset):
                captcha_ids = UNSET
            elif isinstance(self.captcha_ids, list):
                captcha_ids = self.captcha_ids

            else:
                captcha_ids = self.captcha_ids

        except (AttributeError, TypeError):
            captcha_ids = self.captcha_ids

        captcha_checks: Any
        try:
            if isinstance(self.captcha_checks, Unset):
                captcha_checks = UNSET
            elif isinstance(self.captcha_checks, list):
                captcha_checks = self.captcha_checks

            else:
                captcha_checks = self.captcha_checks

        except (AttributeError, TypeError):
            captcha_checks = self.captcha_checks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if date_checked_unix is not UNSET:
            field_dict["date_checked_unix"] = date_checked_unix
        if name_value is not UNSET:
            field_dict["name_value"] = name_value
        if name_check is not UNSET:
            field_dict["name_check"] = name_check
        if description_value is not UNSET:
            field_dict["description_value"] = description_value
        if description_check is not UNSET:
            field_dict["description_check"] = description_check
        if sample_ids is not UNSET:
            field_dict["sample_ids"] = sample_ids
        if sample_checks is not UNSET:
            field_dict["sample_checks"] = sample_checks
        if captcha_ids is not UNSET:
            field_dict["captcha_ids"] = captcha_ids
        if captcha_checks is not UNSET:
            field_dict["captcha_checks"] = captcha_checks
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice_sharing_moderation_check_response_model = cls.__new__(cls)
        voice_sharing_moderation_check_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return voice_sharing_moderation_check_response_model

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


_read_date_checked_unix = plain_reader(
    "date_checked_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_name_value = plain_reader(
    "name_value",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_name_check = plain_reader(
    "name_check",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_description_value = plain_reader(
    "description_value",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_description_check = plain_reader(
    "description_check",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_sample_ids = plain_reader(
    "sample_ids",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)

_read_sample_checks = plain_reader(
    "sample_checks",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((float, int), "a number"),
)

_read_captcha_ids = plain_reader(
    "captcha_ids",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)

_read_captcha_checks = plain_reader(
    "captcha_checks",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((float, int), "a number"),
)


_FIELDS: frozenset[str] = frozenset(
    (
        "date_checked_unix",
        "name_value",
        "name_check",
        "description_value",
        "description_check",
        "sample_ids",
        "sample_checks",
        "captcha_ids",
        "captcha_checks",
    )
)


def _read_additional_properties(
    cls: type[VoiceSharingModerationCheckResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[VoiceSharingModerationCheckResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    date_checked_unix = d.get("date_checked_unix", UNSET)
    if date_checked_unix.__class__ is not int and date_checked_unix is not None and date_checked_unix is not UNSET:
        date_checked_unix = _read_date_checked_unix(cls, d)

    name_value = d.get("name_value", UNSET)
    if name_value.__class__ is not str and name_value is not None and name_value is not UNSET:
        name_value = _read_name_value(cls, d)

    name_check = d.get("name_check", UNSET)
    if name_check.__class__ is not bool and name_check is not None and name_check is not UNSET:
        name_check = _read_name_check(cls, d)

    description_value = d.get("description_value", UNSET)
    if description_value.__class__ is not str and description_value is not None and description_value is not UNSET:
        description_value = _read_description_value(cls, d)

    description_check = d.get("description_check", UNSET)
    if description_check.__class__ is not bool and description_check is not None and description_check is not UNSET:
        description_check = _read_description_check(cls, d)

    sample_ids = d.get("sample_ids", UNSET)
    if sample_ids.__class__ is not list and sample_ids is not None and sample_ids is not UNSET:
        sample_ids = _read_sample_ids(cls, d)
    elif sample_ids.__class__ is list and sample_ids:
        check_items(cls, "sample_ids", sample_ids, (str,), "a string")

    sample_checks = d.get("sample_checks", UNSET)
    if sample_checks.__class__ is not list and sample_checks is not None and sample_checks is not UNSET:
        sample_checks = _read_sample_checks(cls, d)
    elif sample_checks.__class__ is list and sample_checks:
        check_items(cls, "sample_checks", sample_checks, (float, int), "a number")

    captcha_ids = d.get("captcha_ids", UNSET)
    if captcha_ids.__class__ is not list and captcha_ids is not None and captcha_ids is not UNSET:
        captcha_ids = _read_captcha_ids(cls, d)
    elif captcha_ids.__class__ is list and captcha_ids:
        check_items(cls, "captcha_ids", captcha_ids, (str,), "a string")

    captcha_checks = d.get("captcha_checks", UNSET)
    if captcha_checks.__class__ is not list and captcha_checks is not None and captcha_checks is not UNSET:
        captcha_checks = _read_captcha_checks(cls, d)
    elif captcha_checks.__class__ is list and captcha_checks:
        check_items(cls, "captcha_checks", captcha_checks, (float, int), "a number")

    return {
        "date_checked_unix": date_checked_unix,
        "name_value": name_value,
        "name_check": name_check,
        "description_value": description_value,
        "description_check": description_check,
        "sample_ids": sample_ids,
        "sample_checks": sample_checks,
        "captcha_ids": captcha_ids,
        "captcha_checks": captcha_checks,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    VoiceSharingModerationCheckResponseModel,
    _all_fields,
    {
        "date_checked_unix": _read_date_checked_unix,
        "name_value": _read_name_value,
        "name_check": _read_name_check,
        "description_value": _read_description_value,
        "description_check": _read_description_check,
        "sample_ids": _read_sample_ids,
        "sample_checks": _read_sample_checks,
        "captcha_ids": _read_captcha_ids,
        "captcha_checks": _read_captcha_checks,
        "additional_properties": _read_additional_properties,
    },
)
