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

T = TypeVar("T", bound="TurnCommentResponseModel")


@_attrs_define
class TurnCommentResponseModel:
    """Attributes:
    turn_index (int):
    comment (str):
    created_at_unix_secs (int):
    owner_user_id (None | str):
    """

    turn_index: int

    comment: str

    created_at_unix_secs: int

    owner_user_id: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        turn_index = self.turn_index

        comment = self.comment

        created_at_unix_secs = self.created_at_unix_secs

        owner_user_id: Any
        try:
            owner_user_id = self.owner_user_id

        except (AttributeError, TypeError):
            owner_user_id = self.owner_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if turn_index is not None or "turn_index" not in self._missing_fields:
            field_dict["turn_index"] = turn_index
        if comment is not None or "comment" not in self._missing_fields:
            field_dict["comment"] = comment
        if created_at_unix_secs is not None or "created_at_unix_secs" not in self._missing_fields:
            field_dict["created_at_unix_secs"] = created_at_unix_secs
        if owner_user_id is not None or "owner_user_id" not in self._missing_fields:
            field_dict["owner_user_id"] = owner_user_id
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

        created_at_unix_secs = d.pop("created_at_unix_secs", MISSING)
        if created_at_unix_secs.__class__ is not int:
            if created_at_unix_secs is MISSING:
                created_at_unix_secs = missing_field(cls, "created_at_unix_secs")
                _missing += ("created_at_unix_secs",)
            else:
                created_at_unix_secs = unexpected_type(cls, "created_at_unix_secs", created_at_unix_secs, "an integer")

        owner_user_id = d.pop("owner_user_id", MISSING)
        if owner_user_id.__class__ is not str and owner_user_id is not None:
            if owner_user_id is MISSING:
                owner_user_id = missing_field(cls, "owner_user_id")
                _missing += ("owner_user_id",)
            else:
                owner_user_id = unexpected_type(cls, "owner_user_id", owner_user_id, "a string or null")

        turn_comment_response_model = cls(
            turn_index=turn_index,
            comment=comment,
            created_at_unix_secs=created_at_unix_secs,
            owner_user_id=owner_user_id,
        )
        if _missing:
            turn_comment_response_model._missing_fields = _missing
        turn_comment_response_model.additional_properties = d
        return turn_comment_response_model

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
