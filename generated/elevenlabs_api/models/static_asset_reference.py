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
    Lazy,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="StaticAssetReference")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class StaticAssetReference(Lazy):
    """An asset uploaded via the assets API.

    Attributes:
        type_ (Literal['asset']):
        asset_id (str): The ID of an asset uploaded via the assets API (`POST /v1/assets`), as returned in that
            response's `asset_id`.
    """

    type_: Literal["asset"] = _attrs_field(
        default="asset",
        kw_only=True,
        alias="type",
        validator=types.tag("StaticAssetReference", "type", "asset"),
    )

    asset_id: str

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("asset_id",)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "asset")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}
        field_dict["type"] = type_
        if asset_id is not None or "asset_id" not in self._missing_fields:
            field_dict["asset_id"] = asset_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        static_asset_reference = cls.__new__(cls)
        static_asset_reference.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return static_asset_reference


def _read_type_(cls: type[StaticAssetReference], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["asset"], type__raw)
    if type_ != "asset":
        raise ValueError(f"type must match const 'asset', got '{type_}'")

    return type_


_read_asset_id = plain_reader("asset_id", (str,), "a string", True)


def _all_fields(cls: type[StaticAssetReference], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    asset_id = d.get("asset_id", MISSING)
    if asset_id.__class__ is not str:
        asset_id = _read_asset_id(cls, d)

    return {
        "type_": type_,
        "asset_id": asset_id,
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(StaticAssetReference, type_="type")

set_readers(
    StaticAssetReference,
    _all_fields,
    {
        "type_": _read_type_,
        "asset_id": _read_asset_id,
        "_missing_fields": missing_fields,
    },
)
