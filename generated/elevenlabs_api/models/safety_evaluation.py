from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
)
from ..models._literals import SafetyRule
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SafetyEvaluation(Lazy, AdditionalProperties[Any]):
    """Safety evaluation of the agent. Prompt and first message is taken into account.
    The unsafe reason is provided from the evaluation

    Attributes:
        is_unsafe: Defaults to False on the server.
        llm_reason: Defaults to empty on the server.
        safety_prompt_version: Defaults to 0 on the server.
    """

    is_unsafe: bool | Unset = UNSET

    llm_reason: str | Unset = UNSET

    safety_prompt_version: int | Unset = UNSET

    matched_rule_id: list[SafetyRule] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("is_unsafe", "is_unsafe", BOOL),
        Field("llm_reason", "llm_reason", STR),
        Field("safety_prompt_version", "safety_prompt_version", INT),
        Field("matched_rule_id", "matched_rule_id", list_of(literal("SafetyRule"))),
        Field("additional_properties", None, dict_of(ANY)),
    )
