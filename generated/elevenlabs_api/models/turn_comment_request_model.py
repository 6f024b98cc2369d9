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

T = TypeVar("T", bound="TurnCommentRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TurnCommentRequestModel(Lazy):
    """Attributes:
    turn_index (int): Zero-based index of the transcript turn this comment refers to.
    comment (str): What went wrong at this turn.
    """

    turn_index: int

    comment: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "turn_index",
        "comment",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        turn_index = self.turn_index

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if turn_index is not None or "turn_index" not in self._missing_fields:
            field_dict["turn_index"] = turn_index
        if comment is not None or "comment" not in self._missing_fields:
            field_dict["comment"] = comment
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        turn_comment_request_model = cls.__new__(cls)
        turn_comment_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return turn_comment_request_model

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


_read_turn_index = plain_reader("turn_index", (int,), "an integer", True)

_read_comment = plain_reader("comment", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "turn_index",
        "comment",
    )
)


def _read_additional_properties(cls: type[TurnCommentRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[TurnCommentRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    turn_index = d.get("turn_index", MISSING)
    if turn_index.__class__ is not int:
        turn_index = _read_turn_index(cls, d)

    comment = d.get("comment", MISSING)
    if comment.__class__ is not str:
        comment = _read_comment(cls, d)

    return {
        "turn_index": turn_index,
        "comment": comment,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TurnCommentRequestModel,
    _all_fields,
    {
        "turn_index": _read_turn_index,
        "comment": _read_comment,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
