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

T = TypeVar("T", bound="TurnCommentResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TurnCommentResponseModel(Lazy):
    """Attributes:
    turn_index (int):
    comment (str):
    created_at_unix_secs (int):
    owner_user_id (None | str):
    """

    turn_index: int

    comment: str

    created_at_unix_secs: int

    owner_user_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "turn_index",
        "comment",
        "created_at_unix_secs",
        "owner_user_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        turn_comment_response_model = cls.__new__(cls)
        turn_comment_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_turn_index = plain_reader("turn_index", (int,), "an integer", True)

_read_comment = plain_reader("comment", (str,), "a string", True)

_read_created_at_unix_secs = plain_reader("created_at_unix_secs", (int,), "an integer", True)

_read_owner_user_id = plain_reader(
    "owner_user_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "turn_index",
        "comment",
        "created_at_unix_secs",
        "owner_user_id",
    )
)


def _read_additional_properties(cls: type[TurnCommentResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[TurnCommentResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    turn_index = d.get("turn_index", MISSING)
    if turn_index.__class__ is not int:
        turn_index = _read_turn_index(cls, d)

    comment = d.get("comment", MISSING)
    if comment.__class__ is not str:
        comment = _read_comment(cls, d)

    created_at_unix_secs = d.get("created_at_unix_secs", MISSING)
    if created_at_unix_secs.__class__ is not int:
        created_at_unix_secs = _read_created_at_unix_secs(cls, d)

    owner_user_id = d.get("owner_user_id", MISSING)
    if owner_user_id.__class__ is not str and owner_user_id is not None:
        owner_user_id = _read_owner_user_id(cls, d)

    return {
        "turn_index": turn_index,
        "comment": comment,
        "created_at_unix_secs": created_at_unix_secs,
        "owner_user_id": owner_user_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TurnCommentResponseModel,
    _all_fields,
    {
        "turn_index": _read_turn_index,
        "comment": _read_comment,
        "created_at_unix_secs": _read_created_at_unix_secs,
        "owner_user_id": _read_owner_user_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
