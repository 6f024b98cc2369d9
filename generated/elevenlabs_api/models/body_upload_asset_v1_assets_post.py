from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    File,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyUploadAssetV1AssetsPost")


@_attrs_define
class BodyUploadAssetV1AssetsPost:
    """Attributes:
    asset (File): The file to upload.
    name (str): Display name for the asset.
    """

    asset: File

    name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        asset_raw = d.pop("asset", MISSING)
        if asset_raw is MISSING:
            asset = missing_field(cls, "asset")
            _missing += ("asset",)
        else:
            try:
                asset = File(payload=BytesIO(asset_raw))
            except (KeyError, TypeError, ValueError, AttributeError):
                asset = deviating_field(cls, "asset", asset_raw)

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        body_upload_asset_v1_assets_post = cls(
            asset=asset,
            name=name,
        )
        if _missing:
            body_upload_asset_v1_assets_post._missing_fields = _missing
        body_upload_asset_v1_assets_post.additional_properties = d
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
