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

T = TypeVar("T", bound="ASTConditionalOperatorNodeOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ASTConditionalOperatorNodeOutput(Lazy):
    """Attributes:
    type_ (Literal['conditional_operator']):  Default: 'conditional_operator'.
    condition (ASTAdditionOperatorNodeOutput | ASTAndOperatorNodeOutput | ASTBooleanNodeOutput |
        ASTConditionalOperatorNodeOutput | ASTDivisionOperatorNodeOutput | ASTDynamicVariableNodeOutput |
        ASTEqualsOperatorNodeOutput | ASTGreaterThanOperatorNodeOutput | ASTGreaterThanOrEqualsOperatorNodeOutput |
        ASTLessThanOperatorNodeOutput | ASTLessThanOrEqualsOperatorNodeOutput | ASTLLMNode |
        ASTMultiplicationOperatorNodeOutput | ASTNotEqualsOperatorNodeOutput | ASTNullNodeOutput | ASTNumberNodeOutput |
        ASTOrOperatorNodeOutput | ASTStringNodeOutput | ASTSubtractionOperatorNodeOutput | UnknownVariant):
    true_expression (ASTAdditionOperatorNodeOutput | ASTAndOperatorNodeOutput | ASTBooleanNodeOutput |
        ASTConditionalOperatorNodeOutput | ASTDivisionOperatorNodeOutput | ASTDynamicVariableNodeOutput |
        ASTEqualsOperatorNodeOutput | ASTGreaterThanOperatorNodeOutput | ASTGreaterThanOrEqualsOperatorNodeOutput |
        ASTLessThanOperatorNodeOutput | ASTLessThanOrEqualsOperatorNodeOutput | ASTLLMNode |
        ASTMultiplicationOperatorNodeOutput | ASTNotEqualsOperatorNodeOutput | ASTNullNodeOutput | ASTNumberNodeOutput |
        ASTOrOperatorNodeOutput | ASTStringNodeOutput | ASTSubtractionOperatorNodeOutput | UnknownVariant):
    false_expression (ASTAdditionOperatorNodeOutput | ASTAndOperatorNodeOutput | ASTBooleanNodeOutput |
        ASTConditionalOperatorNodeOutput | ASTDivisionOperatorNodeOutput | ASTDynamicVariableNodeOutput |
        ASTEqualsOperatorNodeOutput | ASTGreaterThanOperatorNodeOutput | ASTGreaterThanOrEqualsOperatorNodeOutput |
        ASTLessThanOperatorNodeOutput | ASTLessThanOrEqualsOperatorNodeOutput | ASTLLMNode |
        ASTMultiplicationOperatorNodeOutput | ASTNotEqualsOperatorNodeOutput | ASTNullNodeOutput | ASTNumberNodeOutput |
        ASTOrOperatorNodeOutput | ASTStringNodeOutput | ASTSubtractionOperatorNodeOutput | UnknownVariant):
    """

    condition: (
        ASTAdditionOperatorNodeOutput
        | ASTAndOperatorNodeOutput
        | ASTBooleanNodeOutput
        | ASTConditionalOperatorNodeOutput
        | ASTDivisionOperatorNodeOutput
        | ASTDynamicVariableNodeOutput
        | ASTEqualsOperatorNodeOutput
        | ASTGreaterThanOperatorNodeOutput
        | ASTGreaterThanOrEqualsOperatorNodeOutput
        | ASTLessThanOperatorNodeOutput
        | ASTLessThanOrEqualsOperatorNodeOutput
        | ASTLLMNode
        | ASTMultiplicationOperatorNodeOutput
        | ASTNotEqualsOperatorNodeOutput
        | ASTNullNodeOutput
        | ASTNumberNodeOutput
        | ASTOrOperatorNodeOutput
        | ASTStringNodeOutput
        | ASTSubtractionOperatorNodeOutput
        | UnknownVariant
    )

    true_expression: (
        ASTAdditionOperatorNodeOutput
        | ASTAndOperatorNodeOutput
        | ASTBooleanNodeOutput
        | ASTConditionalOperatorNodeOutput
        | ASTDivisionOperatorNodeOutput
        | ASTDynamicVariableNodeOutput
        | ASTEqualsOperatorNodeOutput
        | ASTGreaterThanOperatorNodeOutput
        | ASTGreaterThanOrEqualsOperatorNodeOutput
        | ASTLessThanOperatorNodeOutput
        | ASTLessThanOrEqualsOperatorNodeOutput
        | ASTLLMNode
        | ASTMultiplicationOperatorNodeOutput
        | ASTNotEqualsOperatorNodeOutput
        | ASTNullNodeOutput
        | ASTNumberNodeOutput
        | ASTOrOperatorNodeOutput
        | ASTStringNodeOutput
        | ASTSubtractionOperatorNodeOutput
        | UnknownVariant
    )

    false_expression: (
        ASTAdditionOperatorNodeOutput
        | ASTAndOperatorNodeOutput
        | ASTBooleanNodeOutput
        | ASTConditionalOperatorNodeOutput
        | ASTDivisionOperatorNodeOutput
        | ASTDynamicVariableNodeOutput
        | ASTEqualsOperatorNodeOutput
        | ASTGreaterThanOperatorNodeOutput
        | ASTGreaterThanOrEqualsOperatorNodeOutput
        | ASTLessThanOperatorNodeOutput
        | ASTLessThanOrEqualsOperatorNodeOutput
        | ASTLLMNode
        | ASTMultiplicationOperatorNodeOutput
        | ASTNotEqualsOperatorNodeOutput
        | ASTNullNodeOutput
        | ASTNumberNodeOutput
        | ASTOrOperatorNodeOutput
        | ASTStringNodeOutput
        | ASTSubtractionOperatorNodeOutput
        | UnknownVariant
    )

    type_: Literal["conditional_operator"] = _attrs_field(
        default="conditional_operator",
        kw_only=True,
        alias="type",
        validator=types.tag("ASTConditionalOperatorNodeOutput", "type", "conditional_operator"),
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
                isinstance(self.condition, ASTStringNodeOutput)
                or isinstance(self.condition, ASTNumberNodeOutput)
                or isinstance(self.condition, ASTBooleanNodeOutput)
                or isinstance(self.condition, ASTNullNodeOutput)
                or isinstance(self.condition, ASTLLMNode)
                or isinstance(self.condition, ASTDynamicVariableNodeOutput)
                or isinstance(self.condition, ASTOrOperatorNodeOutput)
                or isinstance(self.condition, ASTAndOperatorNodeOutput)
                or isinstance(self.condition, ASTEqualsOperatorNodeOutput)
                or isinstance(self.condition, ASTNotEqualsOperatorNodeOutput)
                or isinstance(self.condition, ASTGreaterThanOperatorNodeOutput)
                or isinstance(self.condition, ASTLessThanOperatorNodeOutput)
                or isinstance(self.condition, ASTGreaterThanOrEqualsOperatorNodeOutput)
                or isinstance(self.condition, ASTLessThanOrEqualsOperatorNodeOutput)
                or isinstance(self.condition, ASTAdditionOperatorNodeOutput)
                or isinstance(self.condition, ASTSubtractionOperatorNodeOutput)
                or isinstance(self.condition, ASTMultiplicationOperatorNodeOutput)
                or isinstance(self.condition, ASTDivisionOperatorNodeOutput)
                or isinstance(self.condition, ASTConditionalOperatorNodeOutput)
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
                isinstance(self.true_expression, ASTStringNodeOutput)
                or isinstance(self.true_expression, ASTNumberNodeOutput)
                or isinstance(self.true_expression, ASTBooleanNodeOutput)
                or isinstance(self.true_expression, ASTNullNodeOutput)
                or isinstance(self.true_expression, ASTLLMNode)
                or isinstance(self.true_expression, ASTDynamicVariableNodeOutput)
                or isinstance(self.true_expression, ASTOrOperatorNodeOutput)
                or isinstance(self.true_expression, ASTAndOperatorNodeOutput)
                or isinstance(self.true_expression, ASTEqualsOperatorNodeOutput)
                or isinstance(self.true_expression, ASTNotEqualsOperatorNodeOutput)
                or isinstance(self.true_expression, ASTGreaterThanOperatorNodeOutput)
                or isinstance(self.true_expression, ASTLessThanOperatorNodeOutput)
                or isinstance(self.true_expression, ASTGreaterThanOrEqualsOperatorNodeOutput)
                or isinstance(self.true_expression, ASTLessThanOrEqualsOperatorNodeOutput)
                or isinstance(self.true_expression, ASTAdditionOperatorNodeOutput)
                or isinstance(self.true_expression, ASTSubtractionOperatorNodeOutput)
                or isinstance(self.true_expression, ASTMultiplicationOperatorNodeOutput)
                or isinstance(self.true_expression, ASTDivisionOperatorNodeOutput)
                or isinstance(self.true_expression, ASTConditionalOperatorNodeOutput)
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
                isinstance(self.false_expression, ASTStringNodeOutput)
                or isinstance(self.false_expression, ASTNumberNodeOutput)
                or isinstance(self.false_expression, ASTBooleanNodeOutput)
                or isinstance(self.false_expression, ASTNullNodeOutput)
                or isinstance(self.false_expression, ASTLLMNode)
                or isinstance(self.false_expression, ASTDynamicVariableNodeOutput)
                or isinstance(self.false_expression, ASTOrOperatorNodeOutput)
                or isinstance(self.false_expression, ASTAndOperatorNodeOutput)
                or isinstance(self.false_expression, ASTEqualsOperatorNodeOutput)
                or isinstance(self.false_expression, ASTNotEqualsOperatorNodeOutput)
                or isinstance(self.false_expression, ASTGreaterThanOperatorNodeOutput)
                or isinstance(self.false_expression, ASTLessThanOperatorNodeOutput)
                or isinstance(self.false_expression, ASTGreaterThanOrEqualsOperatorNodeOutput)
                or isinstance(self.false_expression, ASTLessThanOrEqualsOperatorNodeOutput)
                or isinstance(self.false_expression, ASTAdditionOperatorNodeOutput)
                or isinstance(self.false_expression, ASTSubtractionOperatorNodeOutput)
                or isinstance(self.false_expression, ASTMultiplicationOperatorNodeOutput)
                or isinstance(self.false_expression, ASTDivisionOperatorNodeOutput)
                or isinstance(self.false_expression, ASTConditionalOperatorNodeOutput)
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


def _read_type_(cls: type[ASTConditionalOperatorNodeOutput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["conditional_operator"], type__raw)
    if type_ != "conditional_operator":
        raise ValueError(f"type must match const 'conditional_operator', got '{type_}'")

    return type_


def _read_condition(cls: type[ASTConditionalOperatorNodeOutput], d: Mapping[str, Any]) -> Any:
    condition_raw = d.get("condition", MISSING)
    if condition_raw is MISSING:
        condition = missing_field(cls, "condition")
    else:
        try:

            def _parse_condition(
                data: object,
            ) -> (
                ASTAdditionOperatorNodeOutput
                | ASTAndOperatorNodeOutput
                | ASTBooleanNodeOutput
                | ASTConditionalOperatorNodeOutput
                | ASTDivisionOperatorNodeOutput
                | ASTDynamicVariableNodeOutput
                | ASTEqualsOperatorNodeOutput
                | ASTGreaterThanOperatorNodeOutput
                | ASTGreaterThanOrEqualsOperatorNodeOutput
                | ASTLessThanOperatorNodeOutput
                | ASTLessThanOrEqualsOperatorNodeOutput
                | ASTLLMNode
                | ASTMultiplicationOperatorNodeOutput
                | ASTNotEqualsOperatorNodeOutput
                | ASTNullNodeOutput
                | ASTNumberNodeOutput
                | ASTOrOperatorNodeOutput
                | ASTStringNodeOutput
                | ASTSubtractionOperatorNodeOutput
                | UnknownVariant
            ):
                return parse_strictly(_parse_condition_member, data)

            def _parse_condition_member(
                data: object,
            ) -> (
                ASTAdditionOperatorNodeOutput
                | ASTAndOperatorNodeOutput
                | ASTBooleanNodeOutput
                | ASTConditionalOperatorNodeOutput
                | ASTDivisionOperatorNodeOutput
                | ASTDynamicVariableNodeOutput
                | ASTEqualsOperatorNodeOutput
                | ASTGreaterThanOperatorNodeOutput
                | ASTGreaterThanOrEqualsOperatorNodeOutput
                | ASTLessThanOperatorNodeOutput
                | ASTLessThanOrEqualsOperatorNodeOutput
                | ASTLLMNode
                | ASTMultiplicationOperatorNodeOutput
                | ASTNotEqualsOperatorNodeOutput
                | ASTNullNodeOutput
                | ASTNumberNodeOutput
                | ASTOrOperatorNodeOutput
                | ASTStringNodeOutput
                | ASTSubtractionOperatorNodeOutput
                | UnknownVariant
            ):
                if isinstance(data, dict):
                    for known in (
                        ASTStringNodeOutput,
                        ASTNumberNodeOutput,
                        ASTBooleanNodeOutput,
                        ASTNullNodeOutput,
                        ASTLLMNode,
                        ASTDynamicVariableNodeOutput,
                        ASTOrOperatorNodeOutput,
                        ASTAndOperatorNodeOutput,
                        ASTEqualsOperatorNodeOutput,
                        ASTNotEqualsOperatorNodeOutput,
                        ASTGreaterThanOperatorNodeOutput,
                        ASTLessThanOperatorNodeOutput,
                        ASTGreaterThanOrEqualsOperatorNodeOutput,
                        ASTLessThanOrEqualsOperatorNodeOutput,
                        ASTAdditionOperatorNodeOutput,
                        ASTSubtractionOperatorNodeOutput,
                        ASTMultiplicationOperatorNodeOutput,
                        ASTDivisionOperatorNodeOutput,
                        ASTConditionalOperatorNodeOutput,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_0 = ASTStringNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_1 = ASTNumberNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_2 = ASTBooleanNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_3 = ASTNullNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_4 = ASTLLMNode.from_dict(data)

                    return componentsschemas_ast_node_output_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_5 = ASTDynamicVariableNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_6 = ASTOrOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_7 = ASTAndOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_8 = ASTEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_9 = ASTNotEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_10 = ASTGreaterThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_11 = ASTLessThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_12 = ASTGreaterThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_13 = ASTLessThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_14 = ASTAdditionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_15 = ASTSubtractionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_16 = ASTMultiplicationOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_17 = ASTDivisionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_18 = ASTConditionalOperatorNodeOutput.from_dict(data)

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


def _read_true_expression(cls: type[ASTConditionalOperatorNodeOutput], d: Mapping[str, Any]) -> Any:
    true_expression_raw = d.get("trueExpression", MISSING)
    if true_expression_raw is MISSING:
        true_expression = missing_field(cls, "trueExpression")
    else:
        try:

            def _parse_true_expression(
                data: object,
            ) -> (
                ASTAdditionOperatorNodeOutput
                | ASTAndOperatorNodeOutput
                | ASTBooleanNodeOutput
                | ASTConditionalOperatorNodeOutput
                | ASTDivisionOperatorNodeOutput
                | ASTDynamicVariableNodeOutput
                | ASTEqualsOperatorNodeOutput
                | ASTGreaterThanOperatorNodeOutput
                | ASTGreaterThanOrEqualsOperatorNodeOutput
                | ASTLessThanOperatorNodeOutput
                | ASTLessThanOrEqualsOperatorNodeOutput
                | ASTLLMNode
                | ASTMultiplicationOperatorNodeOutput
                | ASTNotEqualsOperatorNodeOutput
                | ASTNullNodeOutput
                | ASTNumberNodeOutput
                | ASTOrOperatorNodeOutput
                | ASTStringNodeOutput
                | ASTSubtractionOperatorNodeOutput
                | UnknownVariant
            ):
                return parse_strictly(_parse_true_expression_member, data)

            def _parse_true_expression_member(
                data: object,
            ) -> (
                ASTAdditionOperatorNodeOutput
                | ASTAndOperatorNodeOutput
                | ASTBooleanNodeOutput
                | ASTConditionalOperatorNodeOutput
                | ASTDivisionOperatorNodeOutput
                | ASTDynamicVariableNodeOutput
                | ASTEqualsOperatorNodeOutput
                | ASTGreaterThanOperatorNodeOutput
                | ASTGreaterThanOrEqualsOperatorNodeOutput
                | ASTLessThanOperatorNodeOutput
                | ASTLessThanOrEqualsOperatorNodeOutput
                | ASTLLMNode
                | ASTMultiplicationOperatorNodeOutput
                | ASTNotEqualsOperatorNodeOutput
                | ASTNullNodeOutput
                | ASTNumberNodeOutput
                | ASTOrOperatorNodeOutput
                | ASTStringNodeOutput
                | ASTSubtractionOperatorNodeOutput
                | UnknownVariant
            ):
                if isinstance(data, dict):
                    for known in (
                        ASTStringNodeOutput,
                        ASTNumberNodeOutput,
                        ASTBooleanNodeOutput,
                        ASTNullNodeOutput,
                        ASTLLMNode,
                        ASTDynamicVariableNodeOutput,
                        ASTOrOperatorNodeOutput,
                        ASTAndOperatorNodeOutput,
                        ASTEqualsOperatorNodeOutput,
                        ASTNotEqualsOperatorNodeOutput,
                        ASTGreaterThanOperatorNodeOutput,
                        ASTLessThanOperatorNodeOutput,
                        ASTGreaterThanOrEqualsOperatorNodeOutput,
                        ASTLessThanOrEqualsOperatorNodeOutput,
                        ASTAdditionOperatorNodeOutput,
                        ASTSubtractionOperatorNodeOutput,
                        ASTMultiplicationOperatorNodeOutput,
                        ASTDivisionOperatorNodeOutput,
                        ASTConditionalOperatorNodeOutput,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_0 = ASTStringNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_1 = ASTNumberNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_2 = ASTBooleanNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_3 = ASTNullNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_4 = ASTLLMNode.from_dict(data)

                    return componentsschemas_ast_node_output_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_5 = ASTDynamicVariableNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_6 = ASTOrOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_7 = ASTAndOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_8 = ASTEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_9 = ASTNotEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_10 = ASTGreaterThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_11 = ASTLessThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_12 = ASTGreaterThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_13 = ASTLessThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_14 = ASTAdditionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_15 = ASTSubtractionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_16 = ASTMultiplicationOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_17 = ASTDivisionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_18 = ASTConditionalOperatorNodeOutput.from_dict(data)

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


def _read_false_expression(cls: type[ASTConditionalOperatorNodeOutput], d: Mapping[str, Any]) -> Any:
    false_expression_raw = d.get("falseExpression", MISSING)
    if false_expression_raw is MISSING:
        false_expression = missing_field(cls, "falseExpression")
    else:
        try:

            def _parse_false_expression(
                data: object,
            ) -> (
                ASTAdditionOperatorNodeOutput
                | ASTAndOperatorNodeOutput
                | ASTBooleanNodeOutput
                | ASTConditionalOperatorNodeOutput
                | ASTDivisionOperatorNodeOutput
                | ASTDynamicVariableNodeOutput
                | ASTEqualsOperatorNodeOutput
                | ASTGreaterThanOperatorNodeOutput
                | ASTGreaterThanOrEqualsOperatorNodeOutput
                | ASTLessThanOperatorNodeOutput
                | ASTLessThanOrEqualsOperatorNodeOutput
                | ASTLLMNode
                | ASTMultiplicationOperatorNodeOutput
                | ASTNotEqualsOperatorNodeOutput
                | ASTNullNodeOutput
                | ASTNumberNodeOutput
                | ASTOrOperatorNodeOutput
                | ASTStringNodeOutput
                | ASTSubtractionOperatorNodeOutput
                | UnknownVariant
            ):
                return parse_strictly(_parse_false_expression_member, data)

            def _parse_false_expression_member(
                data: object,
            ) -> (
                ASTAdditionOperatorNodeOutput
                | ASTAndOperatorNodeOutput
                | ASTBooleanNodeOutput
                | ASTConditionalOperatorNodeOutput
                | ASTDivisionOperatorNodeOutput
                | ASTDynamicVariableNodeOutput
                | ASTEqualsOperatorNodeOutput
                | ASTGreaterThanOperatorNodeOutput
                | ASTGreaterThanOrEqualsOperatorNodeOutput
                | ASTLessThanOperatorNodeOutput
                | ASTLessThanOrEqualsOperatorNodeOutput
                | ASTLLMNode
                | ASTMultiplicationOperatorNodeOutput
                | ASTNotEqualsOperatorNodeOutput
                | ASTNullNodeOutput
                | ASTNumberNodeOutput
                | ASTOrOperatorNodeOutput
                | ASTStringNodeOutput
                | ASTSubtractionOperatorNodeOutput
                | UnknownVariant
            ):
                if isinstance(data, dict):
                    for known in (
                        ASTStringNodeOutput,
                        ASTNumberNodeOutput,
                        ASTBooleanNodeOutput,
                        ASTNullNodeOutput,
                        ASTLLMNode,
                        ASTDynamicVariableNodeOutput,
                        ASTOrOperatorNodeOutput,
                        ASTAndOperatorNodeOutput,
                        ASTEqualsOperatorNodeOutput,
                        ASTNotEqualsOperatorNodeOutput,
                        ASTGreaterThanOperatorNodeOutput,
                        ASTLessThanOperatorNodeOutput,
                        ASTGreaterThanOrEqualsOperatorNodeOutput,
                        ASTLessThanOrEqualsOperatorNodeOutput,
                        ASTAdditionOperatorNodeOutput,
                        ASTSubtractionOperatorNodeOutput,
                        ASTMultiplicationOperatorNodeOutput,
                        ASTDivisionOperatorNodeOutput,
                        ASTConditionalOperatorNodeOutput,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_0 = ASTStringNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_1 = ASTNumberNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_2 = ASTBooleanNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_3 = ASTNullNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_4 = ASTLLMNode.from_dict(data)

                    return componentsschemas_ast_node_output_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_5 = ASTDynamicVariableNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_6 = ASTOrOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_7 = ASTAndOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_8 = ASTEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_9 = ASTNotEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_10 = ASTGreaterThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_11 = ASTLessThanOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_12 = ASTGreaterThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_13 = ASTLessThanOrEqualsOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_14 = ASTAdditionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_15 = ASTSubtractionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_16 = ASTMultiplicationOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_17 = ASTDivisionOperatorNodeOutput.from_dict(data)

                    return componentsschemas_ast_node_output_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_output_type_18 = ASTConditionalOperatorNodeOutput.from_dict(data)

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


def _read_additional_properties(cls: type[ASTConditionalOperatorNodeOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ASTConditionalOperatorNodeOutput], d: Mapping[str, Any], known: Mapping[str, Any]
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
types.accept_former_names(ASTConditionalOperatorNodeOutput, type_="type")

set_readers(
    ASTConditionalOperatorNodeOutput,
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
from ..models.ast_addition_operator_node_output import ASTAdditionOperatorNodeOutput
from ..models.ast_and_operator_node_output import ASTAndOperatorNodeOutput
from ..models.ast_boolean_node_output import ASTBooleanNodeOutput
from ..models.ast_division_operator_node_output import ASTDivisionOperatorNodeOutput
from ..models.ast_dynamic_variable_node_output import ASTDynamicVariableNodeOutput
from ..models.ast_equals_operator_node_output import ASTEqualsOperatorNodeOutput
from ..models.ast_greater_than_operator_node_output import ASTGreaterThanOperatorNodeOutput
from ..models.ast_greater_than_or_equals_operator_node_output import ASTGreaterThanOrEqualsOperatorNodeOutput
from ..models.ast_less_than_operator_node_output import ASTLessThanOperatorNodeOutput
from ..models.ast_less_than_or_equals_operator_node_output import ASTLessThanOrEqualsOperatorNodeOutput
from ..models.ast_multiplication_operator_node_output import ASTMultiplicationOperatorNodeOutput
from ..models.ast_not_equals_operator_node_output import ASTNotEqualsOperatorNodeOutput
from ..models.ast_null_node_output import ASTNullNodeOutput
from ..models.ast_number_node_output import ASTNumberNodeOutput
from ..models.ast_or_operator_node_output import ASTOrOperatorNodeOutput
from ..models.ast_string_node_output import ASTStringNodeOutput
from ..models.ast_subtraction_operator_node_output import ASTSubtractionOperatorNodeOutput
from ..models.astllm_node import ASTLLMNode
from ..models.unknown_variant import UnknownVariant
