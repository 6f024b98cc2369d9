from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import MusicModelId, check_music_model_id
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyGenerateCompositionPlanV1MusicPlanPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyGenerateCompositionPlanV1MusicPlanPost(Lazy):
    """Attributes:
    prompt (str): A simple text prompt to compose a plan from.
    music_length_ms (int | None | Unset): The length of the composition plan to generate in milliseconds. Must be
        between 3000ms and 600000ms. Optional - if not provided, the model will choose a length based on the prompt.
    source_composition_plan (CompositionPlan | MusicPrompt | None | Unset): An optional composition plan to use as a
        source for the new composition plan.
    model_id (MusicModelId | Unset):
    """

    prompt: str

    music_length_ms: int | None | Unset = UNSET

    source_composition_plan: CompositionPlan | MusicPrompt | None | Unset = UNSET

    model_id: MusicModelId | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("prompt",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        prompt = self.prompt

        music_length_ms: Any
        try:
            music_length_ms = self.music_length_ms

        except (AttributeError, TypeError):
            music_length_ms = self.music_length_ms

        source_composition_plan: Any
        try:
            if isinstance(self.source_composition_plan, Unset):
                source_composition_plan = UNSET
            elif isinstance(self.source_composition_plan, MusicPrompt) or isinstance(
                self.source_composition_plan, CompositionPlan
            ):
                source_composition_plan = self.source_composition_plan.to_dict()
            else:
                source_composition_plan = self.source_composition_plan

        except (AttributeError, TypeError):
            source_composition_plan = self.source_composition_plan

        model_id: Any
        try:
            model_id = UNSET
            if not isinstance(self.model_id, Unset):
                model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if prompt is not None or "prompt" not in self._missing_fields:
            field_dict["prompt"] = prompt
        if music_length_ms is not UNSET:
            field_dict["music_length_ms"] = music_length_ms
        if source_composition_plan is not UNSET:
            field_dict["source_composition_plan"] = source_composition_plan
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_generate_composition_plan_v1_music_plan_post = cls.__new__(cls)
        body_generate_composition_plan_v1_music_plan_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_generate_composition_plan_v1_music_plan_post

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


_read_prompt = plain_reader("prompt", (str,), "a string", True)

_read_music_length_ms = plain_reader(
    "music_length_ms",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


def _read_source_composition_plan(cls: type[BodyGenerateCompositionPlanV1MusicPlanPost], d: Mapping[str, Any]) -> Any:
    source_composition_plan_raw = d.get("source_composition_plan", UNSET)
    try:

        def _parse_source_composition_plan(data: object) -> CompositionPlan | MusicPrompt | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_source_composition_plan_member, data)

        def _parse_source_composition_plan_member(data: object) -> CompositionPlan | MusicPrompt | None | Unset:
            if isinstance(data, dict):
                for known in (
                    MusicPrompt,
                    CompositionPlan,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                source_composition_plan_type_0 = MusicPrompt.from_dict(data)

                return source_composition_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            source_composition_plan_type_1 = CompositionPlan.from_dict(data)

            return source_composition_plan_type_1

        source_composition_plan = _parse_source_composition_plan(source_composition_plan_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        source_composition_plan = deviating_field(cls, "source_composition_plan", source_composition_plan_raw)

    return source_composition_plan


def _read_model_id(cls: type[BodyGenerateCompositionPlanV1MusicPlanPost], d: Mapping[str, Any]) -> Any:
    model_id_raw = d.get("model_id", UNSET)
    try:
        _model_id = model_id_raw
        model_id: MusicModelId | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_music_model_id(_model_id)
    except (KeyError, TypeError, ValueError, AttributeError):
        model_id = deviating_field(cls, "model_id", model_id_raw)

    return model_id


_FIELDS: frozenset[str] = frozenset(
    (
        "prompt",
        "music_length_ms",
        "source_composition_plan",
        "model_id",
    )
)


def _read_additional_properties(
    cls: type[BodyGenerateCompositionPlanV1MusicPlanPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyGenerateCompositionPlanV1MusicPlanPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    prompt = d.get("prompt", MISSING)
    if prompt.__class__ is not str:
        prompt = _read_prompt(cls, d)

    music_length_ms = d.get("music_length_ms", UNSET)
    if music_length_ms.__class__ is not int and music_length_ms is not None and music_length_ms is not UNSET:
        music_length_ms = _read_music_length_ms(cls, d)

    if "source_composition_plan" in known:
        source_composition_plan = known["source_composition_plan"]
    else:
        source_composition_plan = d.get("source_composition_plan", UNSET)
        if source_composition_plan is not UNSET and source_composition_plan is not None:
            source_composition_plan = _read_source_composition_plan(cls, d)

    if "model_id" in known:
        model_id = known["model_id"]
    else:
        model_id = d.get("model_id", UNSET)
        if model_id is not UNSET:
            model_id = _read_model_id(cls, d)

    return {
        "prompt": prompt,
        "music_length_ms": music_length_ms,
        "source_composition_plan": source_composition_plan,
        "model_id": model_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyGenerateCompositionPlanV1MusicPlanPost,
    _all_fields,
    {
        "prompt": _read_prompt,
        "music_length_ms": _read_music_length_ms,
        "source_composition_plan": _read_source_composition_plan,
        "model_id": _read_model_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.composition_plan import CompositionPlan
from ..models.music_prompt import MusicPrompt
