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

T = TypeVar("T", bound="VadScoreVadScoreEvent")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VadScoreVadScoreEvent(Lazy):
    """VAD event data

    Attributes:
        vad_score (float): Voice activity detection confidence score between 0 and 1
    """

    vad_score: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("vad_score",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        vad_score = self.vad_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if vad_score is not None or "vad_score" not in self._missing_fields:
            field_dict["vad_score"] = vad_score
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        vad_score_vad_score_event = cls.__new__(cls)
        vad_score_vad_score_event.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return vad_score_vad_score_event

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


_read_vad_score = plain_reader(
    "vad_score",
    (
        float,
        int,
    ),
    "a number",
    True,
)


_FIELDS: frozenset[str] = frozenset(("vad_score",))


def _read_additional_properties(cls: type[VadScoreVadScoreEvent], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[VadScoreVadScoreEvent], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    vad_score = d.get("vad_score", MISSING)
    if vad_score.__class__ is not float and vad_score.__class__ is not int:
        vad_score = _read_vad_score(cls, d)

    return {
        "vad_score": vad_score,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    VadScoreVadScoreEvent,
    _all_fields,
    {
        "vad_score": _read_vad_score,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
