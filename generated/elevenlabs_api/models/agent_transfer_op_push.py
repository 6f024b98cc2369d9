from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="AgentTransferOpPush")


@_attrs_define
class AgentTransferOpPush:
    """Attributes:
    type_ (Literal['push'] | Unset):  Default: 'push'.
    return_node_id (None | str | Unset):
    """

    type_: Literal["push"] | Unset = "push"

    return_node_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "push")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["push"] | Unset, type__raw)
        if type_ != "push" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'push', got '{type_}'")

        return_node_id = d.pop("return_node_id", UNSET)
        if return_node_id.__class__ is not str and return_node_id is not None and return_node_id is not UNSET:
            return_node_id = unexpected_type(cls, "return_node_id", return_node_id, "a string or null")

        agent_transfer_op_push = cls(
            type_=type_,
            return_node_id=return_node_id,
        )
        agent_transfer_op_push.additional_properties = d
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
