from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class CompileProceduresValidationErrorResponseModelErrors(Lazy, AdditionalProperties["list[ProcedureValidationError]"]):
    """Validation errors keyed by procedure ID."""

    additional_properties: dict[str, list[ProcedureValidationError]] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(list_of(object_of("ProcedureValidationError")))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.procedure_validation_error import ProcedureValidationError
