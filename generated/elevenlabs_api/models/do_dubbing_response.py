from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class DoDubbingResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'dubbing_id': '21m00Tcm4TlvDq8ikWAM', 'expected_duration_sec': 127.5}

    Attributes:
        dubbing_id: The ID of the dubbing project.
        expected_duration_sec: The expected duration of the dubbing project in seconds.
    """

    dubbing_id: str

    expected_duration_sec: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("dubbing_id", "dubbing_id", STR, required=True),
        Field("expected_duration_sec", "expected_duration_sec", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
