from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FLOAT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UsageCharactersResponseModelUsage(Lazy, AdditionalProperties["list[float]"]):
    """The usage of each breakdown type along the time axis."""

    additional_properties: dict[str, list[float]] = _attrs_field(init=False, factory=dict)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(list_of(FLOAT))),)
