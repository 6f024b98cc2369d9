from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentCallLimits(Lazy, AdditionalProperties[Any]):
    """Example:
        {'agent_concurrency_limit': -1, 'bursting_enabled': True, 'daily_limit': 100000}

    Attributes:
        agent_concurrency_limit: The maximum number of concurrent conversations. -1 indicates that there is no maximum
            Defaults to -1 on the server.
        daily_limit: The maximum number of conversations per day Defaults to 100000 on the server.
        bursting_enabled: Whether to enable bursting. If true, exceeding workspace concurrency limit will be allowed up
            to 3 times the limit. Calls will be charged at double rate when exceeding the limit. Defaults to True on the
            server.
    """

    agent_concurrency_limit: int | Unset = UNSET

    daily_limit: int | Unset = UNSET

    bursting_enabled: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_concurrency_limit", "agent_concurrency_limit", INT),
        Field("daily_limit", "daily_limit", INT),
        Field("bursting_enabled", "bursting_enabled", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
