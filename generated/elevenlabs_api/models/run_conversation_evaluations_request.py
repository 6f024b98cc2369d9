from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_scope import AnalysisScope, check_analysis_scope
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="RunConversationEvaluationsRequest")


@_attrs_define
class RunConversationEvaluationsRequest:
    """Attributes:
    evaluation_id (str): ID of the single evaluation criterion to rerun.
    scope (AnalysisScope | Unset):
    """

    evaluation_id: str

    scope: AnalysisScope | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        evaluation_id = self.evaluation_id

        scope: Any
        try:
            scope = UNSET
            if not isinstance(self.scope, Unset):
                scope = self.scope

        except (AttributeError, TypeError):
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if evaluation_id is not None or "evaluation_id" not in self._missing_fields:
            field_dict["evaluation_id"] = evaluation_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        evaluation_id = d.pop("evaluation_id", MISSING)
        if evaluation_id.__class__ is not str:
            if evaluation_id is MISSING:
                evaluation_id = missing_field(cls, "evaluation_id")
                _missing += ("evaluation_id",)
            else:
                evaluation_id = unexpected_type(cls, "evaluation_id", evaluation_id, "a string")

        scope_raw = d.pop("scope", UNSET)
        try:
            _scope = scope_raw
            scope: AnalysisScope | Unset
            if isinstance(_scope, Unset):
                scope = UNSET
            else:
                scope = check_analysis_scope(_scope)
        except (KeyError, TypeError, ValueError, AttributeError):
            scope = deviating_field(cls, "scope", scope_raw)

        run_conversation_evaluations_request = cls(
            evaluation_id=evaluation_id,
            scope=scope,
        )
        if _missing:
            run_conversation_evaluations_request._missing_fields = _missing
        run_conversation_evaluations_request.additional_properties = d
        return run_conversation_evaluations_request

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
