from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class VadConfig(Lazy, AdditionalProperties[Any]):
    """Example:
        {'background_voice_detection': False}

    Attributes:
        background_voice_detection: Whether to use background voice filtering Defaults to False on the server.
    """

    background_voice_detection: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("background_voice_detection", "background_voice_detection", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
