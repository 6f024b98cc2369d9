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

T = TypeVar("T", bound="AstMultiplicationOperatorNodeInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AstMultiplicationOperatorNodeInput(Lazy):
    """Attributes:
    left (AstAdditionOperatorNodeInput | AstAndOperatorNodeInput | AstBooleanNodeInput |
        AstConditionalOperatorNodeInput | AstDivisionOperatorNodeInput | AstDynamicVariableNodeInput |
        AstEqualsOperatorNodeInput | AstGreaterThanOperatorNodeInput | AstGreaterThanOrEqualsOperatorNodeInput |
        AstLessThanOperatorNodeInput | AstLessThanOrEqualsOperatorNodeInput | ASTLLMNodePrompt | ASTLLMNodeValueSchema |
        AstMultiplicationOperatorNodeInput | AstNotEqualsOperatorNodeInput | AstNullNodeInput | AstNumberNodeInput |
        AstOrOperatorNodeInput | AstStringNodeInput | AstSubtractionOperatorNodeInput):
    right (AstAdditionOperatorNodeInput | AstAndOperatorNodeInput | AstBooleanNodeInput |
        AstConditionalOperatorNodeInput | AstDivisionOperatorNodeInput | AstDynamicVariableNodeInput |
        AstEqualsOperatorNodeInput | AstGreaterThanOperatorNodeInput | AstGreaterThanOrEqualsOperatorNodeInput |
        AstLessThanOperatorNodeInput | AstLessThanOrEqualsOperatorNodeInput | ASTLLMNodePrompt | ASTLLMNodeValueSchema |
        AstMultiplicationOperatorNodeInput | AstNotEqualsOperatorNodeInput | AstNullNodeInput | AstNumberNodeInput |
        AstOrOperatorNodeInput | AstStringNodeInput | AstSubtractionOperatorNodeInput):
    type_ (Literal['mul_operator'] | Unset):  Default: 'mul_operator'.
    """

    left: (
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

    right: (
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

    type_: Literal["mul_operator"] | Unset = _attrs_field(
        default="mul_operator",
        kw_only=True,
        alias="type",
        validator=types.tag("AstMultiplicationOperatorNodeInput", "type", "mul_operator"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "left",
        "right",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "mul_operator")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        left: Any
        try:
            if (
                isinstance(self.left, AstStringNodeInput)
                or isinstance(self.left, AstNumberNodeInput)
                or isinstance(self.left, AstBooleanNodeInput)
                or isinstance(self.left, AstNullNodeInput)
                or isinstance(self.left, AstDynamicVariableNodeInput)
                or isinstance(self.left, AstOrOperatorNodeInput)
                or isinstance(self.left, AstAndOperatorNodeInput)
                or isinstance(self.left, AstEqualsOperatorNodeInput)
                or isinstance(self.left, AstNotEqualsOperatorNodeInput)
                or isinstance(self.left, AstGreaterThanOperatorNodeInput)
                or isinstance(self.left, AstLessThanOperatorNodeInput)
                or isinstance(self.left, AstGreaterThanOrEqualsOperatorNodeInput)
                or isinstance(self.left, AstLessThanOrEqualsOperatorNodeInput)
                or isinstance(self.left, AstAdditionOperatorNodeInput)
                or isinstance(self.left, AstSubtractionOperatorNodeInput)
                or isinstance(self.left, AstMultiplicationOperatorNodeInput)
                or isinstance(self.left, AstDivisionOperatorNodeInput)
                or isinstance(self.left, AstConditionalOperatorNodeInput)
                or isinstance(self.left, ASTLLMNodeValueSchema)
                or isinstance(self.left, ASTLLMNodePrompt)
            ):
                left = self.left.to_dict()
            else:
                left = self.left

        except (AttributeError, TypeError):
            left = self.left

        right: Any
        try:
            if (
                isinstance(self.right, AstStringNodeInput)
                or isinstance(self.right, AstNumberNodeInput)
                or isinstance(self.right, AstBooleanNodeInput)
                or isinstance(self.right, AstNullNodeInput)
                or isinstance(self.right, AstDynamicVariableNodeInput)
                or isinstance(self.right, AstOrOperatorNodeInput)
                or isinstance(self.right, AstAndOperatorNodeInput)
                or isinstance(self.right, AstEqualsOperatorNodeInput)
                or isinstance(self.right, AstNotEqualsOperatorNodeInput)
                or isinstance(self.right, AstGreaterThanOperatorNodeInput)
                or isinstance(self.right, AstLessThanOperatorNodeInput)
                or isinstance(self.right, AstGreaterThanOrEqualsOperatorNodeInput)
                or isinstance(self.right, AstLessThanOrEqualsOperatorNodeInput)
                or isinstance(self.right, AstAdditionOperatorNodeInput)
                or isinstance(self.right, AstSubtractionOperatorNodeInput)
                or isinstance(self.right, AstMultiplicationOperatorNodeInput)
                or isinstance(self.right, AstDivisionOperatorNodeInput)
                or isinstance(self.right, AstConditionalOperatorNodeInput)
                or isinstance(self.right, ASTLLMNodeValueSchema)
                or isinstance(self.right, ASTLLMNodePrompt)
            ):
                right = self.right.to_dict()
            else:
                right = self.right

        except (AttributeError, TypeError):
            right = self.right

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if left is not None or "left" not in self._missing_fields:
            field_dict["left"] = left
        if right is not None or "right" not in self._missing_fields:
            field_dict["right"] = right
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
        ast_multiplication_operator_node_input = cls.__new__(cls)
        ast_multiplication_operator_node_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return ast_multiplication_operator_node_input

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


def _read_type_(cls: type[AstMultiplicationOperatorNodeInput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["mul_operator"] | Unset, type__raw)
    if type_ != "mul_operator" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'mul_operator', got '{type_}'")

    return type_


def _read_left(cls: type[AstMultiplicationOperatorNodeInput], d: Mapping[str, Any]) -> Any:
    left_raw = d.get("left", MISSING)
    if left_raw is MISSING:
        left = missing_field(cls, "left")
    else:
        try:

            def _parse_left(
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
                return parse_strictly(_parse_left_member, data)

            def _parse_left_member(
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

            left = _parse_left(left_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            left = deviating_field(cls, "left", left_raw)

    return left


def _read_right(cls: type[AstMultiplicationOperatorNodeInput], d: Mapping[str, Any]) -> Any:
    right_raw = d.get("right", MISSING)
    if right_raw is MISSING:
        right = missing_field(cls, "right")
    else:
        try:

            def _parse_right(
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
                return parse_strictly(_parse_right_member, data)

            def _parse_right_member(
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

            right = _parse_right(right_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            right = deviating_field(cls, "right", right_raw)

    return right


_FIELDS: frozenset[str] = frozenset(
    (
        "left",
        "right",
        "type",
    )
)


def _read_additional_properties(cls: type[AstMultiplicationOperatorNodeInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AstMultiplicationOperatorNodeInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    if "left" in known:
        left = known["left"]
    else:
        left = _read_left(cls, d)

    if "right" in known:
        right = known["right"]
    else:
        right = _read_right(cls, d)

    return {
        "left": left,
        "right": right,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AstMultiplicationOperatorNodeInput, type_="type")

set_readers(
    AstMultiplicationOperatorNodeInput,
    _all_fields,
    {
        "left": _read_left,
        "right": _read_right,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.ast_addition_operator_node_input import AstAdditionOperatorNodeInput
from ..models.ast_and_operator_node_input import AstAndOperatorNodeInput
from ..models.ast_boolean_node_input import AstBooleanNodeInput
from ..models.ast_conditional_operator_node_input import AstConditionalOperatorNodeInput
from ..models.ast_division_operator_node_input import AstDivisionOperatorNodeInput
from ..models.ast_dynamic_variable_node_input import AstDynamicVariableNodeInput
from ..models.ast_equals_operator_node_input import AstEqualsOperatorNodeInput
from ..models.ast_greater_than_operator_node_input import AstGreaterThanOperatorNodeInput
from ..models.ast_greater_than_or_equals_operator_node_input import AstGreaterThanOrEqualsOperatorNodeInput
from ..models.ast_less_than_operator_node_input import AstLessThanOperatorNodeInput
from ..models.ast_less_than_or_equals_operator_node_input import AstLessThanOrEqualsOperatorNodeInput
from ..models.ast_not_equals_operator_node_input import AstNotEqualsOperatorNodeInput
from ..models.ast_null_node_input import AstNullNodeInput
from ..models.ast_number_node_input import AstNumberNodeInput
from ..models.ast_or_operator_node_input import AstOrOperatorNodeInput
from ..models.ast_string_node_input import AstStringNodeInput
from ..models.ast_subtraction_operator_node_input import AstSubtractionOperatorNodeInput
from ..models.astllm_node_prompt import ASTLLMNodePrompt
from ..models.astllm_node_value_schema import ASTLLMNodeValueSchema
