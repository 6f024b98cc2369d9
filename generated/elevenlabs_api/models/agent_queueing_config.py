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
class AgentQueueingConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enabled: Hold callers in a wait queue when the agent is at its concurrency limit, instead of rejecting them
        immediately Defaults to False on the server.
    wait_timeout_seconds: Maximum time a caller can wait in the queue before being rejected Defaults to 180 on the
        server.
    """

    enabled: bool | Unset = UNSET

    wait_timeout_seconds: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enabled", "enabled", BOOL),
        Field("wait_timeout_seconds", "wait_timeout_seconds", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )
