from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import Llm
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

T = TypeVar("T", bound="LlmDeprecationInfoModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LlmDeprecationInfoModel(Lazy):
    """Example:
        {'fallback_percentage': 0, 'is_deprecated': True, 'is_in_fallback_period': False, 'is_in_warning_period': True,
        'llm': 'gpt-4o-mini', 'provider_deprecation_date': '2025-06-01T00:00:00Z', 'replacement_model': 'gpt-4o'}

    Attributes:
        llm (Llm | str): The identifier of the deprecated LLM model.
        is_deprecated (bool): Whether this model is currently deprecated. True if the model is immediately deprecated or
            within the warning period.
        is_in_warning_period (bool | Unset): Whether this model is currently in the warning period before deprecation.
            Defaults to False on the server.
        is_in_fallback_period (bool | Unset): Whether traffic is currently being progressively routed to the replacement
            model. Defaults to False on the server.
        fallback_percentage (int | Unset): Current percentage of traffic being routed to the replacement model (0-100).
            Defaults to 0 on the server.
        provider_deprecation_date (datetime.datetime | None | Unset): The date when the model provider will deprecate
            this model. Null for immediately deprecated models.
        replacement_model (Llm | None | str | Unset): The model that replaces this deprecated model. Traffic will be
            automatically routed to this model.
        deprecation_config (LlmDeprecationConfigModel | None | Unset): Custom deprecation timing configuration for this
            model. Null if using the default configuration.
    """

    llm: Llm | str

    is_deprecated: bool

    is_in_warning_period: bool | Unset = UNSET

    is_in_fallback_period: bool | Unset = UNSET

    fallback_percentage: int | Unset = UNSET

    provider_deprecation_date: datetime.datetime | None | Unset = UNSET

    replacement_model: Llm | None | str | Unset = UNSET

    deprecation_config: LlmDeprecationConfigModel | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "llm",
        "is_deprecated",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        llm: Any
        try:
            if isinstance(self.llm, str):
                llm = self.llm
            else:
                llm = self.llm

        except (AttributeError, TypeError):
            llm = self.llm

        is_deprecated = self.is_deprecated

        is_in_warning_period = self.is_in_warning_period

        is_in_fallback_period = self.is_in_fallback_period

        fallback_percentage = self.fallback_percentage

        provider_deprecation_date: Any
        try:
            if isinstance(self.provider_deprecation_date, Unset):
                provider_deprecation_date = UNSET
            elif isinstance(self.provider_deprecation_date, datetime.datetime):
                provider_deprecation_date = self.provider_deprecation_date.isoformat()
            else:
                provider_deprecation_date = self.provider_deprecation_date

        except (AttributeError, TypeError):
            provider_deprecation_date = self.provider_deprecation_date

        replacement_model: Any
        try:
            if isinstance(self.replacement_model, Unset):
                replacement_model = UNSET
            elif isinstance(self.replacement_model, str):
                replacement_model = self.replacement_model
            else:
                replacement_model = self.replacement_model

        except (AttributeError, TypeError):
            replacement_model = self.replacement_model

        deprecation_config: Any
        try:
            if isinstance(self.deprecation_config, Unset):
                deprecation_config = UNSET
            elif isinstance(self.deprecation_config, LlmDeprecationConfigModel):
                deprecation_config = self.deprecation_config.to_dict()
            else:
                deprecation_config = self.deprecation_config

        except (AttributeError, TypeError):
            deprecation_config = self.deprecation_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if llm is not None or "llm" not in self._missing_fields:
            field_dict["llm"] = llm
        if is_deprecated is not None or "is_deprecated" not in self._missing_fields:
            field_dict["is_deprecated"] = is_deprecated
        if is_in_warning_period is not UNSET:
            field_dict["is_in_warning_period"] = is_in_warning_period
        if is_in_fallback_period is not UNSET:
            field_dict["is_in_fallback_period"] = is_in_fallback_period
        if fallback_percentage is not UNSET:
            field_dict["fallback_percentage"] = fallback_percentage
        if provider_deprecation_date is not UNSET:
            field_dict["provider_deprecation_date"] = provider_deprecation_date
        if replacement_model is not UNSET:
            field_dict["replacement_model"] = replacement_model
        if deprecation_config is not UNSET:
            field_dict["deprecation_config"] = deprecation_config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        llm_deprecation_info_model = cls.__new__(cls)
        llm_deprecation_info_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return llm_deprecation_info_model

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


_read_llm = plain_reader("llm", (str,), "a string", True)

_read_is_deprecated = plain_reader("is_deprecated", (bool,), "a boolean", True)

_read_is_in_warning_period = plain_reader("is_in_warning_period", (bool,), "a boolean", False)

_read_is_in_fallback_period = plain_reader("is_in_fallback_period", (bool,), "a boolean", False)

_read_fallback_percentage = plain_reader("fallback_percentage", (int,), "an integer", False)


def _read_provider_deprecation_date(cls: type[LlmDeprecationInfoModel], d: Mapping[str, Any]) -> Any:
    provider_deprecation_date_raw = d.get("provider_deprecation_date", UNSET)
    try:

        def _parse_provider_deprecation_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            provider_deprecation_date_type_0 = datetime.datetime.fromisoformat(data)

            return provider_deprecation_date_type_0

        provider_deprecation_date = _parse_provider_deprecation_date(provider_deprecation_date_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        provider_deprecation_date = deviating_field(cls, "provider_deprecation_date", provider_deprecation_date_raw)

    return provider_deprecation_date


_read_replacement_model = plain_reader(
    "replacement_model",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


def _read_deprecation_config(cls: type[LlmDeprecationInfoModel], d: Mapping[str, Any]) -> Any:
    deprecation_config_raw = d.get("deprecation_config", UNSET)
    try:

        def _parse_deprecation_config(data: object) -> LlmDeprecationConfigModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            deprecation_config_type_0 = LlmDeprecationConfigModel.from_dict(data)

            return deprecation_config_type_0

        deprecation_config = _parse_deprecation_config(deprecation_config_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        deprecation_config = deviating_field(cls, "deprecation_config", deprecation_config_raw)

    return deprecation_config


_FIELDS: frozenset[str] = frozenset(
    (
        "llm",
        "is_deprecated",
        "is_in_warning_period",
        "is_in_fallback_period",
        "fallback_percentage",
        "provider_deprecation_date",
        "replacement_model",
        "deprecation_config",
    )
)


def _read_additional_properties(cls: type[LlmDeprecationInfoModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[LlmDeprecationInfoModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    llm = d.get("llm", MISSING)
    if llm.__class__ is not str:
        llm = _read_llm(cls, d)

    is_deprecated = d.get("is_deprecated", MISSING)
    if is_deprecated.__class__ is not bool:
        is_deprecated = _read_is_deprecated(cls, d)

    is_in_warning_period = d.get("is_in_warning_period", UNSET)
    if is_in_warning_period.__class__ is not bool and is_in_warning_period is not UNSET:
        is_in_warning_period = _read_is_in_warning_period(cls, d)

    is_in_fallback_period = d.get("is_in_fallback_period", UNSET)
    if is_in_fallback_period.__class__ is not bool and is_in_fallback_period is not UNSET:
        is_in_fallback_period = _read_is_in_fallback_period(cls, d)

    fallback_percentage = d.get("fallback_percentage", UNSET)
    if fallback_percentage.__class__ is not int and fallback_percentage is not UNSET:
        fallback_percentage = _read_fallback_percentage(cls, d)

    if "provider_deprecation_date" in known:
        provider_deprecation_date = known["provider_deprecation_date"]
    else:
        provider_deprecation_date = d.get("provider_deprecation_date", UNSET)
        if provider_deprecation_date is not UNSET and provider_deprecation_date is not None:
            provider_deprecation_date = _read_provider_deprecation_date(cls, d)

    replacement_model = d.get("replacement_model", UNSET)
    if replacement_model is not None and replacement_model.__class__ is not str and replacement_model is not UNSET:
        replacement_model = _read_replacement_model(cls, d)

    if "deprecation_config" in known:
        deprecation_config = known["deprecation_config"]
    else:
        deprecation_config = d.get("deprecation_config", UNSET)
        if deprecation_config is not UNSET and deprecation_config is not None:
            deprecation_config = _read_deprecation_config(cls, d)

    return {
        "llm": llm,
        "is_deprecated": is_deprecated,
        "is_in_warning_period": is_in_warning_period,
        "is_in_fallback_period": is_in_fallback_period,
        "fallback_percentage": fallback_percentage,
        "provider_deprecation_date": provider_deprecation_date,
        "replacement_model": replacement_model,
        "deprecation_config": deprecation_config,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    LlmDeprecationInfoModel,
    _all_fields,
    {
        "llm": _read_llm,
        "is_deprecated": _read_is_deprecated,
        "is_in_warning_period": _read_is_in_warning_period,
        "is_in_fallback_period": _read_is_in_fallback_period,
        "fallback_percentage": _read_fallback_percentage,
        "provider_deprecation_date": _read_provider_deprecation_date,
        "replacement_model": _read_replacement_model,
        "deprecation_config": _read_deprecation_config,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_deprecation_config_model import LlmDeprecationConfigModel
