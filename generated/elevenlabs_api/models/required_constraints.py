from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class RequiredConstraints(Lazy, AdditionalProperties[Any]):
    """Wrapper for anyOf/allOf composition constraints scoped to required fields."""

    any_of: list[RequiredConstraint] | Unset = UNSET

    all_of: list[RequiredConstraint] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("any_of", "any_of", list_of(object_of("RequiredConstraint"))),
        Field("all_of", "all_of", list_of(object_of("RequiredConstraint"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class RequiredConstraint(Lazy, AdditionalProperties[Any]):
    """A set of fields that must all be present to satisfy this constraint."""

    required: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("required", "required", list_of(STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
