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
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost(Lazy):
    """Attributes:
    url (str): URL to a page of documentation that the agent will have access to in order to interact with users.
    max_depth (int | Unset): Maximum depth for crawling (1-5), defaults to 3. Defaults to 3 on the server.
    max_pages (int | Unset): Maximum number of pages to crawl (1-10,000), defaults to 1000. Defaults to 1000 on the
        server.
    pattern (None | str | Unset): If set, only URLs that match this pattern are included.
    sitemap_urls (list[str] | None | Unset): List of URLs to crawl from sitemap (optional, overrides automatic URL
        discovery).
    parent_folder_id (None | str | Unset): If set, the created document or folder will be placed inside the given
        folder.
    enable_auto_sync (bool | Unset): Whether to enable auto-sync for this URL document. Defaults to False on the
        server.
    auto_remove (bool | Unset): Whether to automatically remove the document if the URL becomes unavailable. Only
        applicable when auto-sync is enabled. Defaults to False on the server.
    minimum_frequency_days (int | None | Unset): Minimum frequency (in days) at which the underlying eligible
        documents are refreshed. The actual interval may be shorter, never longer. Defaults to 7, tightened to the
        parent folder's frequency if that is stricter. Only applicable when auto-sync is enabled.
    """

    url: str

    max_depth: int | Unset = UNSET

    max_pages: int | Unset = UNSET

    pattern: None | str | Unset = UNSET

    sitemap_urls: list[str] | None | Unset = UNSET

    parent_folder_id: None | str | Unset = UNSET

    enable_auto_sync: bool | Unset = UNSET

    auto_remove: bool | Unset = UNSET

    minimum_frequency_days: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("url",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        url = self.url

        max_depth = self.max_depth

        max_pages = self.max_pages

        pattern: Any
        try:
            pattern = self.pattern

        except (AttributeError, TypeError):
            pattern = self.pattern

        sitemap_urls: Any
        try:
            if isinstance(self.sitemap_urls, Unset):
                sitemap_urls = UNSET
            elif isinstance(self.sitemap_urls, list):
                sitemap_urls = self.sitemap_urls

            else:
                sitemap_urls = self.sitemap_urls

        except (AttributeError, TypeError):
            sitemap_urls = self.sitemap_urls

        parent_folder_id: Any
        try:
            parent_folder_id = self.parent_folder_id

        except (AttributeError, TypeError):
            parent_folder_id = self.parent_folder_id

        enable_auto_sync = self.enable_auto_sync

        auto_remove = self.auto_remove

        minimum_frequency_days: Any
        try:
            minimum_frequency_days = self.minimum_frequency_days

        except (AttributeError, TypeError):
            minimum_frequency_days = self.minimum_frequency_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not None or "url" not in self._missing_fields:
            field_dict["url"] = url
        if max_depth is not UNSET:
            field_dict["max_depth"] = max_depth
        if max_pages is not UNSET:
            field_dict["max_pages"] = max_pages
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if sitemap_urls is not UNSET:
            field_dict["sitemap_urls"] = sitemap_urls
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if enable_auto_sync is not UNSET:
            field_dict["enable_auto_sync"] = enable_auto_sync
        if auto_remove is not UNSET:
            field_dict["auto_remove"] = auto_remove
        if minimum_frequency_days is not UNSET:
            field_dict["minimum_frequency_days"] = minimum_frequency_days
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_create_crawl_job_v1_convai_knowledge_base_crawl_post = cls.__new__(cls)
        body_create_crawl_job_v1_convai_knowledge_base_crawl_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_create_crawl_job_v1_convai_knowledge_base_crawl_post

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


_read_url = plain_reader("url", (str,), "a string", True)

_read_max_depth = plain_reader("max_depth", (int,), "an integer", False)

_read_max_pages = plain_reader("max_pages", (int,), "an integer", False)

_read_pattern = plain_reader(
    "pattern",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_sitemap_urls = plain_reader(
    "sitemap_urls",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)

_read_parent_folder_id = plain_reader(
    "parent_folder_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_enable_auto_sync = plain_reader("enable_auto_sync", (bool,), "a boolean", False)

_read_auto_remove = plain_reader("auto_remove", (bool,), "a boolean", False)

_read_minimum_frequency_days = plain_reader(
    "minimum_frequency_days",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "url",
        "max_depth",
        "max_pages",
        "pattern",
        "sitemap_urls",
        "parent_folder_id",
        "enable_auto_sync",
        "auto_remove",
        "minimum_frequency_days",
    )
)


def _read_additional_properties(
    cls: type[BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    url = d.get("url", MISSING)
    if url.__class__ is not str:
        url = _read_url(cls, d)

    max_depth = d.get("max_depth", UNSET)
    if max_depth.__class__ is not int and max_depth is not UNSET:
        max_depth = _read_max_depth(cls, d)

    max_pages = d.get("max_pages", UNSET)
    if max_pages.__class__ is not int and max_pages is not UNSET:
        max_pages = _read_max_pages(cls, d)

    pattern = d.get("pattern", UNSET)
    if pattern.__class__ is not str and pattern is not None and pattern is not UNSET:
        pattern = _read_pattern(cls, d)

    sitemap_urls = d.get("sitemap_urls", UNSET)
    if sitemap_urls.__class__ is not list and sitemap_urls is not None and sitemap_urls is not UNSET:
        sitemap_urls = _read_sitemap_urls(cls, d)
    elif sitemap_urls.__class__ is list and sitemap_urls:
        check_items(cls, "sitemap_urls", sitemap_urls, (str,), "a string")

    parent_folder_id = d.get("parent_folder_id", UNSET)
    if parent_folder_id.__class__ is not str and parent_folder_id is not None and parent_folder_id is not UNSET:
        parent_folder_id = _read_parent_folder_id(cls, d)

    enable_auto_sync = d.get("enable_auto_sync", UNSET)
    if enable_auto_sync.__class__ is not bool and enable_auto_sync is not UNSET:
        enable_auto_sync = _read_enable_auto_sync(cls, d)

    auto_remove = d.get("auto_remove", UNSET)
    if auto_remove.__class__ is not bool and auto_remove is not UNSET:
        auto_remove = _read_auto_remove(cls, d)

    minimum_frequency_days = d.get("minimum_frequency_days", UNSET)
    if (
        minimum_frequency_days.__class__ is not int
        and minimum_frequency_days is not None
        and minimum_frequency_days is not UNSET
    ):
        minimum_frequency_days = _read_minimum_frequency_days(cls, d)

    return {
        "url": url,
        "max_depth": max_depth,
        "max_pages": max_pages,
        "pattern": pattern,
        "sitemap_urls": sitemap_urls,
        "parent_folder_id": parent_folder_id,
        "enable_auto_sync": enable_auto_sync,
        "auto_remove": auto_remove,
        "minimum_frequency_days": minimum_frequency_days,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost,
    _all_fields,
    {
        "url": _read_url,
        "max_depth": _read_max_depth,
        "max_pages": _read_max_pages,
        "pattern": _read_pattern,
        "sitemap_urls": _read_sitemap_urls,
        "parent_folder_id": _read_parent_folder_id,
        "enable_auto_sync": _read_enable_auto_sync,
        "auto_remove": _read_auto_remove,
        "minimum_frequency_days": _read_minimum_frequency_days,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
