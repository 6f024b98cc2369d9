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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkflowExpressionConditionModelOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkflowExpressionConditionModelOutput(Lazy):
    """Attributes:
    label (None | str): Optional human-readable label for the condition used throughout the UI.
    type_ (Literal['expression']):  Default: 'expression'.
    expression (AstAdditionOperatorNodeOutput | AstAndOperatorNodeOutput | AstBooleanNodeOutput |
        AstConditionalOperatorNodeOutput | AstDivisionOperatorNodeOutput | AstDynamicVariableNodeOutput |
        AstEqualsOperatorNodeOutput | AstGreaterThanOperatorNodeOutput | AstGreaterThanOrEqualsOperatorNodeOutput |
        AstLessThanOperatorNodeOutput | AstLessThanOrEqualsOperatorNodeOutput | AstllmNodeOutput |
        AstMultiplicationOperatorNodeOutput | AstNotEqualsOperatorNodeOutput | AstNullNodeOutput | AstNumberNodeOutput |
        AstOrOperatorNodeOutput | AstStringNodeOutput | AstSubtractionOperatorNodeOutput | UnknownVariant):
    """

    label: None | str = _attrs_field(default=None, kw_only=True)

    expression: (
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

    type_: Literal["expression"] = _attrs_field(
        default="expression",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowExpressionConditionModelOutput", "type", "expression"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "label",
        "expression",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "expression")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        label: Any
        try:
            label = self.label

        except (AttributeError, TypeError):
            label = self.label

        type_ = self.type_

        expression: Any
        try:
            if (
                isinstance(self.expression, AstStringNodeOutput)
                or isinstance(self.expression, AstNumberNodeOutput)
                or isinstance(self.expression, AstBooleanNodeOutput)
                or isinstance(self.expression, AstNullNodeOutput)
                or isinstance(self.expression, AstllmNodeOutput)
                or isinstance(self.expression, AstDynamicVariableNodeOutput)
                or isinstance(self.expression, AstOrOperatorNodeOutput)
                or isinstance(self.expression, AstAndOperatorNodeOutput)
                or isinstance(self.expression, AstEqualsOperatorNodeOutput)
                or isinstance(self.expression, AstNotEqualsOperatorNodeOutput)
                or isinstance(self.expression, AstGreaterThanOperatorNodeOutput)
                or isinstance(self.expression, AstLessThanOperatorNodeOutput)
                or isinstance(self.expression, AstGreaterThanOrEqualsOperatorNodeOutput)
                or isinstance(self.expression, AstLessThanOrEqualsOperatorNodeOutput)
                or isinstance(self.expression, AstAdditionOperatorNodeOutput)
                or isinstance(self.expression, AstSubtractionOperatorNodeOutput)
                or isinstance(self.expression, AstMultiplicationOperatorNodeOutput)
                or isinstance(self.expression, AstDivisionOperatorNodeOutput)
                or isinstance(self.expression, AstConditionalOperatorNodeOutput)
                or isinstance(self.expression, UnknownVariant)
            ):
                expression = self.expression.to_dict()
            else:
                expression = self.expression

        except (AttributeError, TypeError):
            expression = self.expression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        field_dict["type"] = type_
        if expression is not None or "expression" not in self._missing_fields:
            field_dict["expression"] = expression
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workflow_expression_condition_model_output = cls.__new__(cls)
        workflow_expression_condition_model_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workflow_expression_condition_model_output

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


def _read_type_(cls: type[WorkflowExpressionConditionModelOutput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["expression"], type__raw)
    if type_ != "expression":
        raise ValueError(f"type must match const 'expression', got '{type_}'")

    return type_


_read_label = plain_reader(
    "label",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)


def _read_expression(cls: type[WorkflowExpressionConditionModelOutput], d: Mapping[str, Any]) -> Any:
    expression_raw = d.get("expression", MISSING)
    if expression_raw is MISSING:
        expression = missing_field(cls, "expression")
    else:
        try:

            def _parse_expression(
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
                return parse_strictly(_parse_expression_member, data)

            def _parse_expression_member(
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

            expression = _parse_expression(expression_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            expression = deviating_field(cls, "expression", expression_raw)

    return expression


_FIELDS: frozenset[str] = frozenset(
    (
        "label",
        "type",
        "expression",
    )
)


def _read_additional_properties(
    cls: type[WorkflowExpressionConditionModelOutput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkflowExpressionConditionModelOutput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    label = d.get("label", MISSING)
    if label.__class__ is not str and label is not None:
        label = _read_label(cls, d)

    if "expression" in known:
        expression = known["expression"]
    else:
        expression = _read_expression(cls, d)

    return {
        "label": label,
        "type_": type_,
        "expression": expression,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowExpressionConditionModelOutput, type_="type")

set_readers(
    WorkflowExpressionConditionModelOutput,
    _all_fields,
    {
        "label": _read_label,
        "type_": _read_type_,
        "expression": _read_expression,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.ast_addition_operator_node_output import AstAdditionOperatorNodeOutput
from ..models.ast_and_operator_node_output import AstAndOperatorNodeOutput
from ..models.ast_boolean_node_output import AstBooleanNodeOutput
from ..models.ast_conditional_operator_node_output import AstConditionalOperatorNodeOutput
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
