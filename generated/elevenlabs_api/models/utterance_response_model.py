from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class UtteranceResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'end': 1.0, 'start': 0.0}

    Attributes:
        start: The start time of the utterance in seconds.
        end: The end time of the utterance in seconds.
    """

    start: float

    end: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("start", "start", FLOAT, required=True),
        Field("end", "end", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
