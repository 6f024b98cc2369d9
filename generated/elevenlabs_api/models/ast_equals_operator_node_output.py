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


@_attrs_define(slots=False)
class AstEqualsOperatorNodeOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'eq_operator'.
    """

    left: (
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

    right: (
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

    type_: Literal["eq_operator"] = _attrs_field(
        default="eq_operator",
        kw_only=True,
        alias="type",
        validator=types.tag("AstEqualsOperatorNodeOutput", "type", "eq_operator"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("eq_operator"), required=True),
        Field(
            "left",
            "left",
            union(
                object_of("AstStringNodeOutput"),
                object_of("AstNumberNodeOutput"),
                object_of("AstBooleanNodeOutput"),
                object_of("AstNullNodeOutput"),
                object_of("AstllmNodeOutput"),
                object_of("AstDynamicVariableNodeOutput"),
                object_of("AstOrOperatorNodeOutput"),
                object_of("AstAndOperatorNodeOutput"),
                object_of("AstEqualsOperatorNodeOutput"),
                object_of("AstNotEqualsOperatorNodeOutput"),
                object_of("AstGreaterThanOperatorNodeOutput"),
                object_of("AstLessThanOperatorNodeOutput"),
                object_of("AstGreaterThanOrEqualsOperatorNodeOutput"),
                object_of("AstLessThanOrEqualsOperatorNodeOutput"),
                object_of("AstAdditionOperatorNodeOutput"),
                object_of("AstSubtractionOperatorNodeOutput"),
                object_of("AstMultiplicationOperatorNodeOutput"),
                object_of("AstDivisionOperatorNodeOutput"),
                object_of("AstConditionalOperatorNodeOutput"),
                object_of("UnknownVariant"),
            ),
            required=True,
        ),
        Field(
            "right",
            "right",
            union(
                object_of("AstStringNodeOutput"),
                object_of("AstNumberNodeOutput"),
                object_of("AstBooleanNodeOutput"),
                object_of("AstNullNodeOutput"),
                object_of("AstllmNodeOutput"),
                object_of("AstDynamicVariableNodeOutput"),
                object_of("AstOrOperatorNodeOutput"),
                object_of("AstAndOperatorNodeOutput"),
                object_of("AstEqualsOperatorNodeOutput"),
                object_of("AstNotEqualsOperatorNodeOutput"),
                object_of("AstGreaterThanOperatorNodeOutput"),
                object_of("AstLessThanOperatorNodeOutput"),
                object_of("AstGreaterThanOrEqualsOperatorNodeOutput"),
                object_of("AstLessThanOrEqualsOperatorNodeOutput"),
                object_of("AstAdditionOperatorNodeOutput"),
                object_of("AstSubtractionOperatorNodeOutput"),
                object_of("AstMultiplicationOperatorNodeOutput"),
                object_of("AstDivisionOperatorNodeOutput"),
                object_of("AstConditionalOperatorNodeOutput"),
                object_of("UnknownVariant"),
            ),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AstEqualsOperatorNodeOutput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.ast_addition_operator_node_output import AstAdditionOperatorNodeOutput
from ..models.ast_and_operator_node_output import AstAndOperatorNodeOutput
from ..models.ast_boolean_node_output import AstBooleanNodeOutput
from ..models.ast_conditional_operator_node_output import AstConditionalOperatorNodeOutput
from ..models.ast_division_operator_node_output import AstDivisionOperatorNodeOutput
from ..models.ast_dynamic_variable_node_output import AstDynamicVariableNodeOutput
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
