from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    DATETIME,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    object_of,
    union,
)
from ..models._literals import Llm
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class LlmDeprecationInfoModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'fallback_percentage': 0, 'is_deprecated': True, 'is_in_fallback_period': False, 'is_in_warning_period': True,
        'llm': 'gpt-4o-mini', 'provider_deprecation_date': '2025-06-01T00:00:00Z', 'replacement_model': 'gpt-4o'}

    Attributes:
        llm: The identifier of the deprecated LLM model.
        is_deprecated: Whether this model is currently deprecated. True if the model is immediately deprecated or within
            the warning period.
        is_in_warning_period: Whether this model is currently in the warning period before deprecation. Defaults to
            False on the server.
        is_in_fallback_period: Whether traffic is currently being progressively routed to the replacement model.
            Defaults to False on the server.
        fallback_percentage: Current percentage of traffic being routed to the replacement model (0-100). Defaults to 0
            on the server.
        provider_deprecation_date: The date when the model provider will deprecate this model. Null for immediately
            deprecated models.
        replacement_model: The model that replaces this deprecated model. Traffic will be automatically routed to this
            model.
        deprecation_config: Custom deprecation timing configuration for this model. Null if using the default
            configuration.
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("llm", "llm", union(literal("Llm"), STR), required=True),
        Field("is_deprecated", "is_deprecated", BOOL, required=True),
        Field("is_in_warning_period", "is_in_warning_period", BOOL),
        Field("is_in_fallback_period", "is_in_fallback_period", BOOL),
        Field("fallback_percentage", "fallback_percentage", INT),
        Field("provider_deprecation_date", "provider_deprecation_date", union(DATETIME, NULL)),
        Field("replacement_model", "replacement_model", union(literal("Llm"), NULL, STR)),
        Field("deprecation_config", "deprecation_config", union(object_of("LlmDeprecationConfigModel"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_deprecation_config_model import LlmDeprecationConfigModel
