from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    parse_strictly,
    unexpected_type,
)

T = TypeVar("T", bound="UnitTestToolCallParameter")


@_attrs_define
class UnitTestToolCallParameter:
    """Attributes:
    eval_ (ExactParameterEvaluationStrategy | LLMParameterEvaluationStrategy |
        MatchAnythingParameterEvaluationStrategy | RegexParameterEvaluationStrategy | UnknownVariant):
    path (str):
    """

    eval_: (
        ExactParameterEvaluationStrategy
        | LLMParameterEvaluationStrategy
        | MatchAnythingParameterEvaluationStrategy
        | RegexParameterEvaluationStrategy
        | UnknownVariant
    )

    path: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        eval_: Any
        try:
            if (
                isinstance(self.eval_, LLMParameterEvaluationStrategy)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        eval__raw = d.pop("eval", MISSING)
        if eval__raw is MISSING:
            eval_ = missing_field(cls, "eval")
            _missing += ("eval",)
        else:
            try:

                def _parse_eval_(
                    data: object,
                ) -> (
                    ExactParameterEvaluationStrategy
                    | LLMParameterEvaluationStrategy
                    | MatchAnythingParameterEvaluationStrategy
                    | RegexParameterEvaluationStrategy
                    | UnknownVariant
                ):
                    return parse_strictly(_parse_eval__member, data)

                def _parse_eval__member(
                    data: object,
                ) -> (
                    ExactParameterEvaluationStrategy
                    | LLMParameterEvaluationStrategy
                    | MatchAnythingParameterEvaluationStrategy
                    | RegexParameterEvaluationStrategy
                    | UnknownVariant
                ):
                    if isinstance(data, dict):
                        for known in (
                            LLMParameterEvaluationStrategy,
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
                        eval_type_0 = LLMParameterEvaluationStrategy.from_dict(data)

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

        path = d.pop("path", MISSING)
        if path.__class__ is not str:
            if path is MISSING:
                path = missing_field(cls, "path")
                _missing += ("path",)
            else:
                path = unexpected_type(cls, "path", path, "a string")

        unit_test_tool_call_parameter = cls(
            eval_=eval_,
            path=path,
        )
        if _missing:
            unit_test_tool_call_parameter._missing_fields = _missing
        unit_test_tool_call_parameter.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.exact_parameter_evaluation_strategy import ExactParameterEvaluationStrategy
from ..models.llm_parameter_evaluation_strategy import LLMParameterEvaluationStrategy
from ..models.match_anything_parameter_evaluation_strategy import MatchAnythingParameterEvaluationStrategy
from ..models.regex_parameter_evaluation_strategy import RegexParameterEvaluationStrategy
from ..models.unknown_variant import UnknownVariant
