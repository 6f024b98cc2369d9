from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import EvaluationSuccessResult
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

T = TypeVar("T", bound="TestConditionResultCommonModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TestConditionResultCommonModel(Lazy):
    """Attributes:
    result (EvaluationSuccessResult | str):
    rationale (None | TestConditionRationaleCommonModel | Unset):
    """

    result: EvaluationSuccessResult | str

    rationale: None | TestConditionRationaleCommonModel | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("result",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        result: Any
        try:
            if isinstance(self.result, str):
                result = self.result
            else:
                result = self.result

        except (AttributeError, TypeError):
            result = self.result

        rationale: Any
        try:
            if isinstance(self.rationale, Unset):
                rationale = UNSET
            elif isinstance(self.rationale, TestConditionRationaleCommonModel):
                rationale = self.rationale.to_dict()
            else:
                rationale = self.rationale

        except (AttributeError, TypeError):
            rationale = self.rationale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if result is not None or "result" not in self._missing_fields:
            field_dict["result"] = result
        if rationale is not UNSET:
            field_dict["rationale"] = rationale
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        test_condition_result_common_model = cls.__new__(cls)
        test_condition_result_common_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return test_condition_result_common_model

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


_read_result = plain_reader("result", (str,), "a string", True)


def _read_rationale(cls: type[TestConditionResultCommonModel], d: Mapping[str, Any]) -> Any:
    rationale_raw = d.get("rationale", UNSET)
    try:

        def _parse_rationale(data: object) -> None | TestConditionRationaleCommonModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            rationale_type_0 = TestConditionRationaleCommonModel.from_dict(data)

            return rationale_type_0

        rationale = _parse_rationale(rationale_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        rationale = deviating_field(cls, "rationale", rationale_raw)

    return rationale


_FIELDS: frozenset[str] = frozenset(
    (
        "result",
        "rationale",
    )
)


def _read_additional_properties(cls: type[TestConditionResultCommonModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TestConditionResultCommonModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    result = d.get("result", MISSING)
    if result.__class__ is not str:
        result = _read_result(cls, d)

    if "rationale" in known:
        rationale = known["rationale"]
    else:
        rationale = d.get("rationale", UNSET)
        if rationale is not UNSET and rationale is not None:
            rationale = _read_rationale(cls, d)

    return {
        "result": result,
        "rationale": rationale,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TestConditionResultCommonModel,
    _all_fields,
    {
        "result": _read_result,
        "rationale": _read_rationale,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.test_condition_rationale_common_model import TestConditionRationaleCommonModel
