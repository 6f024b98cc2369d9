from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GenerationConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GenerationConfig(Lazy):
    """Attributes:
    chunk_length_schedule (list[float] | Unset): This is an advanced setting that most users shouldn't need to use.
        It relates to our
        generation schedule.

        Our WebSocket service incorporates a buffer system designed to optimize the Time To First Byte (TTFB) while
        maintaining high-quality streaming.

        All text sent to the WebSocket endpoint is added to this buffer and only when that buffer reaches a certain size
        is an audio generation attempted. This is because our model provides higher quality audio when the model has
        longer inputs, and can deduce more context about how the text should be delivered.

        The buffer ensures smooth audio data delivery and is automatically emptied with a final audio generation either
        when the stream is closed, or upon sending a `flush` command. We have advanced settings for changing the chunk
        schedule, which can improve latency at the cost of quality by generating audio more frequently with smaller text
        inputs.

        The `chunk_length_schedule` determines the minimum amount of text that needs to be sent and present in our
        buffer before audio starts being generated. This is to maximise the amount of context available to
        the model to improve audio quality, whilst balancing latency of the returned audio chunks.

        The default value for `chunk_length_schedule` is: [120, 160, 250, 290].

        This means that the first chunk of audio will not be generated until you send text that
        totals at least 120 characters long. The next chunk of audio will only be generated once a
        further 160 characters have been sent. The third audio chunk will be generated after the
        next 250 characters. Then the fourth, and beyond, will be generated in sets of at least 290 characters.

        Customize this array to suit your needs. If you want to generate audio more frequently
        to optimise latency, you can reduce the values in the array. Note that setting the values
        too low may result in lower quality audio. Please test and adjust as needed.

        Each item should be in the range 50-500.
    """

    chunk_length_schedule: list[float] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        chunk_length_schedule: Any
        try:
            chunk_length_schedule = UNSET
            if not isinstance(self.chunk_length_schedule, Unset):
                chunk_length_schedule = self.chunk_length_schedule

        except (AttributeError, TypeError):
            chunk_length_schedule = self.chunk_length_schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if chunk_length_schedule is not UNSET:
            field_dict["chunk_length_schedule"] = chunk_length_schedule
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        generation_config = cls.__new__(cls)
        generation_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return generation_config

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


_read_chunk_length_schedule = plain_reader(
    "chunk_length_schedule", (list,), "an array", False, ((float, int), "a number")
)


_FIELDS: frozenset[str] = frozenset(("chunk_length_schedule",))


def _read_additional_properties(cls: type[GenerationConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[GenerationConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    chunk_length_schedule = d.get("chunk_length_schedule", UNSET)
    if chunk_length_schedule.__class__ is not list and chunk_length_schedule is not UNSET:
        chunk_length_schedule = _read_chunk_length_schedule(cls, d)
    elif chunk_length_schedule.__class__ is list and chunk_length_schedule:
        check_items(cls, "chunk_length_schedule", chunk_length_schedule, (float, int), "a number")

    return {
        "chunk_length_schedule": chunk_length_schedule,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    GenerationConfig,
    _all_fields,
    {
        "chunk_length_schedule": _read_chunk_length_schedule,
        "additional_properties": _read_additional_properties,
    },
)
