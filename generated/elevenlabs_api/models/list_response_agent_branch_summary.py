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
)

T = TypeVar("T", bound="ListResponseAgentBranchSummary")


@_attrs_define
class ListResponseAgentBranchSummary:
    """Attributes:
    results (list[AgentBranchSummary]):
    meta (ListResponseMeta | Unset):
    """

    results: list[AgentBranchSummary]

    meta: ListResponseMeta | Unset = UNSET

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

        meta: Any
        try:
            meta = UNSET
            if not isinstance(self.meta, Unset):
                meta = self.meta.to_dict()
        except (AttributeError, TypeError):
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if results is not None or "results" not in self._missing_fields:
            field_dict["results"] = results
        if meta is not UNSET:
            field_dict["meta"] = meta
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
                    results_item = AgentBranchSummary.from_dict(results_item_data)

                    results.append(results_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                results = deviating_field(cls, "results", results_raw)

        meta_raw = d.pop("meta", UNSET)
        try:
            _meta = meta_raw
            meta: ListResponseMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ListResponseMeta.from_dict(_meta)
        except (KeyError, TypeError, ValueError, AttributeError):
            meta = deviating_field(cls, "meta", meta_raw)

        list_response_agent_branch_summary = cls(
            results=results,
            meta=meta,
        )
        if _missing:
            list_response_agent_branch_summary._missing_fields = _missing
        list_response_agent_branch_summary.additional_properties = d
        return list_response_agent_branch_summary

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
from ..models.agent_branch_summary import AgentBranchSummary
from ..models.list_response_meta import ListResponseMeta
