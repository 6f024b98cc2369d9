from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SafetyCommonModelOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SafetyCommonModelOutput(Lazy):
    """Safety object that has the information of safety evaluations based on used voice.

    Attributes:
        ivc (SafetyEvaluation | Unset): Safety evaluation of the agent. Prompt and first message is taken into account.
            The unsafe reason is provided from the evaluation
        non_ivc (SafetyEvaluation | Unset): Safety evaluation of the agent. Prompt and first message is taken into
            account.
            The unsafe reason is provided from the evaluation
    """

    ivc: SafetyEvaluation | Unset = UNSET

    non_ivc: SafetyEvaluation | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        ivc: Any
        try:
            ivc = UNSET
            if not isinstance(self.ivc, Unset):
                ivc = self.ivc.to_dict()
        except (AttributeError, TypeError):
            ivc = self.ivc

        non_ivc: Any
        try:
            non_ivc = UNSET
            if not isinstance(self.non_ivc, Unset):
                non_ivc = self.non_ivc.to_dict()
        except (AttributeError, TypeError):
            non_ivc = self.non_ivc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ivc is not UNSET:
            field_dict["ivc"] = ivc
        if non_ivc is not UNSET:
            field_dict["non_ivc"] = non_ivc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        safety_common_model_output = cls.__new__(cls)
        safety_common_model_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return safety_common_model_output

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


def _read_ivc(cls: type[SafetyCommonModelOutput], d: Mapping[str, Any]) -> Any:
    ivc_raw = d.get("ivc", UNSET)
    try:
        _ivc = ivc_raw
        ivc: SafetyEvaluation | Unset
        if isinstance(_ivc, Unset):
            ivc = UNSET
        else:
            ivc = SafetyEvaluation.from_dict(_ivc)
    except (KeyError, TypeError, ValueError, AttributeError):
        ivc = deviating_field(cls, "ivc", ivc_raw)

    return ivc


def _read_non_ivc(cls: type[SafetyCommonModelOutput], d: Mapping[str, Any]) -> Any:
    non_ivc_raw = d.get("non_ivc", UNSET)
    try:
        _non_ivc = non_ivc_raw
        non_ivc: SafetyEvaluation | Unset
        if isinstance(_non_ivc, Unset):
            non_ivc = UNSET
        else:
            non_ivc = SafetyEvaluation.from_dict(_non_ivc)
    except (KeyError, TypeError, ValueError, AttributeError):
        non_ivc = deviating_field(cls, "non_ivc", non_ivc_raw)

    return non_ivc


_FIELDS: frozenset[str] = frozenset(
    (
        "ivc",
        "non_ivc",
    )
)


def _read_additional_properties(cls: type[SafetyCommonModelOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SafetyCommonModelOutput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "ivc" in known:
        ivc = known["ivc"]
    else:
        ivc = d.get("ivc", UNSET)
        if ivc is not UNSET:
            ivc = _read_ivc(cls, d)

    if "non_ivc" in known:
        non_ivc = known["non_ivc"]
    else:
        non_ivc = d.get("non_ivc", UNSET)
        if non_ivc is not UNSET:
            non_ivc = _read_non_ivc(cls, d)

    return {
        "ivc": ivc,
        "non_ivc": non_ivc,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    SafetyCommonModelOutput,
    _all_fields,
    {
        "ivc": _read_ivc,
        "non_ivc": _read_non_ivc,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.safety_evaluation import SafetyEvaluation
