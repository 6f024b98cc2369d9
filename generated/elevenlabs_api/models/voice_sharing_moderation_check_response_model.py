from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, deviating_field

T = TypeVar("T", bound="VoiceSharingModerationCheckResponseModel")


@_attrs_define
class VoiceSharingModerationCheckResponseModel:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        date_checked_unix = d.pop("date_checked_unix", UNSET)

        name_value = d.pop("name_value", UNSET)

        name_check = d.pop("name_check", UNSET)

        description_value = d.pop("description_value", UNSET)

        description_check = d.pop("description_check", UNSET)

        sample_ids_raw = d.pop("sample_ids", UNSET)
        try:

            def _parse_sample_ids(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                sample_ids_type_0 = cast(list[str], data)

                return sample_ids_type_0

            sample_ids = _parse_sample_ids(sample_ids_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            sample_ids = deviating_field(cls, "sample_ids", sample_ids_raw)

        sample_checks_raw = d.pop("sample_checks", UNSET)
        try:

            def _parse_sample_checks(data: object) -> list[float] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                sample_checks_type_0 = cast(list[float], data)

                return sample_checks_type_0

            sample_checks = _parse_sample_checks(sample_checks_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            sample_checks = deviating_field(cls, "sample_checks", sample_checks_raw)

        captcha_ids_raw = d.pop("captcha_ids", UNSET)
        try:

            def _parse_captcha_ids(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                captcha_ids_type_0 = cast(list[str], data)

                return captcha_ids_type_0

            captcha_ids = _parse_captcha_ids(captcha_ids_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            captcha_ids = deviating_field(cls, "captcha_ids", captcha_ids_raw)

        captcha_checks_raw = d.pop("captcha_checks", UNSET)
        try:

            def _parse_captcha_checks(data: object) -> list[float] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                captcha_checks_type_0 = cast(list[float], data)

                return captcha_checks_type_0

            captcha_checks = _parse_captcha_checks(captcha_checks_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            captcha_checks = deviating_field(cls, "captcha_checks", captcha_checks_raw)

        voice_sharing_moderation_check_response_model = cls(
            date_checked_unix=date_checked_unix,
            name_value=name_value,
            name_check=name_check,
            description_value=description_value,
            description_check=description_check,
            sample_ids=sample_ids,
            sample_checks=sample_checks,
            captcha_ids=captcha_ids,
            captcha_checks=captcha_checks,
        )
        voice_sharing_moderation_check_response_model.additional_properties = d
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
