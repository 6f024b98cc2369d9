from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import AnalysisScope, check_analysis_scope
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="RunConversationEvaluationsRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class RunConversationEvaluationsRequest(Lazy):
    """Attributes:
    evaluation_id (str): ID of the single evaluation criterion to rerun.
    scope (AnalysisScope | Unset):
    """

    evaluation_id: str

    scope: AnalysisScope | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("evaluation_id",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        run_conversation_evaluations_request = cls.__new__(cls)
        run_conversation_evaluations_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_evaluation_id = plain_reader("evaluation_id", (str,), "a string", True)


def _read_scope(cls: type[RunConversationEvaluationsRequest], d: Mapping[str, Any]) -> Any:
    scope_raw = d.get("scope", UNSET)
    try:
        _scope = scope_raw
        scope: AnalysisScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_analysis_scope(_scope)
    except (KeyError, TypeError, ValueError, AttributeError):
        scope = deviating_field(cls, "scope", scope_raw)

    return scope


_FIELDS: frozenset[str] = frozenset(
    (
        "evaluation_id",
        "scope",
    )
)


def _read_additional_properties(cls: type[RunConversationEvaluationsRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[RunConversationEvaluationsRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    evaluation_id = d.get("evaluation_id", MISSING)
    if evaluation_id.__class__ is not str:
        evaluation_id = _read_evaluation_id(cls, d)

    if "scope" in known:
        scope = known["scope"]
    else:
        scope = d.get("scope", UNSET)
        if scope is not UNSET:
            scope = _read_scope(cls, d)

    return {
        "evaluation_id": evaluation_id,
        "scope": scope,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    RunConversationEvaluationsRequest,
    _all_fields,
    {
        "evaluation_id": _read_evaluation_id,
        "scope": _read_scope,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
