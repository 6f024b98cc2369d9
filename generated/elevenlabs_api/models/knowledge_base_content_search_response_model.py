from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="KnowledgeBaseContentSearchResponseModel")


@_attrs_define
class KnowledgeBaseContentSearchResponseModel:
    """Attributes:
    results (list[KnowledgeBaseContentSearchResult]):
    next_cursor (None | str | Unset):
    """

    results: list[KnowledgeBaseContentSearchResult]

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        results: Any
        try:
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        except (AttributeError, TypeError):
            results = self.results

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if results is not None or "results" not in self._missing_fields:
            field_dict["results"] = results
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        results_raw = d.pop("results", MISSING)
        if results_raw is MISSING:
            results = missing_field(cls, "results")
            _missing += ("results",)
        else:
            try:
                expect_array("results", results_raw)
                results = []
                _results = results_raw
                for results_item_data in _results:
                    results_item = KnowledgeBaseContentSearchResult.from_dict(results_item_data)

                    results.append(results_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                results = deviating_field(cls, "results", results_raw)

        next_cursor = d.pop("next_cursor", UNSET)
        if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
            next_cursor = unexpected_type(cls, "next_cursor", next_cursor, "a string or null")

        knowledge_base_content_search_response_model = cls(
            results=results,
            next_cursor=next_cursor,
        )
        if _missing:
            knowledge_base_content_search_response_model._missing_fields = _missing
        knowledge_base_content_search_response_model.additional_properties = d
        return knowledge_base_content_search_response_model

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
from ..models.knowledge_base_content_search_result import KnowledgeBaseContentSearchResult
