from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import CrawlStatus, CrawlType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetCrawlJobResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_: Defaults to 'discovery' on the server.
    status: Defaults to 'queued' on the server.
    pages_identified: Defaults to 0 on the server.
    pages_scraped: Defaults to 0 on the server.
    pages_skipped: Defaults to 0 on the server.
    pages_failed: Defaults to 0 on the server.
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("seed_url", "seed_url", STR, required=True),
        Field("max_depth", "max_depth", INT, required=True),
        Field("max_pages", "max_pages", INT, required=True),
        Field("root_folder_id", "root_folder_id", STR, required=True),
        Field("updated_at", "updated_at", INT, required=True),
        Field("id", "id", STR, required=True),
        Field("created_at", "created_at", INT, required=True),
        Field("type_", "type", union(literal("CrawlType"), STR)),
        Field("pattern", "pattern", union(STR, NULL)),
        Field("status", "status", union(literal("CrawlStatus"), STR)),
        Field("pages_identified", "pages_identified", INT),
        Field("pages_scraped", "pages_scraped", INT),
        Field("pages_skipped", "pages_skipped", INT),
        Field("pages_failed", "pages_failed", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )
