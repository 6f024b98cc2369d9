from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WebhookTargetIds")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WebhookTargetIds(Lazy):
    """Deliver the result to specific configured flows webhooks.

    Attributes:
        ids (list[str]): The IDs of the workspace flows webhooks to deliver the result to. Each must be one of the
            workspace's configured flows webhooks.
        type_ (Literal['ids'] | Unset): Send the result to the listed flows webhooks. Default: 'ids'.
    """

    ids: list[str]

    type_: Literal["ids"] | Unset = _attrs_field(
        default="ids",
        kw_only=True,
        alias="type",
        validator=types.tag("WebhookTargetIds", "type", "ids"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("ids",)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "ids")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        webhook_target_ids = cls.__new__(cls)
        webhook_target_ids.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


def _read_type_(cls: type[WebhookTargetIds], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["ids"] | Unset, type__raw)
    if type_ != "ids" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'ids', got '{type_}'")

    return type_


_read_ids = plain_reader("ids", (list,), "an array", True, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "ids",
        "type",
    )
)


def _read_additional_properties(cls: type[WebhookTargetIds], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[WebhookTargetIds], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    ids = d.get("ids", MISSING)
    if ids.__class__ is not list:
        ids = _read_ids(cls, d)
    elif ids.__class__ is list and ids:
        check_items(cls, "ids", ids, (str,), "a string")

    return {
        "ids": ids,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WebhookTargetIds, type_="type")

set_readers(
    WebhookTargetIds,
    _all_fields,
    {
        "ids": _read_ids,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
