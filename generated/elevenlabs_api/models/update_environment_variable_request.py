from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class UpdateEnvironmentVariableRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    values: Values to replace. Set to null to remove an environment (except 'production').
    """

    values: UpdateEnvironmentVariableRequestValues

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("values", "values", object_of("UpdateEnvironmentVariableRequestValues"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.update_environment_variable_request_values import UpdateEnvironmentVariableRequestValues
