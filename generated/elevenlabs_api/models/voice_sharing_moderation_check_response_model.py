from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    union,
)


@_attrs_define(slots=False)
class VoiceSharingModerationCheckResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'captcha_checks': [0.95, 0.98], 'captcha_ids': ['captcha1', 'captcha2'], 'date_checked_unix': 1714204800,
        'description_check': True, 'description_value': 'A female voice with a soft and friendly tone.', 'name_check':
        True, 'name_value': 'Rachel', 'sample_checks': [0.95, 0.98], 'sample_ids': ['sample1', 'sample2']}

    Attributes:
        date_checked_unix: The date the moderation check was made in Unix time.
        name_value: The name value of the voice.
        name_check: Whether the name check was successful.
        description_value: The description value of the voice.
        description_check: Whether the description check was successful.
        sample_ids: A list of sample IDs.
        sample_checks: A list of sample checks.
        captcha_ids: A list of captcha IDs.
        captcha_checks: A list of CAPTCHA check values.
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

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("date_checked_unix", "date_checked_unix", union(INT, NULL)),
        Field("name_value", "name_value", union(STR, NULL)),
        Field("name_check", "name_check", union(BOOL, NULL)),
        Field("description_value", "description_value", union(STR, NULL)),
        Field("description_check", "description_check", union(BOOL, NULL)),
        Field("sample_ids", "sample_ids", union(list_of(STR), NULL)),
        Field("sample_checks", "sample_checks", union(list_of(FLOAT), NULL)),
        Field("captcha_ids", "captcha_ids", union(list_of(STR), NULL)),
        Field("captcha_checks", "captcha_checks", union(list_of(FLOAT), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
