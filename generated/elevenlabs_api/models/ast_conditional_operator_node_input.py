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
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AstConditionalOperatorNodeInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AstConditionalOperatorNodeInput(Lazy):
    """Attributes:
    condition (AstAdditionOperatorNodeInput | AstAndOperatorNodeInput | AstBooleanNodeInput |
        AstConditionalOperatorNodeInput | AstDivisionOperatorNodeInput | AstDynamicVariableNodeInput |
        AstEqualsOperatorNodeInput | AstGreaterThanOperatorNodeInput | AstGreaterThanOrEqualsOperatorNodeInput |
        AstLessThanOperatorNodeInput | AstLessThanOrEqualsOperatorNodeInput | ASTLLMNodePrompt | ASTLLMNodeValueSchema |
        AstMultiplicationOperatorNodeInput | AstNotEqualsOperatorNodeInput | AstNullNodeInput | AstNumberNodeInput |
        AstOrOperatorNodeInput | AstStringNodeInput | AstSubtractionOperatorNodeInput):
    true_expression (AstAdditionOperatorNodeInput | AstAndOperatorNodeInput | AstBooleanNodeInput |
        AstConditionalOperatorNodeInput | AstDivisionOperatorNodeInput | AstDynamicVariableNodeInput |
        AstEqualsOperatorNodeInput | AstGreaterThanOperatorNodeInput | AstGreaterThanOrEqualsOperatorNodeInput |
        AstLessThanOperatorNodeInput | AstLessThanOrEqualsOperatorNodeInput | ASTLLMNodePrompt | ASTLLMNodeValueSchema |
        AstMultiplicationOperatorNodeInput | AstNotEqualsOperatorNodeInput | AstNullNodeInput | AstNumberNodeInput |
        AstOrOperatorNodeInput | AstStringNodeInput | AstSubtractionOperatorNodeInput):
    false_expression (AstAdditionOperatorNodeInput | AstAndOperatorNodeInput | AstBooleanNodeInput |
        AstConditionalOperatorNodeInput | AstDivisionOperatorNodeInput | AstDynamicVariableNodeInput |
        AstEqualsOperatorNodeInput | AstGreaterThanOperatorNodeInput | AstGreaterThanOrEqualsOperatorNodeInput |
        AstLessThanOperatorNodeInput | AstLessThanOrEqualsOperatorNodeInput | ASTLLMNodePrompt | ASTLLMNodeValueSchema |
        AstMultiplicationOperatorNodeInput | AstNotEqualsOperatorNodeInput | AstNullNodeInput | AstNumberNodeInput |
        AstOrOperatorNodeInput | AstStringNodeInput | AstSubtractionOperatorNodeInput):
    type_ (Literal['conditional_operator'] | Unset):  Default: 'conditional_operator'.
    """

    condition: (
        AstAdditionOperatorNodeInput
        | AstAndOperatorNodeInput
        | AstBooleanNodeInput
        | AstConditionalOperatorNodeInput
        | AstDivisionOperatorNodeInput
        | AstDynamicVariableNodeInput
        | AstEqualsOperatorNodeInput
        | AstGreaterThanOperatorNodeInput
        | AstGreaterThanOrEqualsOperatorNodeInput
        | AstLessThanOperatorNodeInput
        | AstLessThanOrEqualsOperatorNodeInput
        | ASTLLMNodePrompt
        | ASTLLMNodeValueSchema
        | AstMultiplicationOperatorNodeInput
        | AstNotEqualsOperatorNodeInput
        | AstNullNodeInput
        | AstNumberNodeInput
        | AstOrOperatorNodeInput
        | AstStringNodeInput
        | AstSubtractionOperatorNodeInput
    )

    true_expression: (
        AstAdditionOperatorNodeInput
        | AstAndOperatorNodeInput
        | AstBooleanNodeInput
        | AstConditionalOperatorNodeInput
        | AstDivisionOperatorNodeInput
        | AstDynamicVariableNodeInput
        | AstEqualsOperatorNodeInput
        | AstGreaterThanOperatorNodeInput
        | AstGreaterThanOrEqualsOperatorNodeInput
        | AstLessThanOperatorNodeInput
        | AstLessThanOrEqualsOperatorNodeInput
        | ASTLLMNodePrompt
        | ASTLLMNodeValueSchema
        | AstMultiplicationOperatorNodeInput
        | AstNotEqualsOperatorNodeInput
        | AstNullNodeInput
        | AstNumberNodeInput
        | AstOrOperatorNodeInput
        | AstStringNodeInput
        | AstSubtractionOperatorNodeInput
    )

    false_expression: (
        AstAdditionOperatorNodeInput
        | AstAndOperatorNodeInput
        | AstBooleanNodeInput
        | AstConditionalOperatorNodeInput
        | AstDivisionOperatorNodeInput
        | AstDynamicVariableNodeInput
        | AstEqualsOperatorNodeInput
        | AstGreaterThanOperatorNodeInput
        | AstGreaterThanOrEqualsOperatorNodeInput
        | AstLessThanOperatorNodeInput
        | AstLessThanOrEqualsOperatorNodeInput
        | ASTLLMNodePrompt
        | ASTLLMNodeValueSchema
        | AstMultiplicationOperatorNodeInput
        | AstNotEqualsOperatorNodeInput
        | AstNullNodeInput
        | AstNumberNodeInput
        | AstOrOperatorNodeInput
        | AstStringNodeInput
        | AstSubtractionOperatorNodeInput
    )

    type_: Literal["conditional_operator"] | Unset = _attrs_field(
        default="conditional_operator",
        kw_only=True,
        alias="type",
        validator=types.tag("AstConditionalOperatorNodeInput", "type", "conditional_operator"),
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
        condition: Any
        try:
            if (
                isinstance(self.condition, AstStringNodeInput)
                or isinstance(self.condition, AstNumberNodeInput)
                or isinstance(self.condition, AstBooleanNodeInput)
                or isinstance(self.condition, AstNullNodeInput)
                or isinstance(self.condition, AstDynamicVariableNodeInput)
                or isinstance(self.condition, AstOrOperatorNodeInput)
                or isinstance(self.condition, AstAndOperatorNodeInput)
                or isinstance(self.condition, AstEqualsOperatorNodeInput)
                or isinstance(self.condition, AstNotEqualsOperatorNodeInput)
                or isinstance(self.condition, AstGreaterThanOperatorNodeInput)
                or isinstance(self.condition, AstLessThanOperatorNodeInput)
                or isinstance(self.condition, AstGreaterThanOrEqualsOperatorNodeInput)
                or isinstance(self.condition, AstLessThanOrEqualsOperatorNodeInput)
                or isinstance(self.condition, AstAdditionOperatorNodeInput)
                or isinstance(self.condition, AstSubtractionOperatorNodeInput)
                or isinstance(self.condition, AstMultiplicationOperatorNodeInput)
                or isinstance(self.condition, AstDivisionOperatorNodeInput)
                or isinstance(self.condition, AstConditionalOperatorNodeInput)
                or isinstance(self.condition, ASTLLMNodeValueSchema)
                or isinstance(self.condition, ASTLLMNodePrompt)
            ):
                condition = self.condition.to_dict()
            else:
                condition = self.condition

        except (AttributeError, TypeError):
            condition = self.condition

        true_expression: Any
        try:
            if (
                isinstance(self.true_expression, AstStringNodeInput)
                or isinstance(self.true_expression, AstNumberNodeInput)
                or isinstance(self.true_expression, AstBooleanNodeInput)
                or isinstance(self.true_expression, AstNullNodeInput)
                or isinstance(self.true_expression, AstDynamicVariableNodeInput)
                or isinstance(self.true_expression, AstOrOperatorNodeInput)
                or isinstance(self.true_expression, AstAndOperatorNodeInput)
                or isinstance(self.true_expression, AstEqualsOperatorNodeInput)
                or isinstance(self.true_expression, AstNotEqualsOperatorNodeInput)
                or isinstance(self.true_expression, AstGreaterThanOperatorNodeInput)
                or isinstance(self.true_expression, AstLessThanOperatorNodeInput)
                or isinstance(self.true_expression, AstGreaterThanOrEqualsOperatorNodeInput)
                or isinstance(self.true_expression, AstLessThanOrEqualsOperatorNodeInput)
                or isinstance(self.true_expression, AstAdditionOperatorNodeInput)
                or isinstance(self.true_expression, AstSubtractionOperatorNodeInput)
                or isinstance(self.true_expression, AstMultiplicationOperatorNodeInput)
                or isinstance(self.true_expression, AstDivisionOperatorNodeInput)
                or isinstance(self.true_expression, AstConditionalOperatorNodeInput)
                or isinstance(self.true_expression, ASTLLMNodeValueSchema)
                or isinstance(self.true_expression, ASTLLMNodePrompt)
            ):
                true_expression = self.true_expression.to_dict()
            else:
                true_expression = self.true_expression

        except (AttributeError, TypeError):
            true_expression = self.true_expression

        false_expression: Any
        try:
            if (
                isinstance(self.false_expression, AstStringNodeInput)
                or isinstance(self.false_expression, AstNumberNodeInput)
                or isinstance(self.false_expression, AstBooleanNodeInput)
                or isinstance(self.false_expression, AstNullNodeInput)
                or isinstance(self.false_expression, AstDynamicVariableNodeInput)
                or isinstance(self.false_expression, AstOrOperatorNodeInput)
                or isinstance(self.false_expression, AstAndOperatorNodeInput)
                or isinstance(self.false_expression, AstEqualsOperatorNodeInput)
                or isinstance(self.false_expression, AstNotEqualsOperatorNodeInput)
                or isinstance(self.false_expression, AstGreaterThanOperatorNodeInput)
                or isinstance(self.false_expression, AstLessThanOperatorNodeInput)
                or isinstance(self.false_expression, AstGreaterThanOrEqualsOperatorNodeInput)
                or isinstance(self.false_expression, AstLessThanOrEqualsOperatorNodeInput)
                or isinstance(self.false_expression, AstAdditionOperatorNodeInput)
                or isinstance(self.false_expression, AstSubtractionOperatorNodeInput)
                or isinstance(self.false_expression, AstMultiplicationOperatorNodeInput)
                or isinstance(self.false_expression, AstDivisionOperatorNodeInput)
                or isinstance(self.false_expression, AstConditionalOperatorNodeInput)
                or isinstance(self.false_expression, ASTLLMNodeValueSchema)
                or isinstance(self.false_expression, ASTLLMNodePrompt)
            ):
                false_expression = self.false_expression.to_dict()
            else:
                false_expression = self.false_expression

        except (AttributeError, TypeError):
            false_expression = self.false_expression

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if condition is not None or "condition" not in self._missing_fields:
            field_dict["condition"] = condition
        if true_expression is not None or "trueExpression" not in self._missing_fields:
            field_dict["trueExpression"] = true_expression
        if false_expression is not None or "falseExpression" not in self._missing_fields:
            field_dict["falseExpression"] = false_expression
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        ast_conditional_operator_node_input = cls.__new__(cls)
        ast_conditional_operator_node_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return ast_conditional_operator_node_input

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


def _read_type_(cls: type[AstConditionalOperatorNodeInput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["conditional_operator"] | Unset, type__raw)
    if type_ != "conditional_operator" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'conditional_operator', got '{type_}'")

    return type_


def _read_condition(cls: type[AstConditionalOperatorNodeInput], d: Mapping[str, Any]) -> Any:
    condition_raw = d.get("condition", MISSING)
    if condition_raw is MISSING:
        condition = missing_field(cls, "condition")
    else:
        try:

            def _parse_condition(
                data: object,
            ) -> (
                AstAdditionOperatorNodeInput
                | AstAndOperatorNodeInput
                | AstBooleanNodeInput
                | AstConditionalOperatorNodeInput
                | AstDivisionOperatorNodeInput
                | AstDynamicVariableNodeInput
                | AstEqualsOperatorNodeInput
                | AstGreaterThanOperatorNodeInput
                | AstGreaterThanOrEqualsOperatorNodeInput
                | AstLessThanOperatorNodeInput
                | AstLessThanOrEqualsOperatorNodeInput
                | ASTLLMNodePrompt
                | ASTLLMNodeValueSchema
                | AstMultiplicationOperatorNodeInput
                | AstNotEqualsOperatorNodeInput
                | AstNullNodeInput
                | AstNumberNodeInput
                | AstOrOperatorNodeInput
                | AstStringNodeInput
                | AstSubtractionOperatorNodeInput
            ):
                return parse_strictly(_parse_condition_member, data)

            def _parse_condition_member(
                data: object,
            ) -> (
                AstAdditionOperatorNodeInput
                | AstAndOperatorNodeInput
                | AstBooleanNodeInput
                | AstConditionalOperatorNodeInput
                | AstDivisionOperatorNodeInput
                | AstDynamicVariableNodeInput
                | AstEqualsOperatorNodeInput
                | AstGreaterThanOperatorNodeInput
                | AstGreaterThanOrEqualsOperatorNodeInput
                | AstLessThanOperatorNodeInput
                | AstLessThanOrEqualsOperatorNodeInput
                | ASTLLMNodePrompt
                | ASTLLMNodeValueSchema
                | AstMultiplicationOperatorNodeInput
                | AstNotEqualsOperatorNodeInput
                | AstNullNodeInput
                | AstNumberNodeInput
                | AstOrOperatorNodeInput
                | AstStringNodeInput
                | AstSubtractionOperatorNodeInput
            ):
                if isinstance(data, dict):
                    for known in (
                        AstStringNodeInput,
                        AstNumberNodeInput,
                        AstBooleanNodeInput,
                        AstNullNodeInput,
                        AstDynamicVariableNodeInput,
                        AstOrOperatorNodeInput,
                        AstAndOperatorNodeInput,
                        AstEqualsOperatorNodeInput,
                        AstNotEqualsOperatorNodeInput,
                        AstGreaterThanOperatorNodeInput,
                        AstLessThanOperatorNodeInput,
                        AstGreaterThanOrEqualsOperatorNodeInput,
                        AstLessThanOrEqualsOperatorNodeInput,
                        AstAdditionOperatorNodeInput,
                        AstSubtractionOperatorNodeInput,
                        AstMultiplicationOperatorNodeInput,
                        AstDivisionOperatorNodeInput,
                        AstConditionalOperatorNodeInput,
                        ASTLLMNodeValueSchema,
                        ASTLLMNodePrompt,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_0 = AstStringNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_1 = AstNumberNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_2 = AstBooleanNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_3 = AstNullNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_4 = AstDynamicVariableNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_5 = AstOrOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_6 = AstAndOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_7 = AstEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_8 = AstNotEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_9 = AstGreaterThanOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_10 = AstLessThanOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_11 = AstGreaterThanOrEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_12 = AstLessThanOrEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_13 = AstAdditionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_14 = AstSubtractionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_15 = AstMultiplicationOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_16 = AstDivisionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_17 = AstConditionalOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_astllm_node_input_astllm_node_value_schema = ASTLLMNodeValueSchema.from_dict(data)

                    return componentsschemas_astllm_node_input_astllm_node_value_schema
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_astllm_node_input_astllm_node_prompt = ASTLLMNodePrompt.from_dict(data)

                return componentsschemas_astllm_node_input_astllm_node_prompt

            condition = _parse_condition(condition_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            condition = deviating_field(cls, "condition", condition_raw)

    return condition


def _read_true_expression(cls: type[AstConditionalOperatorNodeInput], d: Mapping[str, Any]) -> Any:
    true_expression_raw = d.get("trueExpression", MISSING)
    if true_expression_raw is MISSING:
        true_expression = missing_field(cls, "trueExpression")
    else:
        try:

            def _parse_true_expression(
                data: object,
            ) -> (
                AstAdditionOperatorNodeInput
                | AstAndOperatorNodeInput
                | AstBooleanNodeInput
                | AstConditionalOperatorNodeInput
                | AstDivisionOperatorNodeInput
                | AstDynamicVariableNodeInput
                | AstEqualsOperatorNodeInput
                | AstGreaterThanOperatorNodeInput
                | AstGreaterThanOrEqualsOperatorNodeInput
                | AstLessThanOperatorNodeInput
                | AstLessThanOrEqualsOperatorNodeInput
                | ASTLLMNodePrompt
                | ASTLLMNodeValueSchema
                | AstMultiplicationOperatorNodeInput
                | AstNotEqualsOperatorNodeInput
                | AstNullNodeInput
                | AstNumberNodeInput
                | AstOrOperatorNodeInput
                | AstStringNodeInput
                | AstSubtractionOperatorNodeInput
            ):
                return parse_strictly(_parse_true_expression_member, data)

            def _parse_true_expression_member(
                data: object,
            ) -> (
                AstAdditionOperatorNodeInput
                | AstAndOperatorNodeInput
                | AstBooleanNodeInput
                | AstConditionalOperatorNodeInput
                | AstDivisionOperatorNodeInput
                | AstDynamicVariableNodeInput
                | AstEqualsOperatorNodeInput
                | AstGreaterThanOperatorNodeInput
                | AstGreaterThanOrEqualsOperatorNodeInput
                | AstLessThanOperatorNodeInput
                | AstLessThanOrEqualsOperatorNodeInput
                | ASTLLMNodePrompt
                | ASTLLMNodeValueSchema
                | AstMultiplicationOperatorNodeInput
                | AstNotEqualsOperatorNodeInput
                | AstNullNodeInput
                | AstNumberNodeInput
                | AstOrOperatorNodeInput
                | AstStringNodeInput
                | AstSubtractionOperatorNodeInput
            ):
                if isinstance(data, dict):
                    for known in (
                        AstStringNodeInput,
                        AstNumberNodeInput,
                        AstBooleanNodeInput,
                        AstNullNodeInput,
                        AstDynamicVariableNodeInput,
                        AstOrOperatorNodeInput,
                        AstAndOperatorNodeInput,
                        AstEqualsOperatorNodeInput,
                        AstNotEqualsOperatorNodeInput,
                        AstGreaterThanOperatorNodeInput,
                        AstLessThanOperatorNodeInput,
                        AstGreaterThanOrEqualsOperatorNodeInput,
                        AstLessThanOrEqualsOperatorNodeInput,
                        AstAdditionOperatorNodeInput,
                        AstSubtractionOperatorNodeInput,
                        AstMultiplicationOperatorNodeInput,
                        AstDivisionOperatorNodeInput,
                        AstConditionalOperatorNodeInput,
                        ASTLLMNodeValueSchema,
                        ASTLLMNodePrompt,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_0 = AstStringNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_1 = AstNumberNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_2 = AstBooleanNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_3 = AstNullNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_4 = AstDynamicVariableNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_5 = AstOrOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_6 = AstAndOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_7 = AstEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_8 = AstNotEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_9 = AstGreaterThanOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_10 = AstLessThanOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_11 = AstGreaterThanOrEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_12 = AstLessThanOrEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_13 = AstAdditionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_14 = AstSubtractionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_15 = AstMultiplicationOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_16 = AstDivisionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_17 = AstConditionalOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_astllm_node_input_astllm_node_value_schema = ASTLLMNodeValueSchema.from_dict(data)

                    return componentsschemas_astllm_node_input_astllm_node_value_schema
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_astllm_node_input_astllm_node_prompt = ASTLLMNodePrompt.from_dict(data)

                return componentsschemas_astllm_node_input_astllm_node_prompt

            true_expression = _parse_true_expression(true_expression_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            true_expression = deviating_field(cls, "trueExpression", true_expression_raw)

    return true_expression


def _read_false_expression(cls: type[AstConditionalOperatorNodeInput], d: Mapping[str, Any]) -> Any:
    false_expression_raw = d.get("falseExpression", MISSING)
    if false_expression_raw is MISSING:
        false_expression = missing_field(cls, "falseExpression")
    else:
        try:

            def _parse_false_expression(
                data: object,
            ) -> (
                AstAdditionOperatorNodeInput
                | AstAndOperatorNodeInput
                | AstBooleanNodeInput
                | AstConditionalOperatorNodeInput
                | AstDivisionOperatorNodeInput
                | AstDynamicVariableNodeInput
                | AstEqualsOperatorNodeInput
                | AstGreaterThanOperatorNodeInput
                | AstGreaterThanOrEqualsOperatorNodeInput
                | AstLessThanOperatorNodeInput
                | AstLessThanOrEqualsOperatorNodeInput
                | ASTLLMNodePrompt
                | ASTLLMNodeValueSchema
                | AstMultiplicationOperatorNodeInput
                | AstNotEqualsOperatorNodeInput
                | AstNullNodeInput
                | AstNumberNodeInput
                | AstOrOperatorNodeInput
                | AstStringNodeInput
                | AstSubtractionOperatorNodeInput
            ):
                return parse_strictly(_parse_false_expression_member, data)

            def _parse_false_expression_member(
                data: object,
            ) -> (
                AstAdditionOperatorNodeInput
                | AstAndOperatorNodeInput
                | AstBooleanNodeInput
                | AstConditionalOperatorNodeInput
                | AstDivisionOperatorNodeInput
                | AstDynamicVariableNodeInput
                | AstEqualsOperatorNodeInput
                | AstGreaterThanOperatorNodeInput
                | AstGreaterThanOrEqualsOperatorNodeInput
                | AstLessThanOperatorNodeInput
                | AstLessThanOrEqualsOperatorNodeInput
                | ASTLLMNodePrompt
                | ASTLLMNodeValueSchema
                | AstMultiplicationOperatorNodeInput
                | AstNotEqualsOperatorNodeInput
                | AstNullNodeInput
                | AstNumberNodeInput
                | AstOrOperatorNodeInput
                | AstStringNodeInput
                | AstSubtractionOperatorNodeInput
            ):
                if isinstance(data, dict):
                    for known in (
                        AstStringNodeInput,
                        AstNumberNodeInput,
                        AstBooleanNodeInput,
                        AstNullNodeInput,
                        AstDynamicVariableNodeInput,
                        AstOrOperatorNodeInput,
                        AstAndOperatorNodeInput,
                        AstEqualsOperatorNodeInput,
                        AstNotEqualsOperatorNodeInput,
                        AstGreaterThanOperatorNodeInput,
                        AstLessThanOperatorNodeInput,
                        AstGreaterThanOrEqualsOperatorNodeInput,
                        AstLessThanOrEqualsOperatorNodeInput,
                        AstAdditionOperatorNodeInput,
                        AstSubtractionOperatorNodeInput,
                        AstMultiplicationOperatorNodeInput,
                        AstDivisionOperatorNodeInput,
                        AstConditionalOperatorNodeInput,
                        ASTLLMNodeValueSchema,
                        ASTLLMNodePrompt,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_0 = AstStringNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_1 = AstNumberNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_2 = AstBooleanNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_3 = AstNullNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_4 = AstDynamicVariableNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_5 = AstOrOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_6 = AstAndOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_7 = AstEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_8 = AstNotEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_9 = AstGreaterThanOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_10 = AstLessThanOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_11 = AstGreaterThanOrEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_12 = AstLessThanOrEqualsOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_13 = AstAdditionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_14 = AstSubtractionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_15 = AstMultiplicationOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_16 = AstDivisionOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_ast_node_input_type_17 = AstConditionalOperatorNodeInput.from_dict(data)

                    return componentsschemas_ast_node_input_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_astllm_node_input_astllm_node_value_schema = ASTLLMNodeValueSchema.from_dict(data)

                    return componentsschemas_astllm_node_input_astllm_node_value_schema
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_astllm_node_input_astllm_node_prompt = ASTLLMNodePrompt.from_dict(data)

                return componentsschemas_astllm_node_input_astllm_node_prompt

            false_expression = _parse_false_expression(false_expression_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            false_expression = deviating_field(cls, "falseExpression", false_expression_raw)

    return false_expression


_FIELDS: frozenset[str] = frozenset(
    (
        "condition",
        "trueExpression",
        "falseExpression",
        "type",
    )
)


def _read_additional_properties(cls: type[AstConditionalOperatorNodeInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AstConditionalOperatorNodeInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
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
        "condition": condition,
        "true_expression": true_expression,
        "false_expression": false_expression,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AstConditionalOperatorNodeInput, type_="type")

set_readers(
    AstConditionalOperatorNodeInput,
    _all_fields,
    {
        "condition": _read_condition,
        "true_expression": _read_true_expression,
        "false_expression": _read_false_expression,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.ast_addition_operator_node_input import AstAdditionOperatorNodeInput
from ..models.ast_and_operator_node_input import AstAndOperatorNodeInput
from ..models.ast_boolean_node_input import AstBooleanNodeInput
from ..models.ast_division_operator_node_input import AstDivisionOperatorNodeInput
from ..models.ast_dynamic_variable_node_input import AstDynamicVariableNodeInput
from ..models.ast_equals_operator_node_input import AstEqualsOperatorNodeInput
from ..models.ast_greater_than_operator_node_input import AstGreaterThanOperatorNodeInput
from ..models.ast_greater_than_or_equals_operator_node_input import AstGreaterThanOrEqualsOperatorNodeInput
from ..models.ast_less_than_operator_node_input import AstLessThanOperatorNodeInput
from ..models.ast_less_than_or_equals_operator_node_input import AstLessThanOrEqualsOperatorNodeInput
from ..models.ast_multiplication_operator_node_input import AstMultiplicationOperatorNodeInput
from ..models.ast_not_equals_operator_node_input import AstNotEqualsOperatorNodeInput
from ..models.ast_null_node_input import AstNullNodeInput
from ..models.ast_number_node_input import AstNumberNodeInput
from ..models.ast_or_operator_node_input import AstOrOperatorNodeInput
from ..models.ast_string_node_input import AstStringNodeInput
from ..models.ast_subtraction_operator_node_input import AstSubtractionOperatorNodeInput
from ..models.astllm_node_prompt import ASTLLMNodePrompt
from ..models.astllm_node_value_schema import ASTLLMNodeValueSchema
