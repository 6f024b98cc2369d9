from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
    union,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.soft_timeout_config_override import SoftTimeoutConfigOverride
