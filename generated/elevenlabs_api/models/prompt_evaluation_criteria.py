from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    AnalysisScope,
    CriteriaScoringMode,
    Llm,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PromptEvaluationCriteria")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PromptEvaluationCriteria(Lazy):
    """An evaluation using the transcript and a prompt for a yes/no achieved answer

    Attributes:
        id (str): The unique identifier for the evaluation criteria
        name (str):
        conversation_goal_prompt (str): The prompt that the agent should use to evaluate the conversation
        type_ (Literal['prompt'] | Unset): The type of evaluation criteria Default: 'prompt'.
        use_knowledge_base (bool | Unset): When evaluating the prompt, should the agent's knowledge base be used.
            Defaults to False on the server.
        scope (AnalysisScope | str | Unset): The scope of transcript context used when evaluating this criterion.
            'conversation' uses the full transcript; 'agent' uses only the portion where the defining agent was active.
            Defaults to 'conversation' on the server.
        llm (Llm | None | str | Unset): LLM model to use for this evaluation criteria. If not set, uses agent's
            analysis_llm default.
        scoring_mode (CriteriaScoringMode | str | Unset): How this criterion is scored. 'binary' resolves to
            success/failure/unknown. 'numeric_uniform' returns a number on the [0, max_score] scale which is normalized into
            the aggregate conversation success percentage. Defaults to 'binary' on the server.
        max_score (int | Unset): Maximum value of the numeric score scale (minimum is always 0). Only used when
            scoring_mode is 'numeric_uniform'. Defaults to 100 on the server.
        score_instructions (None | str | Unset): Optional free-text instructions describing how to assign values on the
            numeric scale. Only used when scoring_mode is 'numeric_uniform'.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "conversation_goal_prompt",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "prompt")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        prompt_evaluation_criteria = cls.__new__(cls)
        prompt_evaluation_criteria.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_type_(cls: type[PromptEvaluationCriteria], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["prompt"] | Unset, type__raw)
    if type_ != "prompt" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'prompt', got '{type_}'")

    return type_


_read_id = plain_reader("id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_conversation_goal_prompt = plain_reader("conversation_goal_prompt", (str,), "a string", True)

_read_use_knowledge_base = plain_reader("use_knowledge_base", (bool,), "a boolean", False)

_read_scope = plain_reader("scope", (str,), "a string", False)

_read_llm = plain_reader(
    "llm",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_scoring_mode = plain_reader("scoring_mode", (str,), "a string", False)

_read_max_score = plain_reader("max_score", (int,), "an integer", False)

_read_score_instructions = plain_reader(
    "score_instructions",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "conversation_goal_prompt",
        "type",
        "use_knowledge_base",
        "scope",
        "llm",
        "scoring_mode",
        "max_score",
        "score_instructions",
    )
)


def _read_additional_properties(cls: type[PromptEvaluationCriteria], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[PromptEvaluationCriteria], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    conversation_goal_prompt = d.get("conversation_goal_prompt", MISSING)
    if conversation_goal_prompt.__class__ is not str:
        conversation_goal_prompt = _read_conversation_goal_prompt(cls, d)

    use_knowledge_base = d.get("use_knowledge_base", UNSET)
    if use_knowledge_base.__class__ is not bool and use_knowledge_base is not UNSET:
        use_knowledge_base = _read_use_knowledge_base(cls, d)

    scope = d.get("scope", UNSET)
    if scope.__class__ is not str and scope is not UNSET:
        scope = _read_scope(cls, d)

    llm = d.get("llm", UNSET)
    if llm is not None and llm.__class__ is not str and llm is not UNSET:
        llm = _read_llm(cls, d)

    scoring_mode = d.get("scoring_mode", UNSET)
    if scoring_mode.__class__ is not str and scoring_mode is not UNSET:
        scoring_mode = _read_scoring_mode(cls, d)

    max_score = d.get("max_score", UNSET)
    if max_score.__class__ is not int and max_score is not UNSET:
        max_score = _read_max_score(cls, d)

    score_instructions = d.get("score_instructions", UNSET)
    if score_instructions.__class__ is not str and score_instructions is not None and score_instructions is not UNSET:
        score_instructions = _read_score_instructions(cls, d)

    return {
        "id": id,
        "name": name,
        "conversation_goal_prompt": conversation_goal_prompt,
        "type_": type_,
        "use_knowledge_base": use_knowledge_base,
        "scope": scope,
        "llm": llm,
        "scoring_mode": scoring_mode,
        "max_score": max_score,
        "score_instructions": score_instructions,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(PromptEvaluationCriteria, type_="type")

set_readers(
    PromptEvaluationCriteria,
    _all_fields,
    {
        "id": _read_id,
        "name": _read_name,
        "conversation_goal_prompt": _read_conversation_goal_prompt,
        "type_": _read_type_,
        "use_knowledge_base": _read_use_knowledge_base,
        "scope": _read_scope,
        "llm": _read_llm,
        "scoring_mode": _read_scoring_mode,
        "max_score": _read_max_score,
        "score_instructions": _read_score_instructions,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
