from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentTransferOpPush")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentTransferOpPush(Lazy):
    """Attributes:
    type_ (Literal['push'] | Unset):  Default: 'push'.
    return_node_id (None | str | Unset):
    """

    type_: Literal["push"] | Unset = _attrs_field(
        default="push",
        kw_only=True,
        alias="type",
        validator=types.tag("AgentTransferOpPush", "type", "push"),
    )

    return_node_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "push")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        return_node_id: Any
        try:
            return_node_id = self.return_node_id

        except (AttributeError, TypeError):
            return_node_id = self.return_node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if return_node_id is not UNSET:
            field_dict["return_node_id"] = return_node_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_transfer_op_push = cls.__new__(cls)
        agent_transfer_op_push.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return agent_transfer_op_push

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


def _read_type_(cls: type[AgentTransferOpPush], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["push"] | Unset, type__raw)
    if type_ != "push" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'push', got '{type_}'")

    return type_


_read_return_node_id = plain_reader(
    "return_node_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "return_node_id",
    )
)


def _read_additional_properties(cls: type[AgentTransferOpPush], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentTransferOpPush], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    return_node_id = d.get("return_node_id", UNSET)
    if return_node_id.__class__ is not str and return_node_id is not None and return_node_id is not UNSET:
        return_node_id = _read_return_node_id(cls, d)

    return {
        "type_": type_,
        "return_node_id": return_node_id,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AgentTransferOpPush, type_="type")

set_readers(
    AgentTransferOpPush,
    _all_fields,
    {
        "type_": _read_type_,
        "return_node_id": _read_return_node_id,
        "additional_properties": _read_additional_properties,
    },
)
