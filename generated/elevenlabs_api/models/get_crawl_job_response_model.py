from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crawl_status import CrawlStatus
from ..models.crawl_type import CrawlType
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if seed_url is not None or "seed_url" not in self._missing_fields:
            field_dict["seed_url"] = seed_url
        if max_depth is not None or "max_depth" not in self._missing_fields:
            field_dict["max_depth"] = max_depth
        if max_pages is not None or "max_pages" not in self._missing_fields:
            field_dict["max_pages"] = max_pages
        if root_folder_id is not None or "root_folder_id" not in self._missing_fields:
            field_dict["root_folder_id"] = root_folder_id
        if updated_at is not None or "updated_at" not in self._missing_fields:
            field_dict["updated_at"] = updated_at
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if created_at is not None or "created_at" not in self._missing_fields:
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
        _missing: tuple[str, ...] = ()
        seed_url = d.pop("seed_url", MISSING)
        if seed_url.__class__ is not str:
            if seed_url is MISSING:
                seed_url = missing_field(cls, "seed_url")
                _missing += ("seed_url",)
            else:
                seed_url = unexpected_type(cls, "seed_url", seed_url, "a string")

        max_depth = d.pop("max_depth", MISSING)
        if max_depth.__class__ is not int:
            if max_depth is MISSING:
                max_depth = missing_field(cls, "max_depth")
                _missing += ("max_depth",)
            else:
                max_depth = unexpected_type(cls, "max_depth", max_depth, "an integer")

        max_pages = d.pop("max_pages", MISSING)
        if max_pages.__class__ is not int:
            if max_pages is MISSING:
                max_pages = missing_field(cls, "max_pages")
                _missing += ("max_pages",)
            else:
                max_pages = unexpected_type(cls, "max_pages", max_pages, "an integer")

        root_folder_id = d.pop("root_folder_id", MISSING)
        if root_folder_id.__class__ is not str:
            if root_folder_id is MISSING:
                root_folder_id = missing_field(cls, "root_folder_id")
                _missing += ("root_folder_id",)
            else:
                root_folder_id = unexpected_type(cls, "root_folder_id", root_folder_id, "a string")

        updated_at = d.pop("updated_at", MISSING)
        if updated_at.__class__ is not int:
            if updated_at is MISSING:
                updated_at = missing_field(cls, "updated_at")
                _missing += ("updated_at",)
            else:
                updated_at = unexpected_type(cls, "updated_at", updated_at, "an integer")

        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        created_at = d.pop("created_at", MISSING)
        if created_at.__class__ is not int:
            if created_at is MISSING:
                created_at = missing_field(cls, "created_at")
                _missing += ("created_at",)
            else:
                created_at = unexpected_type(cls, "created_at", created_at, "an integer")

        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str and type_ is not UNSET:
            type_ = unexpected_type(cls, "type", type_, "a string")

        pattern = d.pop("pattern", UNSET)
        if pattern.__class__ is not str and pattern is not None and pattern is not UNSET:
            pattern = unexpected_type(cls, "pattern", pattern, "a string or null")

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = unexpected_type(cls, "status", status, "a string")

        pages_identified = d.pop("pages_identified", UNSET)
        if pages_identified.__class__ is not int and pages_identified is not UNSET:
            pages_identified = unexpected_type(cls, "pages_identified", pages_identified, "an integer")

        pages_scraped = d.pop("pages_scraped", UNSET)
        if pages_scraped.__class__ is not int and pages_scraped is not UNSET:
            pages_scraped = unexpected_type(cls, "pages_scraped", pages_scraped, "an integer")

        pages_skipped = d.pop("pages_skipped", UNSET)
        if pages_skipped.__class__ is not int and pages_skipped is not UNSET:
            pages_skipped = unexpected_type(cls, "pages_skipped", pages_skipped, "an integer")

        pages_failed = d.pop("pages_failed", UNSET)
        if pages_failed.__class__ is not int and pages_failed is not UNSET:
            pages_failed = unexpected_type(cls, "pages_failed", pages_failed, "an integer")

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
        if _missing:
            get_crawl_job_response_model._missing_fields = _missing
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
