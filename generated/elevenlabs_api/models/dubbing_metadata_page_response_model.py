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

T = TypeVar("T", bound="DubbingMetadataPageResponseModel")


@_attrs_define
class DubbingMetadataPageResponseModel:
    """Attributes:
    dubs (list[DubbingMetadataResponse]):
    next_cursor (None | str):
    has_more (bool):
    """

    dubs: list[DubbingMetadataResponse]

    next_cursor: None | str

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        dubs: Any
        try:
            dubs = []
            for dubs_item_data in self.dubs:
                dubs_item = dubs_item_data.to_dict()
                dubs.append(dubs_item)

        except (AttributeError, TypeError):
            dubs = self.dubs

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dubs is not None or "dubs" not in self._missing_fields:
            field_dict["dubs"] = dubs
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
        dubs_raw = d.pop("dubs", MISSING)
        if dubs_raw is MISSING:
            dubs = missing_field(cls, "dubs")
            _missing += ("dubs",)
        else:
            try:
                expect_array("dubs", dubs_raw)
                dubs = []
                _dubs = dubs_raw
                for dubs_item_data in _dubs:
                    dubs_item = DubbingMetadataResponse.from_dict(dubs_item_data)

                    dubs.append(dubs_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                dubs = deviating_field(cls, "dubs", dubs_raw)

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

        dubbing_metadata_page_response_model = cls(
            dubs=dubs,
            next_cursor=next_cursor,
            has_more=has_more,
        )
        if _missing:
            dubbing_metadata_page_response_model._missing_fields = _missing
        dubbing_metadata_page_response_model.additional_properties = d
        return dubbing_metadata_page_response_model

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
from ..models.dubbing_metadata_response import DubbingMetadataResponse
