from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of


@_attrs_define(slots=False)
class CompileProceduresValidationErrorResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'errors': {'agtprc_6qbpwdq8n01bxhk44bgjy6f10ck3': [{'message': 'Field required', 'path': 'steps.0.message'}]}}

    Attributes:
        errors: Validation errors keyed by procedure ID.
    """

    errors: CompileProceduresValidationErrorResponseModelErrors

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("errors", "errors", object_of("CompileProceduresValidationErrorResponseModelErrors"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CompileProceduresValidationErrorResponseModelErrors(Lazy, AdditionalProperties["list[ProcedureValidationError]"]):
    """Validation errors keyed by procedure ID."""

    additional_properties: dict[str, list[ProcedureValidationError]] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(list_of(object_of("ProcedureValidationError")))),
    )


@_attrs_define(slots=False)
class ProcedureValidationError(Lazy, AdditionalProperties[Any]):
    """Attributes:
    path: JSON path to the error, e.g. 'trigger', 'steps[0].instruction'
    message: Human-readable error message
    """

    path: str

    message: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("path", "path", STR, required=True),
        Field("message", "message", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
