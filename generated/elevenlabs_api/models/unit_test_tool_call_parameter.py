from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UnitTestToolCallParameter")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UnitTestToolCallParameter(Lazy):
    """Attributes:
    eval_ (ExactParameterEvaluationStrategy | LlmParameterEvaluationStrategy |
        MatchAnythingParameterEvaluationStrategy | RegexParameterEvaluationStrategy | UnknownVariant):
    path (str):
    """

    eval_: (
        ExactParameterEvaluationStrategy
        | LlmParameterEvaluationStrategy
        | MatchAnythingParameterEvaluationStrategy
        | RegexParameterEvaluationStrategy
        | UnknownVariant
    )

    path: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "eval",
        "path",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        eval_: Any
        try:
            if (
                isinstance(self.eval_, LlmParameterEvaluationStrategy)
                or isinstance(self.eval_, RegexParameterEvaluationStrategy)
                or isinstance(self.eval_, ExactParameterEvaluationStrategy)
                or isinstance(self.eval_, MatchAnythingParameterEvaluationStrategy)
                or isinstance(self.eval_, UnknownVariant)
            ):
                eval_ = self.eval_.to_dict()
            else:
                eval_ = self.eval_

        except (AttributeError, TypeError):
            eval_ = self.eval_

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if eval_ is not None or "eval" not in self._missing_fields:
            field_dict["eval"] = eval_
        if path is not None or "path" not in self._missing_fields:
            field_dict["path"] = path
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        unit_test_tool_call_parameter = cls.__new__(cls)
        unit_test_tool_call_parameter.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return unit_test_tool_call_parameter

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


def _read_eval_(cls: type[UnitTestToolCallParameter], d: Mapping[str, Any]) -> Any:
    eval__raw = d.get("eval", MISSING)
    if eval__raw is MISSING:
        eval_ = missing_field(cls, "eval")
    else:
        try:

            def _parse_eval_(
                data: object,
            ) -> (
                ExactParameterEvaluationStrategy
                | LlmParameterEvaluationStrategy
                | MatchAnythingParameterEvaluationStrategy
                | RegexParameterEvaluationStrategy
                | UnknownVariant
            ):
                return parse_strictly(_parse_eval__member, data)

            def _parse_eval__member(
                data: object,
            ) -> (
                ExactParameterEvaluationStrategy
                | LlmParameterEvaluationStrategy
                | MatchAnythingParameterEvaluationStrategy
                | RegexParameterEvaluationStrategy
                | UnknownVariant
            ):
                if isinstance(data, dict):
                    for known in (
                        LlmParameterEvaluationStrategy,
                        RegexParameterEvaluationStrategy,
                        ExactParameterEvaluationStrategy,
                        MatchAnythingParameterEvaluationStrategy,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    eval_type_0 = LlmParameterEvaluationStrategy.from_dict(data)

                    return eval_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    eval_type_1 = RegexParameterEvaluationStrategy.from_dict(data)

                    return eval_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    eval_type_2 = ExactParameterEvaluationStrategy.from_dict(data)

                    return eval_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    eval_type_3 = MatchAnythingParameterEvaluationStrategy.from_dict(data)

                    return eval_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                eval_type_4 = UnknownVariant.from_dict(data)

                return eval_type_4

            eval_ = _parse_eval_(eval__raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            eval_ = deviating_field(cls, "eval", eval__raw)

    return eval_


_read_path = plain_reader("path", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "eval",
        "path",
    )
)


def _read_additional_properties(cls: type[UnitTestToolCallParameter], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UnitTestToolCallParameter], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "eval_" in known:
        eval_ = known["eval_"]
    else:
        eval_ = _read_eval_(cls, d)

    path = d.get("path", MISSING)
    if path.__class__ is not str:
        path = _read_path(cls, d)

    return {
        "eval_": eval_,
        "path": path,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    UnitTestToolCallParameter,
    _all_fields,
    {
        "eval_": _read_eval_,
        "path": _read_path,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.exact_parameter_evaluation_strategy import ExactParameterEvaluationStrategy
from ..models.llm_parameter_evaluation_strategy import LlmParameterEvaluationStrategy
from ..models.match_anything_parameter_evaluation_strategy import MatchAnythingParameterEvaluationStrategy
from ..models.regex_parameter_evaluation_strategy import RegexParameterEvaluationStrategy
from ..models.unknown_variant import UnknownVariant
