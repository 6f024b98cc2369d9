from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    GenerationChunkInputConditionStrengthType0,
    GenerationChunkInputContextAdherenceType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GenerationChunkInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GenerationChunkInput(Lazy):
    """Attributes:
    text (str): The text config to be generated for this chunk. Can contain section name in square brackets, e.g.
        [Verse 1], lyrics lines, and inline directions in curly braces, e.g. {scratching}.
    duration_ms (int): The duration of the chunk in milliseconds. Must be between 3000ms and 120000ms.
    positive_styles (list[str]): The styles and musical directions that should be present in this chunk. Use English
        language for best results. The styles for the first chunk are the most important as they set the overall tone
        and genre. Styles for subsequent chunks can be used to add nuance, progression, emphasis, or change the
        direction of the song. Aim to have at least 6-7 styles in early chunks until the direction is established.
        Generic styles like 'great production quality' are good default styles to append to the list.
    negative_styles (list[str] | Unset): The styles and musical directions that should not be present in this chunk.
        Use English language for best results. Leaving empty is a good default, only use this field if you want to
        explicitly avoid a particular style or direction.
    context_adherence (GenerationChunkInputContextAdherenceType0 | str | Unset): How much the model adheres to the
        context of its surrounding chunks. Low adherence means the model can deviate from the context and be more
        creative. High adherence means the model will be more consistent with the context. Defaults to 'high' on the
        server.
    conditioning_ref (AudioRefChunk | None | Unset): The audio reference to condition the generation on. The first
        chunk is the most important as it will influence the generation of all subsequent chunks. Thus, if you want to
        apply conditioning to the entire song, start conditioning from the first chunk.
    condition_strength (GenerationChunkInputConditionStrengthType0 | None | str | Unset): How strongly the model
        adheres to the conditioning reference. Low strength means the model will be more creative and deviate from the
        reference. High strength means the model will be more consistent with the reference.
    """

    text: str

    duration_ms: int

    positive_styles: list[str]

    negative_styles: list[str] | Unset = UNSET

    context_adherence: GenerationChunkInputContextAdherenceType0 | str | Unset = UNSET

    conditioning_ref: AudioRefChunk | None | Unset = UNSET

    condition_strength: GenerationChunkInputConditionStrengthType0 | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "text",
        "duration_ms",
        "positive_styles",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        duration_ms = self.duration_ms

        positive_styles: Any
        try:
            positive_styles = self.positive_styles

        except (AttributeError, TypeError):
            positive_styles = self.positive_styles

        negative_styles: Any
        try:
            negative_styles = UNSET
            if not isinstance(self.negative_styles, Unset):
                negative_styles = self.negative_styles

        except (AttributeError, TypeError):
            negative_styles = self.negative_styles

        context_adherence: Any
        try:
            if isinstance(self.context_adherence, Unset):
                context_adherence = UNSET
            elif isinstance(self.context_adherence, str):
                context_adherence = self.context_adherence
            else:
                context_adherence = self.context_adherence

        except (AttributeError, TypeError):
            context_adherence = self.context_adherence

        conditioning_ref: Any
        try:
            if isinstance(self.conditioning_ref, Unset):
                conditioning_ref = UNSET
            elif isinstance(self.conditioning_ref, AudioRefChunk):
                conditioning_ref = self.conditioning_ref.to_dict()
            else:
                conditioning_ref = self.conditioning_ref

        except (AttributeError, TypeError):
            conditioning_ref = self.conditioning_ref

        condition_strength: Any
        try:
            if isinstance(self.condition_strength, Unset):
                condition_strength = UNSET
            elif isinstance(self.condition_strength, str):
                condition_strength = self.condition_strength
            else:
                condition_strength = self.condition_strength

        except (AttributeError, TypeError):
            condition_strength = self.condition_strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if duration_ms is not None or "duration_ms" not in self._missing_fields:
            field_dict["duration_ms"] = duration_ms
        if positive_styles is not None or "positive_styles" not in self._missing_fields:
            field_dict["positive_styles"] = positive_styles
        if negative_styles is not UNSET:
            field_dict["negative_styles"] = negative_styles
        if context_adherence is not UNSET:
            field_dict["context_adherence"] = context_adherence
        if conditioning_ref is not UNSET:
            field_dict["conditioning_ref"] = conditioning_ref
        if condition_strength is not UNSET:
            field_dict["condition_strength"] = condition_strength
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        generation_chunk_input = cls.__new__(cls)
        generation_chunk_input.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return generation_chunk_input

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


_read_text = plain_reader("text", (str,), "a string", True)

_read_duration_ms = plain_reader("duration_ms", (int,), "an integer", True)

_read_positive_styles = plain_reader("positive_styles", (list,), "an array", True, ((str,), "a string"))

_read_negative_styles = plain_reader("negative_styles", (list,), "an array", False, ((str,), "a string"))

_read_context_adherence = plain_reader("context_adherence", (str,), "a string", False)


def _read_conditioning_ref(cls: type[GenerationChunkInput], d: Mapping[str, Any]) -> Any:
    conditioning_ref_raw = d.get("conditioning_ref", UNSET)
    try:

        def _parse_conditioning_ref(data: object) -> AudioRefChunk | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            conditioning_ref_type_0 = AudioRefChunk.from_dict(data)

            return conditioning_ref_type_0

        conditioning_ref = _parse_conditioning_ref(conditioning_ref_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        conditioning_ref = deviating_field(cls, "conditioning_ref", conditioning_ref_raw)

    return conditioning_ref


_read_condition_strength = plain_reader(
    "condition_strength",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "duration_ms",
        "positive_styles",
        "negative_styles",
        "context_adherence",
        "conditioning_ref",
        "condition_strength",
    )
)


def _read_additional_properties(cls: type[GenerationChunkInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[GenerationChunkInput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    duration_ms = d.get("duration_ms", MISSING)
    if duration_ms.__class__ is not int:
        duration_ms = _read_duration_ms(cls, d)

    positive_styles = d.get("positive_styles", MISSING)
    if positive_styles.__class__ is not list:
        positive_styles = _read_positive_styles(cls, d)
    elif positive_styles.__class__ is list and positive_styles:
        check_items(cls, "positive_styles", positive_styles, (str,), "a string")

    negative_styles = d.get("negative_styles", UNSET)
    if negative_styles.__class__ is not list and negative_styles is not UNSET:
        negative_styles = _read_negative_styles(cls, d)
    elif negative_styles.__class__ is list and negative_styles:
        check_items(cls, "negative_styles", negative_styles, (str,), "a string")

    context_adherence = d.get("context_adherence", UNSET)
    if context_adherence.__class__ is not str and context_adherence is not UNSET:
        context_adherence = _read_context_adherence(cls, d)

    if "conditioning_ref" in known:
        conditioning_ref = known["conditioning_ref"]
    else:
        conditioning_ref = d.get("conditioning_ref", UNSET)
        if conditioning_ref is not UNSET and conditioning_ref is not None:
            conditioning_ref = _read_conditioning_ref(cls, d)

    condition_strength = d.get("condition_strength", UNSET)
    if condition_strength is not None and condition_strength.__class__ is not str and condition_strength is not UNSET:
        condition_strength = _read_condition_strength(cls, d)

    return {
        "text": text,
        "duration_ms": duration_ms,
        "positive_styles": positive_styles,
        "negative_styles": negative_styles,
        "context_adherence": context_adherence,
        "conditioning_ref": conditioning_ref,
        "condition_strength": condition_strength,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GenerationChunkInput,
    _all_fields,
    {
        "text": _read_text,
        "duration_ms": _read_duration_ms,
        "positive_styles": _read_positive_styles,
        "negative_styles": _read_negative_styles,
        "context_adherence": _read_context_adherence,
        "conditioning_ref": _read_conditioning_ref,
        "condition_strength": _read_condition_strength,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.audio_ref_chunk import AudioRefChunk
