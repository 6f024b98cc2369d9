from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crawl_status import CrawlStatus
from ..models.crawl_type import CrawlType
from ..types import MISSING, UNSET, Unset, missing_field

T = TypeVar("T", bound="GetCrawlJobResponseModel")


@_attrs_define
class GetCrawlJobResponseModel:
    """Attributes:
    seed_url (str):
    max_depth (int):
    max_pages (int):
    root_folder_id (str):
    updated_at (int):
    id (str):
    created_at (int):
    type_ (CrawlType | str | Unset):  Default: 'discovery'.
    pattern (None | str | Unset):
    status (CrawlStatus | str | Unset):  Default: 'queued'.
    pages_identified (int | Unset):  Default: 0.
    pages_scraped (int | Unset):  Default: 0.
    pages_skipped (int | Unset):  Default: 0.
    pages_failed (int | Unset):  Default: 0.
    """

    seed_url: str

    max_depth: int

    max_pages: int

    root_folder_id: str

    updated_at: int

    id: str

    created_at: int

    type_: CrawlType | str | Unset = "discovery"

    pattern: None | str | Unset = UNSET

    status: CrawlStatus | str | Unset = "queued"

    pages_identified: int | Unset = 0

    pages_scraped: int | Unset = 0

    pages_skipped: int | Unset = 0

    pages_failed: int | Unset = 0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seed_url = self.seed_url

        max_depth = self.max_depth

        max_pages = self.max_pages

        root_folder_id = self.root_folder_id

        updated_at = self.updated_at

        id = self.id

        created_at = self.created_at

        type_: Any
        try:
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        pattern: Any
        try:
            pattern = self.pattern

        except (AttributeError, TypeError):
            pattern = self.pattern

        status: Any
        try:
            if isinstance(self.status, Unset):
                status = UNSET
            elif isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        pages_identified = self.pages_identified

        pages_scraped = self.pages_scraped

        pages_skipped = self.pages_skipped

        pages_failed = self.pages_failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if seed_url is not None:
            field_dict["seed_url"] = seed_url
        if max_depth is not None:
            field_dict["max_depth"] = max_depth
        if max_pages is not None:
            field_dict["max_pages"] = max_pages
        if root_folder_id is not None:
            field_dict["root_folder_id"] = root_folder_id
        if updated_at is not None:
            field_dict["updated_at"] = updated_at
        if id is not None:
            field_dict["id"] = id
        if created_at is not None:
            field_dict["created_at"] = created_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if status is not UNSET:
            field_dict["status"] = status
        if pages_identified is not UNSET:
            field_dict["pages_identified"] = pages_identified
        if pages_scraped is not UNSET:
            field_dict["pages_scraped"] = pages_scraped
        if pages_skipped is not UNSET:
            field_dict["pages_skipped"] = pages_skipped
        if pages_failed is not UNSET:
            field_dict["pages_failed"] = pages_failed
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        seed_url = d.pop("seed_url", MISSING)
        if seed_url is MISSING:
            seed_url = missing_field(cls, "seed_url")

        max_depth = d.pop("max_depth", MISSING)
        if max_depth is MISSING:
            max_depth = missing_field(cls, "max_depth")

        max_pages = d.pop("max_pages", MISSING)
        if max_pages is MISSING:
            max_pages = missing_field(cls, "max_pages")

        root_folder_id = d.pop("root_folder_id", MISSING)
        if root_folder_id is MISSING:
            root_folder_id = missing_field(cls, "root_folder_id")

        updated_at = d.pop("updated_at", MISSING)
        if updated_at is MISSING:
            updated_at = missing_field(cls, "updated_at")

        id = d.pop("id", MISSING)
        if id is MISSING:
            id = missing_field(cls, "id")

        created_at = d.pop("created_at", MISSING)
        if created_at is MISSING:
            created_at = missing_field(cls, "created_at")

        type_ = d.pop("type", UNSET)

        pattern = d.pop("pattern", UNSET)

        status = d.pop("status", UNSET)

        pages_identified = d.pop("pages_identified", UNSET)

        pages_scraped = d.pop("pages_scraped", UNSET)

        pages_skipped = d.pop("pages_skipped", UNSET)

        pages_failed = d.pop("pages_failed", UNSET)

        get_crawl_job_response_model = cls(
            seed_url=seed_url,
            max_depth=max_depth,
            max_pages=max_pages,
            root_folder_id=root_folder_id,
            updated_at=updated_at,
            id=id,
            created_at=created_at,
            type_=type_,
            pattern=pattern,
            status=status,
            pages_identified=pages_identified,
            pages_scraped=pages_scraped,
            pages_skipped=pages_skipped,
            pages_failed=pages_failed,
        )
        get_crawl_job_response_model.additional_properties = d
        return get_crawl_job_response_model

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
