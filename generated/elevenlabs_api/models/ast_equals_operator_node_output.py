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

T = TypeVar("T", bound="AstEqualsOperatorNodeOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AstEqualsOperatorNodeOutput(Lazy):
    """Attributes:
    type_ (Literal['eq_operator']):  Default: 'eq_operator'.
    left (AstAdditionOperatorNodeOutput | AstAndOperatorNodeOutput | AstBooleanNodeOutput |
        AstConditionalOperatorNodeOutput | AstDivisionOperatorNodeOutput | AstDynamicVariableNodeOutput |
        AstEqualsOperatorNodeOutput | AstGreaterThanOperatorNodeOutput | AstGreaterThanOrEqualsOperatorNodeOutput |
        AstLessThanOperatorNodeOutput | AstLessThanOrEqualsOperatorNodeOutput | AstllmNodeOutput |
        AstMultiplicationOperatorNodeOutput | AstNotEqualsOperatorNodeOutput | AstNullNodeOutput | AstNumberNodeOutput |
        AstOrOperatorNodeOutput | AstStringNodeOutput | AstSubtractionOperatorNodeOutput | UnknownVariant):
    right (AstAdditionOperatorNodeOutput | AstAndOperatorNodeOutput | AstBooleanNodeOutput |
        AstConditionalOperatorNodeOutput | AstDivisionOperatorNodeOutput | AstDynamicVariableNodeOutput |
        AstEqualsOperatorNodeOutput | AstGreaterThanOperatorNodeOutput | AstGreaterThanOrEqualsOperatorNodeOutput |
        AstLessThanOperatorNodeOutput | AstLessThanOrEqualsOperatorNodeOutput | AstllmNodeOutput |
        AstMultiplicationOperatorNodeOutput | AstNotEqualsOperatorNodeOutput | AstNullNodeOutput | AstNumberNodeOutput |
        AstOrOperatorNodeOutput | AstStringNodeOutput | AstSubtractionOperatorNodeOutput | UnknownVariant):
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
    _kind: ClassVar[tuple[str, Any]] = ("type", "eq_operator")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        left: Any
        try:
            if (
                isinstance(self.left, AstStringNodeOutput)
                or isinstance(self.left, AstNumberNodeOutput)
                or isinstance(self.left, AstBooleanNodeOutput)
                or isinstance(self.left, AstNullNodeOutput)
                or isinstance(self.left, AstllmNodeOutput)
                or isinstance(self.left, AstDynamicVariableNodeOutput)
                or isinstance(self.left, AstOrOperatorNodeOutput)
                or isinstance(self.left, AstAndOperatorNodeOutput)
                or isinstance(self.left, AstEqualsOperatorNodeOutput)
                or isinstance(self.left, AstNotEqualsOperatorNodeOutput)
                or isinstance(self.left, AstGreaterThanOperatorNodeOutput)
                or isinstance(self.left, AstLessThanOperatorNodeOutput)
                or isinstance(self.left, AstGreaterThanOrEqualsOperatorNodeOutput)
                or isinstance(self.left, AstLessThanOrEqualsOperatorNodeOutput)
                or isinstance(self.left, AstAdditionOperatorNodeOutput)
                or isinstance(self.left, AstSubtractionOperatorNodeOutput)
                or isinstance(self.left, AstMultiplicationOperatorNodeOutput)
                or isinstance(self.left, AstDivisionOperatorNodeOutput)
                or isinstance(self.left, AstConditionalOperatorNodeOutput)
                or isinstance(self.left, UnknownVariant)
            ):
                left = self.left.to_dict()
            else:
                left = self.left

        except (AttributeError, TypeError):
            left = self.left

        right: Any
        try:
            if (
                isinstance(self.right, AstStringNodeOutput)
                or isinstance(self.right, AstNumberNodeOutput)
                or isinstance(self.right, AstBooleanNodeOutput)
                or isinstance(self.right, AstNullNodeOutput)
                or isinstance(self.right, AstllmNodeOutput)
                or isinstance(self.right, AstDynamicVariableNodeOutput)
                or isinstance(self.right, AstOrOperatorNodeOutput)
                or isinstance(self.right, AstAndOperatorNodeOutput)
                or isinstance(self.right, AstEqualsOperatorNodeOutput)
                or isinstance(self.right, AstNotEqualsOperatorNodeOutput)
                or isinstance(self.right, AstGreaterThanOperatorNodeOutput)
                or isinstance(self.right, AstLessThanOperatorNodeOutput)
                or isinstance(self.right, AstGreaterThanOrEqualsOperatorNodeOutput)
                or isinstance(self.right, AstLessThanOrEqualsOperatorNodeOutput)
                or isinstance(self.right, AstAdditionOperatorNodeOutput)
                or isinstance(self.right, AstSubtractionOperatorNodeOutput)
                or isinstance(self.right, AstMultiplicationOperatorNodeOutput)
                or isinstance(self.right, AstDivisionOperatorNodeOutput)
                or isinstance(self.right, AstConditionalOperatorNodeOutput)
                or isinstance(self.right, UnknownVariant)
            ):
                right = self.right.to_dict()
            else:
                right = self.right

        except (AttributeError, TypeError):
            right = self.right

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if left is not None or "left" not in self._missing_fields:
            field_dict["left"] = left
        if right is not None or "right" not in self._missing_fields:
            field_dict["right"] = right
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        ast_equals_operator_node_output = cls.__new__(cls)
        ast_equals_operator_node_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return ast_equals_operator_node_output

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


def _read_type_(cls: type[AstEqualsOperatorNodeOutput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["eq_operator"], type__raw)
    if type_ != "eq_operator":
        raise ValueError(f"type must match const 'eq_operator', got '{type_}'")

    return type_


def _read_left(cls: type[AstEqualsOperatorNodeOutput], d: Mapping[str, Any]) -> Any:
    left_raw = d.get("left", MISSING)
    if left_raw is MISSING:
        left = missing_field(cls, "left")
    else:
        try:

            def _parse_left(
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
                return parse_strictly(_parse_left_member, data)

            def _parse_left_member(
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

            left = _parse_left(left_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            left = deviating_field(cls, "left", left_raw)

    return left


def _read_right(cls: type[AstEqualsOperatorNodeOutput], d: Mapping[str, Any]) -> Any:
    right_raw = d.get("right", MISSING)
    if right_raw is MISSING:
        right = missing_field(cls, "right")
    else:
        try:

            def _parse_right(
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
                return parse_strictly(_parse_right_member, data)

            def _parse_right_member(
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

            right = _parse_right(right_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            right = deviating_field(cls, "right", right_raw)

    return right


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "left",
        "right",
    )
)


def _read_additional_properties(cls: type[AstEqualsOperatorNodeOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AstEqualsOperatorNodeOutput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
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
        "type_": type_,
        "left": left,
        "right": right,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AstEqualsOperatorNodeOutput, type_="type")

set_readers(
    AstEqualsOperatorNodeOutput,
    _all_fields,
    {
        "type_": _read_type_,
        "left": _read_left,
        "right": _read_right,
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
