from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="CompileProceduresValidationErrorResponseModel")


@_attrs_define
class CompileProceduresValidationErrorResponseModel:
    """Example:
        {'errors': {'agtprc_6qbpwdq8n01bxhk44bgjy6f10ck3': [{'message': 'Field required', 'path': 'steps.0.message'}]}}

    Attributes:
        errors (CompileProceduresValidationErrorResponseModelErrors): Validation errors keyed by procedure ID.
    """

    errors: CompileProceduresValidationErrorResponseModelErrors

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        errors: Any
        try:
            errors = self.errors.to_dict()
        except (AttributeError, TypeError):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if errors is not None or "errors" not in self._missing_fields:
            field_dict["errors"] = errors
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        errors_raw = d.pop("errors", MISSING)
        if errors_raw is MISSING:
            errors = missing_field(cls, "errors")
            _missing += ("errors",)
        else:
            try:
                errors = CompileProceduresValidationErrorResponseModelErrors.from_dict(errors_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                errors = deviating_field(cls, "errors", errors_raw)

        compile_procedures_validation_error_response_model = cls(
            errors=errors,
        )
        if _missing:
            compile_procedures_validation_error_response_model._missing_fields = _missing
        compile_procedures_validation_error_response_model.additional_properties = d
        return compile_procedures_validation_error_response_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.compile_procedures_validation_error_response_model_errors import (
    CompileProceduresValidationErrorResponseModelErrors,
)
