from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AstConditionalOperatorNodeOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AstConditionalOperatorNodeOutput(Lazy):
    """Attributes:
    type_ (Literal['conditional_operator']):  Default: 'conditional_operator'.
    condition (AstAdditionOperatorNodeOutput | AstAndOperatorNodeOutput | AstBooleanNodeOutput |
        AstConditionalOperatorNodeOutput | AstDivisionOperatorNodeOutput | AstDynamicVariableNodeOutput |
        AstEqualsOperatorNodeOutput | AstGreaterThanOperatorNodeOutput | AstGreaterThanOrEqualsOperatorNodeOutput |
        AstLessThanOperatorNodeOutput | AstLessThanOrEqualsOperatorNodeOutput | AstllmNodeOutput |
        AstMultiplicationOperatorNodeOutput | AstNotEqualsOperatorNodeOutput | AstNullNodeOutput | AstNumberNodeOutput |
        AstOrOperatorNodeOutput | AstStringNodeOutput | AstSubtractionOperatorNodeOutput | UnknownVariant):
    true_expression (AstAdditionOperatorNodeOutput | AstAndOperatorNodeOutput | AstBooleanNodeOutput |
        AstConditionalOperatorNodeOutput | AstDivisionOperatorNodeOutput | AstDynamicVariableNodeOutput |
        AstEqualsOperatorNodeOutput | AstGreaterThanOperatorNodeOutput | AstGreaterThanOrEqualsOperatorNodeOutput |
        AstLessThanOperatorNodeOutput | AstLessThanOrEqualsOperatorNodeOutput | AstllmNodeOutput |
        AstMultiplicationOperatorNodeOutput | AstNotEqualsOperatorNodeOutput | AstNullNodeOutput | AstNumberNodeOutput |
        AstOrOperatorNodeOutput | AstStringNodeOutput | AstSubtractionOperatorNodeOutput | UnknownVariant):
    false_expression (AstAdditionOperatorNodeOutput | AstAndOperatorNodeOutput | AstBooleanNodeOutput |
        AstConditionalOperatorNodeOutput | AstDivisionOperatorNodeOutput | AstDynamicVariableNodeOutput |
        AstEqualsOperatorNodeOutput | AstGreaterThanOperatorNodeOutput | AstGreaterThanOrEqualsOperatorNodeOutput |
        AstLessThanOperatorNodeOutput | AstLessThanOrEqualsOperatorNodeOutput | AstllmNodeOutput |
        AstMultiplicationOperatorNodeOutput | AstNotEqualsOperatorNodeOutput | AstNullNodeOutput | AstNumberNodeOutput |
        AstOrOperatorNodeOutput | AstStringNodeOutput | AstSubtractionOperatorNodeOutput | UnknownVariant):
    """

    condition: (
        AstAdditionOperatorNodeOutput
        | AstAndOperatorNodeOutput
        | AstBooleanNodeOutput
        | AstConditionalOperatorNodeOutput
        | AstDivisionOperatorNodeOutput
        | AstDynamicVariableNodeOutput
        | AstEqualsOperatorNodeOutput
        | AstGreaterThanOperatorNodeOutput
        | AstGreaterThanOrEqualsOperatorNodeOutput
        | AstLessThanOperatorNodeOutput
        | AstLessThanOrEqualsOperatorNodeOutput
        | AstllmNodeOutput
        | AstMultiplicationOperatorNodeOutput
        | AstNotEqualsOperatorNodeOutput
        | AstNullNodeOutput
        | AstNumberNodeOutput
        | AstOrOperatorNodeOutput
        | AstStringNodeOutput
        | AstSubtractionOperatorNodeOutput
        | UnknownVariant
    )

    true_expression: (
        AstAdditionOperatorNodeOutput
        | AstAndOperatorNodeOutput
        | AstBooleanNodeOutput
        | AstConditionalOperatorNodeOutput
        | AstDivisionOperatorNodeOutput
        | AstDynamicVariableNodeOutput
        | AstEqualsOperatorNodeOutput
        | AstGreaterThanOperatorNodeOutput
        | AstGreaterThanOrEqualsOperatorNodeOutput
        | AstLessThanOperatorNodeOutput
        | AstLessThanOrEqualsOperatorNodeOutput
        | AstllmNodeOutput
        | AstMultiplicationOperatorNodeOutput
        | AstNotEqualsOperatorNodeOutput
        | AstNullNodeOutput
        | AstNumberNodeOutput
        | AstOrOperatorNodeOutput
        | AstStringNodeOutput
        | AstSubtractionOperatorNodeOutput
        | UnknownVariant
    )

    false_expression: (
        AstAdditionOperatorNodeOutput
        | AstAndOperatorNodeOutput
        | AstBooleanNodeOutput
        | AstConditionalOperatorNodeOutput
        | AstDivisionOperatorNodeOutput
        | AstDynamicVariableNodeOutput
        | AstEqualsOperatorNodeOutput
        | AstGreaterThanOperatorNodeOutput
        | AstGreaterThanOrEqualsOperatorNodeOutput
        | AstLessThanOperatorNodeOutput
        | AstLessThanOrEqualsOperatorNodeOutput
        | AstllmNodeOutput
        | AstMultiplicationOperatorNodeOutput
        | AstNotEqualsOperatorNodeOutput
        | AstNullNodeOutput
        | AstNumberNodeOutput
        | AstOrOperatorNodeOutput
        | AstStringNodeOutput
        | AstSubtractionOperatorNodeOutput
        | UnknownVariant
    )

    type_: Literal["conditional_operator"] = _attrs_field(
        default="conditional_operator",
        kw_only=True,
        alias="type",
        validator=types.tag("AstConditionalOperatorNodeOutput", "type", "conditional_operator"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "condition",
        "trueExpression",
        "falseExpression",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "conditional_operator")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        condition: Any
        try:
            if (
                isinstance(self.condition, AstStringNodeOutput)
                or isinstance(self.condition, AstNumberNodeOutput)
                or isinstance(self.condition, AstBooleanNodeOutput)
                or isinstance(self.condition, AstNullNodeOutput)
                or isinstance(self.condition, AstllmNodeOutput)
                or isinstance(self.condition, AstDynamicVariableNodeOutput)
                or isinstance(self.condition, AstOrOperatorNodeOutput)
                or isinstance(self.condition, AstAndOperatorNodeOutput)
                or isinstance(self.condition, AstEqualsOperatorNodeOutput)
                or isinstance(self.condition, AstNotEqualsOperatorNodeOutput)
                or isinstance(self.condition, AstGreaterThanOperatorNodeOutput)
                or isinstance(self.condition, AstLessThanOperatorNodeOutput)
                or isinstance(self.condition, AstGreaterThanOrEqualsOperatorNodeOutput)
                or isinstance(self.condition, AstLessThanOrEqualsOperatorNodeOutput)
                or isinstance(self.condition, AstAdditionOperatorNodeOutput)
                or isinstance(self.condition, AstSubtractionOperatorNodeOutput)
                or isinstance(self.condition, AstMultiplicationOperatorNodeOutput)
                or isinstance(self.condition, AstDivisionOperatorNodeOutput)
                or isinstance(self.condition, AstConditionalOperatorNodeOutput)
                or isinstance(self.condition, UnknownVariant)
            ):
                condition = self.condition.to_dict()
            else:
                condition = self.condition

        except (AttributeError, TypeError):
            condition = self.condition

        true_expression: Any
        try:
            if (
                isinstance(self.true_expression, AstStringNodeOutput)
                or isinstance(self.true_expression, AstNumberNodeOutput)
                or isinstance(self.true_expression, AstBooleanNodeOutput)
                or isinstance(self.true_expression, AstNullNodeOutput)
                or isinstance(self.true_expression, AstllmNodeOutput)
                or isinstance(self.true_expression, AstDynamicVariableNodeOutput)
                or isinstance(self.true_expression, AstOrOperatorNodeOutput)
                or isinstance(self.true_expression, AstAndOperatorNodeOutput)
                or isinstance(self.true_expression, AstEqualsOperatorNodeOutput)
                or isinstance(self.true_expression, AstNotEqualsOperatorNodeOutput)
                or isinstance(self.true_expression, AstGreaterThanOperatorNodeOutput)
                or isinstance(self.true_expression, AstLessThanOperatorNodeOutput)
                or isinstance(self.true_expression, AstGreaterThanOrEqualsOperatorNodeOutput)
                or isinstance(self.true_expression, AstLessThanOrEqualsOperatorNodeOutput)
                or isinstance(self.true_expression, AstAdditionOperatorNodeOutput)
                or isinstance(self.true_expression, AstSubtractionOperatorNodeOutput)
                or isinstance(self.true_expression, AstMultiplicationOperatorNodeOutput)
                or isinstance(self.true_expression, AstDivisionOperatorNodeOutput)
                or isinstance(self.true_expression, AstConditionalOperatorNodeOutput)
                or isinstance(self.true_expression, UnknownVariant)
            ):
                true_expression = self.true_expression.to_dict()
            else:
                true_expression = self.true_expression

        except (AttributeError, TypeError):
            true_expression = self.true_expression

        false_expression: Any
        try:
            if (
                isinstance(self.false_expression, AstStringNodeOutput)
                or isinstance(self.false_expression, AstNumberNodeOutput)
                or isinstance(self.false_expression, AstBooleanNodeOutput)
                or isinstance(self.false_expression, AstNullNodeOutput)
                or isinstance(self.false_expression, AstllmNodeOutput)
                or isinstance(self.false_expression, AstDynamicVariableNodeOutput)
                or isinstance(self.false_expression, AstOrOperatorNodeOutput)
                or isinstance(self.false_expression, AstAndOperatorNodeOutput)
                or isinstance(self.false_expression, AstEqualsOperatorNodeOutput)
                or isinstance(self.false_expression, AstNotEqualsOperatorNodeOutput)
                or isinstance(self.false_expression, AstGreaterThanOperatorNodeOutput)
                or isinstance(self.false_expression, AstLessThanOperatorNodeOutput)
                or isinstance(self.false_expression, AstGreaterThanOrEqualsOperatorNodeOutput)
                or isinstance(self.false_expression, AstLessThanOrEqualsOperatorNodeOutput)
                or isinstance(self.false_expression, AstAdditionOperatorNodeOutput)
                or isinstance(self.false_expression, AstSubtractionOperatorNodeOutput)
                or isinstance(self.false_expression, AstMultiplicationOperatorNodeOutput)
                or isinstance(self.false_expression, AstDivisionOperatorNodeOutput)
                or isinstance(self.false_expression, AstConditionalOperatorNodeOutput)
                or isinstance(self.false_expression, UnknownVariant)
            ):
                false_expression = self.false_expression.to_dict()
            else:
                false_expression = self.false_expression

        except (AttributeError, TypeError):
            false_expression = self.false_expression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if condition is not None or "condition" not in self._missing_fields:
            field_dict["condition"] = condition
        if true_expression is not None or "trueExpression" not in self._missing_fields:
            field_dict["trueExpression"] = true_expression
        if false_expression is not None or "falseExpression" not in self._missing_fields:
            field_dict["falseExpression"] = false_expression
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        ast_conditional_operator_node_output = cls.__new__(cls)
        ast_conditional_operator_node_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return ast_conditional_operator_node_output

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


def _read_type_(cls: type[AstConditionalOperatorNodeOutput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["conditional_operator"], type__raw)
    if type_ != "conditional_operator":
        raise ValueError(f"type must match const 'conditional_operator', got '{type_}'")

    return type_


def _read_condition(cls: type[AstConditionalOperatorNodeOutput], d: Mapping[str, Any]) -> Any:
    condition_raw = d.get("condition", MISSING)
    if condition_raw is MISSING:
        condition = missing_field(cls, "condition")
    else:
        try:

            def _parse_condition(
                data: object,
            ) -> (
                AstAdditionOperatorNodeOutput
                | AstAndOperatorNodeOutput
                | AstBooleanNodeOutput
                | AstConditionalOperatorNodeOutput
                | AstDivisionOperatorNodeOutput
                | AstDynamicVariableNodeOutput
                | AstEqualsOperatorNodeOutput
                | AstGreaterThanOperatorNodeOutput
                | AstGreaterThanOrEqualsOperatorNodeOutput
                | AstLessThanOperatorNodeOutput
                | AstLessThanOrEqualsOperatorNodeOutput
                | AstllmNodeOutput
                | AstMultiplicationOperatorNodeOutput
                | AstNotEqualsOperatorNodeOutput
                | AstNullNodeOutput
                | AstNumberNodeOutput
                | AstOrOperatorNodeOutput
                | AstStringNodeOutput
                | AstSubtractionOperatorNodeOutput
                | UnknownVariant
            ):
                return parse_strictly(_parse_condition_member, data)

            def _parse_condition_member(
                data: object,
            ) -> (
                AstAdditionOperatorNodeOutput
                | AstAndOperatorNodeOutput
                | AstBooleanNodeOutput
                | AstConditionalOperatorNodeOutput
                | AstDivisionOperatorNodeOutput
                | AstDynamicVariableNodeOutput
                | AstEqualsOperatorNodeOutput
                | AstGreaterThanOperatorNodeOutput
                | AstGreaterThanOrEqualsOperatorNodeOutput
                | AstLessThanOperatorNodeOutput
                | AstLessThanOrEqualsOperatorNodeOutput
                | AstllmNodeOutput
                | AstMultiplicationOperatorNodeOutput
                | AstNotEqualsOperatorNodeOutput
                | AstNullNodeOutput
                | AstNumberNodeOutput
                | AstOrOperatorNodeOutput
                | AstStringNodeOutput
                | AstSubtractionOperatorNodeOutput
                | UnknownVariant
            ):
                if isinstance(data, dict):
                    for known in (
                        AstStringNodeOutput,
                        AstNumberNodeOutput,
                        AstBooleanNodeOutput,
                        AstNullNodeOutput,
                        AstllmNodeOutput,
                        AstDynamicVariableNodeOutput,
                        AstOrOperatorNodeOutput,
                        AstAndOperatorNodeOutput,
                        AstEqualsOperatorNodeOutput,
                        AstNotEqualsOperatorNodeOutput,
                        AstGreaterThanOperatorNodeOutput,
                        AstLessThanOperatorNodeOutput,
                        AstGreaterThanOrEqualsOperatorNodeOutput,
                        AstLessThanOrEqualsOperatorNodeOutput,
                        AstAdditionOperatorNodeOutput,
                        AstSubtractionOperatorNodeOutput,
                        AstMultiplicationOperatorNodeOutput,
                        AstDivisionOperatorNodeOutput,
                        AstConditionalOperatorNodeOutput,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_0 = AstStringNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_1 = AstNumberNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_2 = AstBooleanNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_3 = AstNullNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_4 = AstllmNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_5 = AstDynamicVariableNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_6 = AstOrOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_7 = AstAndOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_8 = AstEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_9 = AstNotEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_10 = AstGreaterThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_11 = AstLessThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_12 = AstGreaterThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_13 = AstLessThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_14 = AstAdditionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_15 = AstSubtractionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_16 = AstMultiplicationOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_17 = AstDivisionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_18 = AstConditionalOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_ast_node_output_type_19 = UnknownVariant.from_dict(data)

                return componentsschemas_ast_node_output_type_19

            condition = _parse_condition(condition_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            condition = deviating_field(cls, "condition", condition_raw)

    return condition


def _read_true_expression(cls: type[AstConditionalOperatorNodeOutput], d: Mapping[str, Any]) -> Any:
    true_expression_raw = d.get("trueExpression", MISSING)
    if true_expression_raw is MISSING:
        true_expression = missing_field(cls, "trueExpression")
    else:
        try:

            def _parse_true_expression(
                data: object,
            ) -> (
                AstAdditionOperatorNodeOutput
                | AstAndOperatorNodeOutput
                | AstBooleanNodeOutput
                | AstConditionalOperatorNodeOutput
                | AstDivisionOperatorNodeOutput
                | AstDynamicVariableNodeOutput
                | AstEqualsOperatorNodeOutput
                | AstGreaterThanOperatorNodeOutput
                | AstGreaterThanOrEqualsOperatorNodeOutput
                | AstLessThanOperatorNodeOutput
                | AstLessThanOrEqualsOperatorNodeOutput
                | AstllmNodeOutput
                | AstMultiplicationOperatorNodeOutput
                | AstNotEqualsOperatorNodeOutput
                | AstNullNodeOutput
                | AstNumberNodeOutput
                | AstOrOperatorNodeOutput
                | AstStringNodeOutput
                | AstSubtractionOperatorNodeOutput
                | UnknownVariant
            ):
                return parse_strictly(_parse_true_expression_member, data)

            def _parse_true_expression_member(
                data: object,
            ) -> (
                AstAdditionOperatorNodeOutput
                | AstAndOperatorNodeOutput
                | AstBooleanNodeOutput
                | AstConditionalOperatorNodeOutput
                | AstDivisionOperatorNodeOutput
                | AstDynamicVariableNodeOutput
                | AstEqualsOperatorNodeOutput
                | AstGreaterThanOperatorNodeOutput
                | AstGreaterThanOrEqualsOperatorNodeOutput
                | AstLessThanOperatorNodeOutput
                | AstLessThanOrEqualsOperatorNodeOutput
                | AstllmNodeOutput
                | AstMultiplicationOperatorNodeOutput
                | AstNotEqualsOperatorNodeOutput
                | AstNullNodeOutput
                | AstNumberNodeOutput
                | AstOrOperatorNodeOutput
                | AstStringNodeOutput
                | AstSubtractionOperatorNodeOutput
                | UnknownVariant
            ):
                if isinstance(data, dict):
                    for known in (
                        AstStringNodeOutput,
                        AstNumberNodeOutput,
                        AstBooleanNodeOutput,
                        AstNullNodeOutput,
                        AstllmNodeOutput,
                        AstDynamicVariableNodeOutput,
                        AstOrOperatorNodeOutput,
                        AstAndOperatorNodeOutput,
                        AstEqualsOperatorNodeOutput,
                        AstNotEqualsOperatorNodeOutput,
                        AstGreaterThanOperatorNodeOutput,
                        AstLessThanOperatorNodeOutput,
                        AstGreaterThanOrEqualsOperatorNodeOutput,
                        AstLessThanOrEqualsOperatorNodeOutput,
                        AstAdditionOperatorNodeOutput,
                        AstSubtractionOperatorNodeOutput,
                        AstMultiplicationOperatorNodeOutput,
                        AstDivisionOperatorNodeOutput,
                        AstConditionalOperatorNodeOutput,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_0 = AstStringNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_1 = AstNumberNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_2 = AstBooleanNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_3 = AstNullNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_4 = AstllmNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_5 = AstDynamicVariableNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_6 = AstOrOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_7 = AstAndOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_8 = AstEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_9 = AstNotEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_10 = AstGreaterThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_11 = AstLessThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_12 = AstGreaterThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_13 = AstLessThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_14 = AstAdditionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_15 = AstSubtractionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_16 = AstMultiplicationOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_17 = AstDivisionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_18 = AstConditionalOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_ast_node_output_type_19 = UnknownVariant.from_dict(data)

                return componentsschemas_ast_node_output_type_19

            true_expression = _parse_true_expression(true_expression_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            true_expression = deviating_field(cls, "trueExpression", true_expression_raw)

    return true_expression


def _read_false_expression(cls: type[AstConditionalOperatorNodeOutput], d: Mapping[str, Any]) -> Any:
    false_expression_raw = d.get("falseExpression", MISSING)
    if false_expression_raw is MISSING:
        false_expression = missing_field(cls, "falseExpression")
    else:
        try:

            def _parse_false_expression(
                data: object,
            ) -> (
                AstAdditionOperatorNodeOutput
                | AstAndOperatorNodeOutput
                | AstBooleanNodeOutput
                | AstConditionalOperatorNodeOutput
                | AstDivisionOperatorNodeOutput
                | AstDynamicVariableNodeOutput
                | AstEqualsOperatorNodeOutput
                | AstGreaterThanOperatorNodeOutput
                | AstGreaterThanOrEqualsOperatorNodeOutput
                | AstLessThanOperatorNodeOutput
                | AstLessThanOrEqualsOperatorNodeOutput
                | AstllmNodeOutput
                | AstMultiplicationOperatorNodeOutput
                | AstNotEqualsOperatorNodeOutput
                | AstNullNodeOutput
                | AstNumberNodeOutput
                | AstOrOperatorNodeOutput
                | AstStringNodeOutput
                | AstSubtractionOperatorNodeOutput
                | UnknownVariant
            ):
                return parse_strictly(_parse_false_expression_member, data)

            def _parse_false_expression_member(
                data: object,
            ) -> (
                AstAdditionOperatorNodeOutput
                | AstAndOperatorNodeOutput
                | AstBooleanNodeOutput
                | AstConditionalOperatorNodeOutput
                | AstDivisionOperatorNodeOutput
                | AstDynamicVariableNodeOutput
                | AstEqualsOperatorNodeOutput
                | AstGreaterThanOperatorNodeOutput
                | AstGreaterThanOrEqualsOperatorNodeOutput
                | AstLessThanOperatorNodeOutput
                | AstLessThanOrEqualsOperatorNodeOutput
                | AstllmNodeOutput
                | AstMultiplicationOperatorNodeOutput
                | AstNotEqualsOperatorNodeOutput
                | AstNullNodeOutput
                | AstNumberNodeOutput
                | AstOrOperatorNodeOutput
                | AstStringNodeOutput
                | AstSubtractionOperatorNodeOutput
                | UnknownVariant
            ):
                if isinstance(data, dict):
                    for known in (
                        AstStringNodeOutput,
                        AstNumberNodeOutput,
                        AstBooleanNodeOutput,
                        AstNullNodeOutput,
                        AstllmNodeOutput,
                        AstDynamicVariableNodeOutput,
                        AstOrOperatorNodeOutput,
                        AstAndOperatorNodeOutput,
                        AstEqualsOperatorNodeOutput,
                        AstNotEqualsOperatorNodeOutput,
                        AstGreaterThanOperatorNodeOutput,
                        AstLessThanOperatorNodeOutput,
                        AstGreaterThanOrEqualsOperatorNodeOutput,
                        AstLessThanOrEqualsOperatorNodeOutput,
                        AstAdditionOperatorNodeOutput,
                        AstSubtractionOperatorNodeOutput,
                        AstMultiplicationOperatorNodeOutput,
                        AstDivisionOperatorNodeOutput,
                        AstConditionalOperatorNodeOutput,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_0 = AstStringNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_1 = AstNumberNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_2 = AstBooleanNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_3 = AstNullNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_4 = AstllmNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_5 = AstDynamicVariableNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_6 = AstOrOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_7 = AstAndOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_8 = AstEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_9 = AstNotEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_10 = AstGreaterThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_11 = AstLessThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_12 = AstGreaterThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_13 = AstLessThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_14 = AstAdditionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_15 = AstSubtractionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_16 = AstMultiplicationOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_17 = AstDivisionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_18 = AstConditionalOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_ast_node_output_type_19 = UnknownVariant.from_dict(data)

                return componentsschemas_ast_node_output_type_19

            false_expression = _parse_false_expression(false_expression_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            false_expression = deviating_field(cls, "falseExpression", false_expression_raw)

    return false_expression


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "condition",
        "trueExpression",
        "falseExpression",
    )
)


def _read_additional_properties(cls: type[AstConditionalOperatorNodeOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AstConditionalOperatorNodeOutput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    if "condition" in known:
        condition = known["condition"]
    else:
        condition = _read_condition(cls, d)

    if "true_expression" in known:
        true_expression = known["true_expression"]
    else:
        true_expression = _read_true_expression(cls, d)

    if "false_expression" in known:
        false_expression = known["false_expression"]
    else:
        false_expression = _read_false_expression(cls, d)

    return {
        "type_": type_,
        "condition": condition,
        "true_expression": true_expression,
        "false_expression": false_expression,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AstConditionalOperatorNodeOutput, type_="type")

set_readers(
    AstConditionalOperatorNodeOutput,
    _all_fields,
    {
        "type_": _read_type_,
        "condition": _read_condition,
        "true_expression": _read_true_expression,
        "false_expression": _read_false_expression,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.ast_addition_operator_node_output import AstAdditionOperatorNodeOutput
from ..models.ast_and_operator_node_output import AstAndOperatorNodeOutput
from ..models.ast_boolean_node_output import AstBooleanNodeOutput
from ..models.ast_division_operator_node_output import AstDivisionOperatorNodeOutput
from ..models.ast_dynamic_variable_node_output import AstDynamicVariableNodeOutput
from ..models.ast_equals_operator_node_output import AstEqualsOperatorNodeOutput
from ..models.ast_greater_than_operator_node_output import AstGreaterThanOperatorNodeOutput
from ..models.ast_greater_than_or_equals_operator_node_output import AstGreaterThanOrEqualsOperatorNodeOutput
from ..models.ast_less_than_operator_node_output import AstLessThanOperatorNodeOutput
from ..models.ast_less_than_or_equals_operator_node_output import AstLessThanOrEqualsOperatorNodeOutput
from ..models.ast_multiplication_operator_node_output import AstMultiplicationOperatorNodeOutput
from ..models.ast_not_equals_operator_node_output import AstNotEqualsOperatorNodeOutput
from ..models.ast_null_node_output import AstNullNodeOutput
from ..models.ast_number_node_output import AstNumberNodeOutput
from ..models.ast_or_operator_node_output import AstOrOperatorNodeOutput
from ..models.ast_string_node_output import AstStringNodeOutput
from ..models.ast_subtraction_operator_node_output import AstSubtractionOperatorNodeOutput
from ..models.astllm_node_output import AstllmNodeOutput
from ..models.unknown_variant import UnknownVariant
