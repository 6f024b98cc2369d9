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

T = TypeVar("T", bound="ListCrawlJobsResponseModel")


@_attrs_define
class ListCrawlJobsResponseModel:
    """Attributes:
    crawl_jobs (list[GetCrawlJobResponseModel]):
    next_cursor (None | str | Unset):
    """

    crawl_jobs: list[GetCrawlJobResponseModel]

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        crawl_jobs: Any
        try:
            crawl_jobs = []
            for crawl_jobs_item_data in self.crawl_jobs:
                crawl_jobs_item = crawl_jobs_item_data.to_dict()
                crawl_jobs.append(crawl_jobs_item)

        except (AttributeError, TypeError):
            crawl_jobs = self.crawl_jobs

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if crawl_jobs is not None or "crawl_jobs" not in self._missing_fields:
            field_dict["crawl_jobs"] = crawl_jobs
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        crawl_jobs_raw = d.pop("crawl_jobs", MISSING)
        if crawl_jobs_raw is MISSING:
            crawl_jobs = missing_field(cls, "crawl_jobs")
            _missing += ("crawl_jobs",)
        else:
            try:
                expect_array("crawl_jobs", crawl_jobs_raw)
                crawl_jobs = []
                _crawl_jobs = crawl_jobs_raw
                for crawl_jobs_item_data in _crawl_jobs:
                    crawl_jobs_item = GetCrawlJobResponseModel.from_dict(crawl_jobs_item_data)

                    crawl_jobs.append(crawl_jobs_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                crawl_jobs = deviating_field(cls, "crawl_jobs", crawl_jobs_raw)

        next_cursor = d.pop("next_cursor", UNSET)
        if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
            next_cursor = unexpected_type(cls, "next_cursor", next_cursor, "a string or null")

        list_crawl_jobs_response_model = cls(
            crawl_jobs=crawl_jobs,
            next_cursor=next_cursor,
        )
        if _missing:
            list_crawl_jobs_response_model._missing_fields = _missing
        list_crawl_jobs_response_model.additional_properties = d
        return list_crawl_jobs_response_model

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
from ..models.get_crawl_job_response_model import GetCrawlJobResponseModel
