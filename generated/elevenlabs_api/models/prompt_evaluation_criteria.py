from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    literal,
    union,
)
from ..models._literals import (
    AnalysisScope,
    CriteriaScoringMode,
    Llm,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class PromptEvaluationCriteria(Lazy, AdditionalProperties[Any]):
    """An evaluation using the transcript and a prompt for a yes/no achieved answer

    Attributes:
        id: The unique identifier for the evaluation criteria
        conversation_goal_prompt: The prompt that the agent should use to evaluate the conversation
        type_: The type of evaluation criteria Default: 'prompt'.
        use_knowledge_base: When evaluating the prompt, should the agent's knowledge base be used. Defaults to False on
            the server.
        scope: The scope of transcript context used when evaluating this criterion. 'conversation' uses the full
            transcript; 'agent' uses only the portion where the defining agent was active. Defaults to 'conversation' on the
            server.
        llm: LLM model to use for this evaluation criteria. If not set, uses agent's analysis_llm default.
        scoring_mode: How this criterion is scored. 'binary' resolves to success/failure/unknown. 'numeric_uniform'
            returns a number on the [0, max_score] scale which is normalized into the aggregate conversation success
            percentage. Defaults to 'binary' on the server.
        max_score: Maximum value of the numeric score scale (minimum is always 0). Only used when scoring_mode is
            'numeric_uniform'. Defaults to 100 on the server.
        score_instructions: Optional free-text instructions describing how to assign values on the numeric scale. Only
            used when scoring_mode is 'numeric_uniform'.
    """

    id: str

    name: str

    conversation_goal_prompt: str

    type_: Literal["prompt"] | Unset = _attrs_field(
        default="prompt",
        kw_only=True,
        alias="type",
        validator=types.tag("PromptEvaluationCriteria", "type", "prompt"),
    )

    use_knowledge_base: bool | Unset = UNSET

    scope: AnalysisScope | str | Unset = UNSET

    llm: Llm | None | str | Unset = UNSET

    scoring_mode: CriteriaScoringMode | str | Unset = UNSET

    max_score: int | Unset = UNSET

    score_instructions: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("conversation_goal_prompt", "conversation_goal_prompt", STR, required=True),
        Field("type_", "type", const("prompt")),
        Field("use_knowledge_base", "use_knowledge_base", BOOL),
        Field("scope", "scope", union(literal("AnalysisScope"), STR)),
        Field("llm", "llm", union(literal("Llm"), NULL, STR)),
        Field("scoring_mode", "scoring_mode", union(literal("CriteriaScoringMode"), STR)),
        Field("max_score", "max_score", INT),
        Field("score_instructions", "score_instructions", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(PromptEvaluationCriteria, type_="type")
