from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, deviating_field, missing_field

T = TypeVar("T", bound="BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost")


@_attrs_define
class BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost:
    """Attributes:
    url (str): URL to a page of documentation that the agent will have access to in order to interact with users.
    max_depth (int | Unset): Maximum depth for crawling (1-5), defaults to 3. Default: 3.
    max_pages (int | Unset): Maximum number of pages to crawl (1-10,000), defaults to 1000. Default: 1000.
    pattern (None | str | Unset): If set, only URLs that match this pattern are included.
    sitemap_urls (list[str] | None | Unset): List of URLs to crawl from sitemap (optional, overrides automatic URL
        discovery).
    parent_folder_id (None | str | Unset): If set, the created document or folder will be placed inside the given
        folder.
    enable_auto_sync (bool | Unset): Whether to enable auto-sync for this URL document. Default: False.
    auto_remove (bool | Unset): Whether to automatically remove the document if the URL becomes unavailable. Only
        applicable when auto-sync is enabled. Default: False.
    minimum_frequency_days (int | None | Unset): Minimum frequency (in days) at which the underlying eligible
        documents are refreshed. The actual interval may be shorter, never longer. Defaults to 7, tightened to the
        parent folder's frequency if that is stricter. Only applicable when auto-sync is enabled.
    """

    url: str

    max_depth: int | Unset = 3

    max_pages: int | Unset = 1000

    pattern: None | str | Unset = UNSET

    sitemap_urls: list[str] | None | Unset = UNSET

    parent_folder_id: None | str | Unset = UNSET

    enable_auto_sync: bool | Unset = False

    auto_remove: bool | Unset = False

    minimum_frequency_days: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if url is not None:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        url = d.pop("url", MISSING)
        if url is MISSING:
            url = missing_field(cls, "url")

        max_depth = d.pop("max_depth", UNSET)

        max_pages = d.pop("max_pages", UNSET)

        pattern = d.pop("pattern", UNSET)

        sitemap_urls_raw = d.pop("sitemap_urls", UNSET)
        try:

            def _parse_sitemap_urls(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                sitemap_urls_type_0 = cast(list[str], data)

                return sitemap_urls_type_0

            sitemap_urls = _parse_sitemap_urls(sitemap_urls_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            sitemap_urls = deviating_field(cls, "sitemap_urls", sitemap_urls_raw)

        parent_folder_id = d.pop("parent_folder_id", UNSET)

        enable_auto_sync = d.pop("enable_auto_sync", UNSET)

        auto_remove = d.pop("auto_remove", UNSET)

        minimum_frequency_days = d.pop("minimum_frequency_days", UNSET)

        body_create_crawl_job_v1_convai_knowledge_base_crawl_post = cls(
            url=url,
            max_depth=max_depth,
            max_pages=max_pages,
            pattern=pattern,
            sitemap_urls=sitemap_urls,
            parent_folder_id=parent_folder_id,
            enable_auto_sync=enable_auto_sync,
            auto_remove=auto_remove,
            minimum_frequency_days=minimum_frequency_days,
        )
        body_create_crawl_job_v1_convai_knowledge_base_crawl_post.additional_properties = d
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
