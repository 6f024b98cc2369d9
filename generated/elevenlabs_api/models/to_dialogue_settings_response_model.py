from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ToDialogueSettingsResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'stability': 0.5}

    Attributes:
        stability: Determines how stable the voice is and the randomness between each generation. Lower values introduce
            broader emotional range for the voice. Higher values can result in a monotonous voice with limited emotion.
            Defaults to 0.5 on the server.
    """

    stability: float | None | Unset = UNSET

    speed: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("stability", "stability", union(FLOAT, NULL)),
        Field("speed", "speed", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
