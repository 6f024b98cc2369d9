from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SafetyCommonModelInput(Lazy, AdditionalProperties[Any]):
    """Safety object that has the information of safety evaluations based on used voice.

    Attributes:
        ivc: Safety evaluation of the agent. Prompt and first message is taken into account.
            The unsafe reason is provided from the evaluation
        non_ivc: Safety evaluation of the agent. Prompt and first message is taken into account.
            The unsafe reason is provided from the evaluation
    """

    ivc: SafetyEvaluation | Unset = UNSET

    non_ivc: SafetyEvaluation | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("ivc", "ivc", object_of("SafetyEvaluation")),
        Field("non_ivc", "non_ivc", object_of("SafetyEvaluation")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.safety_evaluation import SafetyEvaluation
