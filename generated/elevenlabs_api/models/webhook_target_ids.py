from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WebhookTargetIds")


@_attrs_define
class WebhookTargetIds:
    """Deliver the result to specific configured flows webhooks.

    Attributes:
        ids (list[str]): The IDs of the workspace flows webhooks to deliver the result to. Each must be one of the
            workspace's configured flows webhooks.
        type_ (Literal['ids'] | Unset): Send the result to the listed flows webhooks. Default: 'ids'.
    """

    ids: list[str]

    type_: Literal["ids"] | Unset = "ids"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "ids")

    def to_dict(self) -> dict[str, Any]:
        ids: Any
        try:
            ids = self.ids

        except (AttributeError, TypeError):
            ids = self.ids

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ids is not None or "ids" not in self._missing_fields:
            field_dict["ids"] = ids
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["ids"] | Unset, type__raw)
        if type_ != "ids" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'ids', got '{type_}'")

        ids = d.pop("ids", MISSING)
        if ids.__class__ is not list:
            if ids is MISSING:
                ids = missing_field(cls, "ids")
                _missing += ("ids",)
            else:
                ids = unexpected_type(cls, "ids", ids, "an array")
        elif ids.__class__ is list and ids:
            check_items(cls, "ids", ids, (str,), "a string")

        webhook_target_ids = cls(
            ids=ids,
            type_=type_,
        )
        if _missing:
            webhook_target_ids._missing_fields = _missing
        webhook_target_ids.additional_properties = d
        return webhook_target_ids

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
