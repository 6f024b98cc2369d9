from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AssetListResponse")


@_attrs_define
class AssetListResponse:
    """One page of the workspace's assets, most recently created first.

    Example:
        {'assets': [{'asset_id': '5xM2KqOnZyce22SPZ9d4', 'content_url': 'https://.../a1b2c3d4/content?...',
        'created_at_unix': 1721520000, 'mime_type': 'audio/mpeg', 'name': 'podcast-intro.mp3'}], 'has_more': True,
        'next_cursor': 'eyJvZmZzZXQiOjEwfQ'}

    Attributes:
        assets (list[AssetResponse]): List of Asset objects.
        next_cursor (None | str): Pass as `cursor` to fetch the next page. `null` if there are no more results.
        has_more (bool): Whether there are more results to fetch.
    """

    assets: list[AssetResponse]

    next_cursor: None | str

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        assets: Any
        try:
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        except (AttributeError, TypeError):
            assets = self.assets

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if assets is not None or "assets" not in self._missing_fields:
            field_dict["assets"] = assets
        if next_cursor is not None or "next_cursor" not in self._missing_fields:
            field_dict["next_cursor"] = next_cursor
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        assets_raw = d.pop("assets", MISSING)
        if assets_raw is MISSING:
            assets = missing_field(cls, "assets")
            _missing += ("assets",)
        else:
            try:
                expect_array("assets", assets_raw)
                assets = []
                _assets = assets_raw
                for assets_item_data in _assets:
                    assets_item = AssetResponse.from_dict(assets_item_data)

                    assets.append(assets_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                assets = deviating_field(cls, "assets", assets_raw)

        next_cursor = d.pop("next_cursor", MISSING)
        if next_cursor.__class__ is not str and next_cursor is not None:
            if next_cursor is MISSING:
                next_cursor = missing_field(cls, "next_cursor")
                _missing += ("next_cursor",)
            else:
                next_cursor = unexpected_type(cls, "next_cursor", next_cursor, "a string or null")

        has_more = d.pop("has_more", MISSING)
        if has_more.__class__ is not bool:
            if has_more is MISSING:
                has_more = missing_field(cls, "has_more")
                _missing += ("has_more",)
            else:
                has_more = unexpected_type(cls, "has_more", has_more, "a boolean")

        asset_list_response = cls(
            assets=assets,
            next_cursor=next_cursor,
            has_more=has_more,
        )
        if _missing:
            asset_list_response._missing_fields = _missing
        asset_list_response.additional_properties = d
        return asset_list_response

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.asset_response import AssetResponse
