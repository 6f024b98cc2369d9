from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class EvaluationSettingsOutput(Lazy, AdditionalProperties[Any]):
    """Settings to evaluate an agent's performance.
    Agents are evaluated against a set of criteria, with success being defined as meeting some combination of those
    criteria.

    Attributes:
        criteria: Individual criteria that the agent should be evaluated against
    """

    criteria: list[PromptEvaluationCriteria] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("criteria", "criteria", list_of(object_of("PromptEvaluationCriteria"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.prompt_evaluation_criteria import PromptEvaluationCriteria
