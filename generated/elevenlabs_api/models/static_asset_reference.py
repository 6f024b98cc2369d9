from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="StaticAssetReference")


@_attrs_define
class StaticAssetReference:
    """An asset uploaded via the assets API.

    Attributes:
        type_ (Literal['asset']):
        asset_id (str): The ID of an asset uploaded via the assets API (`POST /v1/assets`), as returned in that
            response's `asset_id`.
    """

    type_: Literal["asset"]

    asset_id: str

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "asset")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}
        field_dict["type"] = type_
        if asset_id is not None or "asset_id" not in self._missing_fields:
            field_dict["asset_id"] = asset_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["asset"], type__raw)
        if type_ != "asset":
            raise ValueError(f"type must match const 'asset', got '{type_}'")

        asset_id = d.pop("asset_id", MISSING)
        if asset_id.__class__ is not str:
            if asset_id is MISSING:
                asset_id = missing_field(cls, "asset_id")
                _missing += ("asset_id",)
            else:
                asset_id = unexpected_type(cls, "asset_id", asset_id, "a string")

        static_asset_reference = cls(
            type_=type_,
            asset_id=asset_id,
        )
        if _missing:
            static_asset_reference._missing_fields = _missing
        return static_asset_reference
