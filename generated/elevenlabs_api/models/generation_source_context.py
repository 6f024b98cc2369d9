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
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GenerationSourceContext")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GenerationSourceContext(Lazy):
    """Attributes:
    generation_id (str):
    model_id (str):
    source_type (Literal['generation'] | Unset):  Default: 'generation'.
    prompt (None | str | Unset):
    model_provider (None | str | Unset):
    generation_session_id (None | str | Unset):
    session_iteration_id (None | str | Unset):
    model_parameters (GenerationSourceContextModelParametersType0 | None | Unset):
    extend_video (None | ReferenceVideo | Unset):
    """

    generation_id: str

    model_id: str

    source_type: Literal["generation"] | Unset = _attrs_field(
        default="generation",
        kw_only=True,
        validator=types.tag("GenerationSourceContext", "source_type", "generation"),
    )

    prompt: None | str | Unset = UNSET

    model_provider: None | str | Unset = UNSET

    generation_session_id: None | str | Unset = UNSET

    session_iteration_id: None | str | Unset = UNSET

    model_parameters: GenerationSourceContextModelParametersType0 | None | Unset = UNSET

    extend_video: None | ReferenceVideo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "generation_id",
        "model_id",
    )
    _tags: ClassVar[tuple[str, ...]] = ("source_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source_type", "generation")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        generation_id = self.generation_id

        model_id = self.model_id

        source_type = self.source_type

        prompt: Any
        try:
            prompt = self.prompt

        except (AttributeError, TypeError):
            prompt = self.prompt

        model_provider: Any
        try:
            model_provider = self.model_provider

        except (AttributeError, TypeError):
            model_provider = self.model_provider

        generation_session_id: Any
        try:
            generation_session_id = self.generation_session_id

        except (AttributeError, TypeError):
            generation_session_id = self.generation_session_id

        session_iteration_id: Any
        try:
            session_iteration_id = self.session_iteration_id

        except (AttributeError, TypeError):
            session_iteration_id = self.session_iteration_id

        model_parameters: Any
        try:
            if isinstance(self.model_parameters, Unset):
                model_parameters = UNSET
            elif isinstance(self.model_parameters, GenerationSourceContextModelParametersType0):
                model_parameters = self.model_parameters.to_dict()
            else:
                model_parameters = self.model_parameters

        except (AttributeError, TypeError):
            model_parameters = self.model_parameters

        extend_video: Any
        try:
            if isinstance(self.extend_video, Unset):
                extend_video = UNSET
            elif isinstance(self.extend_video, ReferenceVideo):
                extend_video = self.extend_video.to_dict()
            else:
                extend_video = self.extend_video

        except (AttributeError, TypeError):
            extend_video = self.extend_video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if generation_id is not None or "generation_id" not in self._missing_fields:
            field_dict["generation_id"] = generation_id
        if model_id is not None or "model_id" not in self._missing_fields:
            field_dict["model_id"] = model_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if model_provider is not UNSET:
            field_dict["model_provider"] = model_provider
        if generation_session_id is not UNSET:
            field_dict["generation_session_id"] = generation_session_id
        if session_iteration_id is not UNSET:
            field_dict["session_iteration_id"] = session_iteration_id
        if model_parameters is not UNSET:
            field_dict["model_parameters"] = model_parameters
        if extend_video is not UNSET:
            field_dict["extend_video"] = extend_video
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        generation_source_context = cls.__new__(cls)
        generation_source_context.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return generation_source_context

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


def _read_source_type(cls: type[GenerationSourceContext], d: Mapping[str, Any]) -> Any:
    source_type_raw = d.get("source_type", UNSET)
    source_type = cast(Literal["generation"] | Unset, source_type_raw)
    if source_type != "generation" and not isinstance(source_type, Unset):
        raise ValueError(f"source_type must match const 'generation', got '{source_type}'")

    return source_type


_read_generation_id = plain_reader("generation_id", (str,), "a string", True)

_read_model_id = plain_reader("model_id", (str,), "a string", True)

_read_prompt = plain_reader(
    "prompt",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_model_provider = plain_reader(
    "model_provider",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_generation_session_id = plain_reader(
    "generation_session_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_session_iteration_id = plain_reader(
    "session_iteration_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_model_parameters(cls: type[GenerationSourceContext], d: Mapping[str, Any]) -> Any:
    model_parameters_raw = d.get("model_parameters", UNSET)
    try:

        def _parse_model_parameters(data: object) -> GenerationSourceContextModelParametersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            model_parameters_type_0 = GenerationSourceContextModelParametersType0.from_dict(data)

            return model_parameters_type_0

        model_parameters = _parse_model_parameters(model_parameters_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        model_parameters = deviating_field(cls, "model_parameters", model_parameters_raw)

    return model_parameters


def _read_extend_video(cls: type[GenerationSourceContext], d: Mapping[str, Any]) -> Any:
    extend_video_raw = d.get("extend_video", UNSET)
    try:

        def _parse_extend_video(data: object) -> None | ReferenceVideo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            extend_video_type_0 = ReferenceVideo.from_dict(data)

            return extend_video_type_0

        extend_video = _parse_extend_video(extend_video_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        extend_video = deviating_field(cls, "extend_video", extend_video_raw)

    return extend_video


_FIELDS: frozenset[str] = frozenset(
    (
        "generation_id",
        "model_id",
        "source_type",
        "prompt",
        "model_provider",
        "generation_session_id",
        "session_iteration_id",
        "model_parameters",
        "extend_video",
    )
)


def _read_additional_properties(cls: type[GenerationSourceContext], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[GenerationSourceContext], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "source_type" in known:
        source_type = known["source_type"]
    else:
        source_type = d.get("source_type", UNSET)
        if source_type is not UNSET:
            source_type = _read_source_type(cls, d)

    generation_id = d.get("generation_id", MISSING)
    if generation_id.__class__ is not str:
        generation_id = _read_generation_id(cls, d)

    model_id = d.get("model_id", MISSING)
    if model_id.__class__ is not str:
        model_id = _read_model_id(cls, d)

    prompt = d.get("prompt", UNSET)
    if prompt.__class__ is not str and prompt is not None and prompt is not UNSET:
        prompt = _read_prompt(cls, d)

    model_provider = d.get("model_provider", UNSET)
    if model_provider.__class__ is not str and model_provider is not None and model_provider is not UNSET:
        model_provider = _read_model_provider(cls, d)

    generation_session_id = d.get("generation_session_id", UNSET)
    if (
        generation_session_id.__class__ is not str
        and generation_session_id is not None
        and generation_session_id is not UNSET
    ):
        generation_session_id = _read_generation_session_id(cls, d)

    session_iteration_id = d.get("session_iteration_id", UNSET)
    if (
        session_iteration_id.__class__ is not str
        and session_iteration_id is not None
        and session_iteration_id is not UNSET
    ):
        session_iteration_id = _read_session_iteration_id(cls, d)

    if "model_parameters" in known:
        model_parameters = known["model_parameters"]
    else:
        model_parameters = d.get("model_parameters", UNSET)
        if model_parameters is not UNSET and model_parameters is not None:
            model_parameters = _read_model_parameters(cls, d)

    if "extend_video" in known:
        extend_video = known["extend_video"]
    else:
        extend_video = d.get("extend_video", UNSET)
        if extend_video is not UNSET and extend_video is not None:
            extend_video = _read_extend_video(cls, d)

    return {
        "generation_id": generation_id,
        "model_id": model_id,
        "source_type": source_type,
        "prompt": prompt,
        "model_provider": model_provider,
        "generation_session_id": generation_session_id,
        "session_iteration_id": session_iteration_id,
        "model_parameters": model_parameters,
        "extend_video": extend_video,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GenerationSourceContext,
    _all_fields,
    {
        "generation_id": _read_generation_id,
        "model_id": _read_model_id,
        "source_type": _read_source_type,
        "prompt": _read_prompt,
        "model_provider": _read_model_provider,
        "generation_session_id": _read_generation_session_id,
        "session_iteration_id": _read_session_iteration_id,
        "model_parameters": _read_model_parameters,
        "extend_video": _read_extend_video,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.generation_source_context_model_parameters_type_0 import GenerationSourceContextModelParametersType0
from ..models.reference_video import ReferenceVideo
