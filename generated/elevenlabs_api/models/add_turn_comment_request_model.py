from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AddTurnCommentRequestModel")


@_attrs_define
class AddTurnCommentRequestModel:
    """Attributes:
    turn_index (int): Zero-based index of the transcript turn this comment refers to.
    comment (str): What went wrong at this turn.
    """

    turn_index: int

    comment: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        turn_index = d.pop("turn_index", MISSING)
        if turn_index.__class__ is not int:
            if turn_index is MISSING:
                turn_index = missing_field(cls, "turn_index")
                _missing += ("turn_index",)
            else:
                turn_index = unexpected_type(cls, "turn_index", turn_index, "an integer")

        comment = d.pop("comment", MISSING)
        if comment.__class__ is not str:
            if comment is MISSING:
                comment = missing_field(cls, "comment")
                _missing += ("comment",)
            else:
                comment = unexpected_type(cls, "comment", comment, "a string")

        add_turn_comment_request_model = cls(
            turn_index=turn_index,
            comment=comment,
        )
        if _missing:
            add_turn_comment_request_model._missing_fields = _missing
        add_turn_comment_request_model.additional_properties = d
        return add_turn_comment_request_model

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
