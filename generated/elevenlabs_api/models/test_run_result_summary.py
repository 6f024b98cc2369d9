from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestRunResultSummary")


@_attrs_define
class TestRunResultSummary:
    """Attributes:
    test_id (str):
    test_name (str):
    buckets (list[TestRunResultBucket]):
    workflow_node_id (None | str | Unset):
    """

    test_id: str

    test_name: str

    buckets: list[TestRunResultBucket]

    workflow_node_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_id = self.test_id

        test_name = self.test_name

        buckets = []
        for buckets_item_data in self.buckets:
            buckets_item = buckets_item_data.to_dict()
            buckets.append(buckets_item)

        workflow_node_id: None | str | Unset = self.workflow_node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["test_id"] = test_id
        field_dict["test_name"] = test_name
        field_dict["buckets"] = buckets
        if workflow_node_id is not UNSET:
            field_dict["workflow_node_id"] = workflow_node_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        test_id = d.pop("test_id")

        test_name = d.pop("test_name")

        buckets = []
        _buckets = d.pop("buckets")
        for buckets_item_data in _buckets:
            buckets_item = TestRunResultBucket.from_dict(buckets_item_data)

            buckets.append(buckets_item)

        workflow_node_id = d.pop("workflow_node_id", UNSET)

        test_run_result_summary = cls(
            test_id=test_id,
            test_name=test_name,
            buckets=buckets,
            workflow_node_id=workflow_node_id,
        )
        test_run_result_summary.additional_properties = d
        return test_run_result_summary

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
from ..models.test_run_result_bucket import TestRunResultBucket
