from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_scope import AnalysisScope
from ..models.criteria_scoring_mode import CriteriaScoringMode
from ..models.llm import LLM
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="PromptEvaluationCriteria")


@_attrs_define
class PromptEvaluationCriteria:
    """An evaluation using the transcript and a prompt for a yes/no achieved answer

    Attributes:
        id (str): The unique identifier for the evaluation criteria
        name (str):
        conversation_goal_prompt (str): The prompt that the agent should use to evaluate the conversation
        type_ (Literal['prompt'] | Unset): The type of evaluation criteria Default: 'prompt'.
        use_knowledge_base (bool | Unset): When evaluating the prompt, should the agent's knowledge base be used.
            Default: False.
        scope (AnalysisScope | str | Unset): The scope of transcript context used when evaluating this criterion.
            'conversation' uses the full transcript; 'agent' uses only the portion where the defining agent was active.
            Default: 'conversation'.
        llm (LLM | None | str | Unset): LLM model to use for this evaluation criteria. If not set, uses agent's
            analysis_llm default.
        scoring_mode (CriteriaScoringMode | str | Unset): How this criterion is scored. 'binary' resolves to
            success/failure/unknown. 'numeric_uniform' returns a number on the [0, max_score] scale which is normalized into
            the aggregate conversation success percentage. Default: 'binary'.
        max_score (int | Unset): Maximum value of the numeric score scale (minimum is always 0). Only used when
            scoring_mode is 'numeric_uniform'. Default: 100.
        score_instructions (None | str | Unset): Optional free-text instructions describing how to assign values on the
            numeric scale. Only used when scoring_mode is 'numeric_uniform'.
    """

    id: str

    name: str

    conversation_goal_prompt: str

    type_: Literal["prompt"] | Unset = "prompt"

    use_knowledge_base: bool | Unset = False

    scope: AnalysisScope | str | Unset = "conversation"

    llm: LLM | None | str | Unset = UNSET

    scoring_mode: CriteriaScoringMode | str | Unset = "binary"

    max_score: int | Unset = 100

    score_instructions: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "prompt")

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        conversation_goal_prompt = self.conversation_goal_prompt

        type_ = self.type_

        use_knowledge_base = self.use_knowledge_base

        scope: Any
        try:
            if isinstance(self.scope, Unset):
                scope = UNSET
            elif isinstance(self.scope, str):
                scope = self.scope
            else:
                scope = self.scope

        except (AttributeError, TypeError):
            scope = self.scope

        llm: Any
        try:
            if isinstance(self.llm, Unset):
                llm = UNSET
            elif isinstance(self.llm, str):
                llm = self.llm
            else:
                llm = self.llm

        except (AttributeError, TypeError):
            llm = self.llm

        scoring_mode: Any
        try:
            if isinstance(self.scoring_mode, Unset):
                scoring_mode = UNSET
            elif isinstance(self.scoring_mode, str):
                scoring_mode = self.scoring_mode
            else:
                scoring_mode = self.scoring_mode

        except (AttributeError, TypeError):
            scoring_mode = self.scoring_mode

        max_score = self.max_score

        score_instructions: Any
        try:
            score_instructions = self.score_instructions

        except (AttributeError, TypeError):
            score_instructions = self.score_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if conversation_goal_prompt is not None or "conversation_goal_prompt" not in self._missing_fields:
            field_dict["conversation_goal_prompt"] = conversation_goal_prompt
        if type_ is not UNSET:
            field_dict["type"] = type_
        if use_knowledge_base is not UNSET:
            field_dict["use_knowledge_base"] = use_knowledge_base
        if scope is not UNSET:
            field_dict["scope"] = scope
        if llm is not UNSET:
            field_dict["llm"] = llm
        if scoring_mode is not UNSET:
            field_dict["scoring_mode"] = scoring_mode
        if max_score is not UNSET:
            field_dict["max_score"] = max_score
        if score_instructions is not UNSET:
            field_dict["score_instructions"] = score_instructions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["prompt"] | Unset, type__raw)
        if type_ != "prompt" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'prompt', got '{type_}'")

        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        conversation_goal_prompt = d.pop("conversation_goal_prompt", MISSING)
        if conversation_goal_prompt.__class__ is not str:
            if conversation_goal_prompt is MISSING:
                conversation_goal_prompt = missing_field(cls, "conversation_goal_prompt")
                _missing += ("conversation_goal_prompt",)
            else:
                conversation_goal_prompt = unexpected_type(
                    cls, "conversation_goal_prompt", conversation_goal_prompt, "a string"
                )

        use_knowledge_base = d.pop("use_knowledge_base", UNSET)
        if use_knowledge_base.__class__ is not bool and use_knowledge_base is not UNSET:
            use_knowledge_base = unexpected_type(cls, "use_knowledge_base", use_knowledge_base, "a boolean")

        scope = d.pop("scope", UNSET)
        if scope.__class__ is not str and scope is not UNSET:
            scope = unexpected_type(cls, "scope", scope, "a string")

        llm = d.pop("llm", UNSET)
        if llm is not None and llm.__class__ is not str and llm is not UNSET:
            llm = unexpected_type(cls, "llm", llm, "null or a string")

        scoring_mode = d.pop("scoring_mode", UNSET)
        if scoring_mode.__class__ is not str and scoring_mode is not UNSET:
            scoring_mode = unexpected_type(cls, "scoring_mode", scoring_mode, "a string")

        max_score = d.pop("max_score", UNSET)
        if max_score.__class__ is not int and max_score is not UNSET:
            max_score = unexpected_type(cls, "max_score", max_score, "an integer")

        score_instructions = d.pop("score_instructions", UNSET)
        if (
            score_instructions.__class__ is not str
            and score_instructions is not None
            and score_instructions is not UNSET
        ):
            score_instructions = unexpected_type(cls, "score_instructions", score_instructions, "a string or null")

        prompt_evaluation_criteria = cls(
            id=id,
            name=name,
            conversation_goal_prompt=conversation_goal_prompt,
            type_=type_,
            use_knowledge_base=use_knowledge_base,
            scope=scope,
            llm=llm,
            scoring_mode=scoring_mode,
            max_score=max_score,
            score_instructions=score_instructions,
        )
        if _missing:
            prompt_evaluation_criteria._missing_fields = _missing
        prompt_evaluation_criteria.additional_properties = d
        return prompt_evaluation_criteria

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
