from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import CrawlStatus, CrawlType
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetCrawlJobResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetCrawlJobResponseModel(Lazy):
    """Attributes:
    seed_url (str):
    max_depth (int):
    max_pages (int):
    root_folder_id (str):
    updated_at (int):
    id (str):
    created_at (int):
    type_ (CrawlType | str | Unset): Defaults to 'discovery' on the server.
    pattern (None | str | Unset):
    status (CrawlStatus | str | Unset): Defaults to 'queued' on the server.
    pages_identified (int | Unset): Defaults to 0 on the server.
    pages_scraped (int | Unset): Defaults to 0 on the server.
    pages_skipped (int | Unset): Defaults to 0 on the server.
    pages_failed (int | Unset): Defaults to 0 on the server.
    """

    seed_url: str

    max_depth: int

    max_pages: int

    root_folder_id: str

    updated_at: int

    id: str

    created_at: int

    type_: CrawlType | str | Unset = UNSET

    pattern: None | str | Unset = UNSET

    status: CrawlStatus | str | Unset = UNSET

    pages_identified: int | Unset = UNSET

    pages_scraped: int | Unset = UNSET

    pages_skipped: int | Unset = UNSET

    pages_failed: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "seed_url",
        "max_depth",
        "max_pages",
        "root_folder_id",
        "updated_at",
        "id",
        "created_at",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_crawl_job_response_model = cls.__new__(cls)
        get_crawl_job_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_seed_url = plain_reader("seed_url", (str,), "a string", True)

_read_max_depth = plain_reader("max_depth", (int,), "an integer", True)

_read_max_pages = plain_reader("max_pages", (int,), "an integer", True)

_read_root_folder_id = plain_reader("root_folder_id", (str,), "a string", True)

_read_updated_at = plain_reader("updated_at", (int,), "an integer", True)

_read_id = plain_reader("id", (str,), "a string", True)

_read_created_at = plain_reader("created_at", (int,), "an integer", True)

_read_type_ = plain_reader("type", (str,), "a string", False)

_read_pattern = plain_reader(
    "pattern",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_status = plain_reader("status", (str,), "a string", False)

_read_pages_identified = plain_reader("pages_identified", (int,), "an integer", False)

_read_pages_scraped = plain_reader("pages_scraped", (int,), "an integer", False)

_read_pages_skipped = plain_reader("pages_skipped", (int,), "an integer", False)

_read_pages_failed = plain_reader("pages_failed", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "seed_url",
        "max_depth",
        "max_pages",
        "root_folder_id",
        "updated_at",
        "id",
        "created_at",
        "type",
        "pattern",
        "status",
        "pages_identified",
        "pages_scraped",
        "pages_skipped",
        "pages_failed",
    )
)


def _read_additional_properties(cls: type[GetCrawlJobResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[GetCrawlJobResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    seed_url = d.get("seed_url", MISSING)
    if seed_url.__class__ is not str:
        seed_url = _read_seed_url(cls, d)

    max_depth = d.get("max_depth", MISSING)
    if max_depth.__class__ is not int:
        max_depth = _read_max_depth(cls, d)

    max_pages = d.get("max_pages", MISSING)
    if max_pages.__class__ is not int:
        max_pages = _read_max_pages(cls, d)

    root_folder_id = d.get("root_folder_id", MISSING)
    if root_folder_id.__class__ is not str:
        root_folder_id = _read_root_folder_id(cls, d)

    updated_at = d.get("updated_at", MISSING)
    if updated_at.__class__ is not int:
        updated_at = _read_updated_at(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    created_at = d.get("created_at", MISSING)
    if created_at.__class__ is not int:
        created_at = _read_created_at(cls, d)

    type_ = d.get("type", UNSET)
    if type_.__class__ is not str and type_ is not UNSET:
        type_ = _read_type_(cls, d)

    pattern = d.get("pattern", UNSET)
    if pattern.__class__ is not str and pattern is not None and pattern is not UNSET:
        pattern = _read_pattern(cls, d)

    status = d.get("status", UNSET)
    if status.__class__ is not str and status is not UNSET:
        status = _read_status(cls, d)

    pages_identified = d.get("pages_identified", UNSET)
    if pages_identified.__class__ is not int and pages_identified is not UNSET:
        pages_identified = _read_pages_identified(cls, d)

    pages_scraped = d.get("pages_scraped", UNSET)
    if pages_scraped.__class__ is not int and pages_scraped is not UNSET:
        pages_scraped = _read_pages_scraped(cls, d)

    pages_skipped = d.get("pages_skipped", UNSET)
    if pages_skipped.__class__ is not int and pages_skipped is not UNSET:
        pages_skipped = _read_pages_skipped(cls, d)

    pages_failed = d.get("pages_failed", UNSET)
    if pages_failed.__class__ is not int and pages_failed is not UNSET:
        pages_failed = _read_pages_failed(cls, d)

    return {
        "seed_url": seed_url,
        "max_depth": max_depth,
        "max_pages": max_pages,
        "root_folder_id": root_folder_id,
        "updated_at": updated_at,
        "id": id,
        "created_at": created_at,
        "type_": type_,
        "pattern": pattern,
        "status": status,
        "pages_identified": pages_identified,
        "pages_scraped": pages_scraped,
        "pages_skipped": pages_skipped,
        "pages_failed": pages_failed,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetCrawlJobResponseModel,
    _all_fields,
    {
        "seed_url": _read_seed_url,
        "max_depth": _read_max_depth,
        "max_pages": _read_max_pages,
        "root_folder_id": _read_root_folder_id,
        "updated_at": _read_updated_at,
        "id": _read_id,
        "created_at": _read_created_at,
        "type_": _read_type_,
        "pattern": _read_pattern,
        "status": _read_status,
        "pages_identified": _read_pages_identified,
        "pages_scraped": _read_pages_scraped,
        "pages_skipped": _read_pages_skipped,
        "pages_failed": _read_pages_failed,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
