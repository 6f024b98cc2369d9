from __future__ import annotations

from typing import ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    STR,
    Field,
    Lazy,
    const,
)


@_attrs_define(slots=False)
class StaticAssetReference(Lazy):
    """An asset uploaded via the assets API.

    Attributes:
        asset_id: The ID of an asset uploaded via the assets API (`POST /v1/assets`), as returned in that response's
            `asset_id`.
    """

    type_: Literal["asset"] = _attrs_field(
        default="asset",
        kw_only=True,
        alias="type",
        validator=types.tag("StaticAssetReference", "type", "asset"),
    )

    asset_id: str

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("asset"), required=True),
        Field("asset_id", "asset_id", STR, required=True),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(StaticAssetReference, type_="type")
