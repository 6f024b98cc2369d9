from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    File,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyUploadAssetV1AssetsPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyUploadAssetV1AssetsPost(Lazy):
    """Attributes:
    asset (File): The file to upload.
    name (str): Display name for the asset.
    """

    asset: File

    name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "asset",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        asset: Any
        try:
            asset = self.asset.to_tuple()

        except (AttributeError, TypeError):
            asset = self.asset

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asset is not None or "asset" not in self._missing_fields:
            field_dict["asset"] = asset
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("asset", self.asset.to_tuple()))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_upload_asset_v1_assets_post = cls.__new__(cls)
        body_upload_asset_v1_assets_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_upload_asset_v1_assets_post

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


def _read_asset(cls: type[BodyUploadAssetV1AssetsPost], d: Mapping[str, Any]) -> Any:
    asset_raw = d.get("asset", MISSING)
    if asset_raw is MISSING:
        asset = missing_field(cls, "asset")
    else:
        try:
            asset = File(payload=BytesIO(asset_raw))
        except (KeyError, TypeError, ValueError, AttributeError):
            asset = deviating_field(cls, "asset", asset_raw)

    return asset


_read_name = plain_reader("name", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "asset",
        "name",
    )
)


def _read_additional_properties(cls: type[BodyUploadAssetV1AssetsPost], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyUploadAssetV1AssetsPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "asset" in known:
        asset = known["asset"]
    else:
        asset = _read_asset(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    return {
        "asset": asset,
        "name": name,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyUploadAssetV1AssetsPost,
    _all_fields,
    {
        "asset": _read_asset,
        "name": _read_name,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
