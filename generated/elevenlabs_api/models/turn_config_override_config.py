from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, BOOL, AdditionalProperties, Field, Lazy, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class TurnConfigOverrideConfig(Lazy, AdditionalProperties[Any]):
    soft_timeout_config: SoftTimeoutConfigOverrideConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("soft_timeout_config", "soft_timeout_config", object_of("SoftTimeoutConfigOverrideConfig")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SoftTimeoutConfigOverrideConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    message: Whether to allow overriding the message field. Defaults to False on the server.
    additional_soft_timeout_messages: Whether to allow overriding the additional_soft_timeout_messages field.
        Defaults to False on the server.
    """

    message: bool | Unset = UNSET

    additional_soft_timeout_messages: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message", "message", BOOL),
        Field("additional_soft_timeout_messages", "additional_soft_timeout_messages", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
