from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ListCrawlJobsResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ListCrawlJobsResponseModel(Lazy):
    """Attributes:
    crawl_jobs (list[GetCrawlJobResponseModel]):
    next_cursor (None | str | Unset):
    """

    crawl_jobs: list[GetCrawlJobResponseModel]

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("crawl_jobs",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        list_crawl_jobs_response_model = cls.__new__(cls)
        list_crawl_jobs_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_crawl_jobs(cls: type[ListCrawlJobsResponseModel], d: Mapping[str, Any]) -> Any:
    crawl_jobs_raw = d.get("crawl_jobs", MISSING)
    if crawl_jobs_raw is MISSING:
        crawl_jobs = missing_field(cls, "crawl_jobs")
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

    return crawl_jobs


_read_next_cursor = plain_reader(
    "next_cursor",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "crawl_jobs",
        "next_cursor",
    )
)


def _read_additional_properties(cls: type[ListCrawlJobsResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ListCrawlJobsResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "crawl_jobs" in known:
        crawl_jobs = known["crawl_jobs"]
    else:
        crawl_jobs = _read_crawl_jobs(cls, d)

    next_cursor = d.get("next_cursor", UNSET)
    if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
        next_cursor = _read_next_cursor(cls, d)

    return {
        "crawl_jobs": crawl_jobs,
        "next_cursor": next_cursor,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ListCrawlJobsResponseModel,
    _all_fields,
    {
        "crawl_jobs": _read_crawl_jobs,
        "next_cursor": _read_next_cursor,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_crawl_job_response_model import GetCrawlJobResponseModel
