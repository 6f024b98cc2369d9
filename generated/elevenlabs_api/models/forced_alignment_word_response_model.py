from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ForcedAlignmentWordResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ForcedAlignmentWordResponseModel(Lazy):
    """Model representing a single word with its timing information from the aligner.

    Example:
        {'end': 1.02, 'loss': 0.12, 'start': 0.0, 'text': 'Hello'}

    Attributes:
        text (str): The word that was transcribed.
        start (float): The start time of the word in seconds.
        end (float): The end time of the word in seconds.
        loss (float): The average alignment loss/confidence score for this word, calculated from its constituent
            characters.
    """

    text: str

    start: float

    end: float

    loss: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "text",
        "start",
        "end",
        "loss",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        start = self.start

        end = self.end

        loss = self.loss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if start is not None or "start" not in self._missing_fields:
            field_dict["start"] = start
        if end is not None or "end" not in self._missing_fields:
            field_dict["end"] = end
        if loss is not None or "loss" not in self._missing_fields:
            field_dict["loss"] = loss
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        forced_alignment_word_response_model = cls.__new__(cls)
        forced_alignment_word_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return forced_alignment_word_response_model

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

_read_start = plain_reader(
    "start",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_end = plain_reader(
    "end",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_loss = plain_reader(
    "loss",
    (
        float,
        int,
    ),
    "a number",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "start",
        "end",
        "loss",
    )
)


def _read_additional_properties(cls: type[ForcedAlignmentWordResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ForcedAlignmentWordResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    start = d.get("start", MISSING)
    if start.__class__ is not float and start.__class__ is not int:
        start = _read_start(cls, d)

    end = d.get("end", MISSING)
    if end.__class__ is not float and end.__class__ is not int:
        end = _read_end(cls, d)

    loss = d.get("loss", MISSING)
    if loss.__class__ is not float and loss.__class__ is not int:
        loss = _read_loss(cls, d)

    return {
        "text": text,
        "start": start,
        "end": end,
        "loss": loss,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ForcedAlignmentWordResponseModel,
    _all_fields,
    {
        "text": _read_text,
        "start": _read_start,
        "end": _read_end,
        "loss": _read_loss,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
