from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    object_of,
    union,
)
from ..types import Unset


@_attrs_define(slots=False)
class AstAdditionOperatorNodeInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'add_operator'.
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

    type_: Literal["add_operator"] | Unset = _attrs_field(
        default="add_operator",
        kw_only=True,
        alias="type",
        validator=types.tag("AstAdditionOperatorNodeInput", "type", "add_operator"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "left",
            "left",
            union(
                object_of("AstStringNodeInput"),
                object_of("AstNumberNodeInput"),
                object_of("AstBooleanNodeInput"),
                object_of("AstNullNodeInput"),
                object_of("AstDynamicVariableNodeInput"),
                object_of("AstOrOperatorNodeInput"),
                object_of("AstAndOperatorNodeInput"),
                object_of("AstEqualsOperatorNodeInput"),
                object_of("AstNotEqualsOperatorNodeInput"),
                object_of("AstGreaterThanOperatorNodeInput"),
                object_of("AstLessThanOperatorNodeInput"),
                object_of("AstGreaterThanOrEqualsOperatorNodeInput"),
                object_of("AstLessThanOrEqualsOperatorNodeInput"),
                object_of("AstAdditionOperatorNodeInput"),
                object_of("AstSubtractionOperatorNodeInput"),
                object_of("AstMultiplicationOperatorNodeInput"),
                object_of("AstDivisionOperatorNodeInput"),
                object_of("AstConditionalOperatorNodeInput"),
                object_of("ASTLLMNodeValueSchema"),
                object_of("ASTLLMNodePrompt"),
            ),
            required=True,
        ),
        Field(
            "right",
            "right",
            union(
                object_of("AstStringNodeInput"),
                object_of("AstNumberNodeInput"),
                object_of("AstBooleanNodeInput"),
                object_of("AstNullNodeInput"),
                object_of("AstDynamicVariableNodeInput"),
                object_of("AstOrOperatorNodeInput"),
                object_of("AstAndOperatorNodeInput"),
                object_of("AstEqualsOperatorNodeInput"),
                object_of("AstNotEqualsOperatorNodeInput"),
                object_of("AstGreaterThanOperatorNodeInput"),
                object_of("AstLessThanOperatorNodeInput"),
                object_of("AstGreaterThanOrEqualsOperatorNodeInput"),
                object_of("AstLessThanOrEqualsOperatorNodeInput"),
                object_of("AstAdditionOperatorNodeInput"),
                object_of("AstSubtractionOperatorNodeInput"),
                object_of("AstMultiplicationOperatorNodeInput"),
                object_of("AstDivisionOperatorNodeInput"),
                object_of("AstConditionalOperatorNodeInput"),
                object_of("ASTLLMNodeValueSchema"),
                object_of("ASTLLMNodePrompt"),
            ),
            required=True,
        ),
        Field("type_", "type", const("add_operator")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AstAdditionOperatorNodeInput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
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
from ..models.ast_multiplication_operator_node_input import AstMultiplicationOperatorNodeInput
from ..models.ast_not_equals_operator_node_input import AstNotEqualsOperatorNodeInput
from ..models.ast_null_node_input import AstNullNodeInput
from ..models.ast_number_node_input import AstNumberNodeInput
from ..models.ast_or_operator_node_input import AstOrOperatorNodeInput
from ..models.ast_string_node_input import AstStringNodeInput
from ..models.ast_subtraction_operator_node_input import AstSubtractionOperatorNodeInput
from ..models.astllm_node_prompt import ASTLLMNodePrompt
from ..models.astllm_node_value_schema import ASTLLMNodeValueSchema
