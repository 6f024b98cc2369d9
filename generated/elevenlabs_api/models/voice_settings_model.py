from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class VoiceSettingsModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    cloning_strength: How strongly the dubbed speakers clone the source voices, 0 to 10. Defaults to 7 on the
        server.
    """

    cloning_strength: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("cloning_strength", "cloning_strength", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )
