from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesSearchResponse")


@_attrs_define
class MessagesSearchResponse:
    """Attributes:
    results (list[MessagesSearchResult]):
    has_more (bool): Whether there are more results available
    meta (ListResponseMeta | Unset):
    next_cursor (None | str | Unset): Cursor for the next page of results
    """

    results: list[MessagesSearchResult]

    has_more: bool

    meta: ListResponseMeta | Unset = UNSET

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        has_more = self.has_more

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        next_cursor: None | str | Unset = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["results"] = results
        field_dict["has_more"] = has_more
        if meta is not UNSET:
            field_dict["meta"] = meta
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = MessagesSearchResult.from_dict(results_item_data)

            results.append(results_item)

        has_more = d.pop("has_more")

        _meta = d.pop("meta", UNSET)
        meta: ListResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ListResponseMeta.from_dict(_meta)

        next_cursor = d.pop("next_cursor", UNSET)

        messages_search_response = cls(
            results=results,
            has_more=has_more,
            meta=meta,
            next_cursor=next_cursor,
        )
        messages_search_response.additional_properties = d
        return messages_search_response

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
from ..models.list_response_meta import ListResponseMeta
from ..models.messages_search_result import MessagesSearchResult
