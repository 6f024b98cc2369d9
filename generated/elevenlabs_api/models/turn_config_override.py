from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class TurnConfigOverride(Lazy, AdditionalProperties[Any]):
    """Attributes:
    soft_timeout_config: Configuration for soft timeout functionality. Provides immediate feedback during longer LLM
        responses.
    """

    soft_timeout_config: None | SoftTimeoutConfigOverride | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("soft_timeout_config", "soft_timeout_config", union(object_of("SoftTimeoutConfigOverride"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SoftTimeoutConfigOverride(Lazy, AdditionalProperties[Any]):
    """Attributes:
    message: Message to show when soft timeout is reached while waiting for LLM response
    """

    message: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message", "message", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
