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
from ..models._literals import CrawlStatus
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class FileRefreshStatus(Lazy, AdditionalProperties[Any]):
    """In-flight/last refresh state for an externally-synced KB file.

    Attributes:
        status: Defaults to 'queued' on the server.
    """

    status: CrawlStatus | str | Unset = UNSET

    enqueued_at: int | None | Unset = UNSET

    started_at: int | None | Unset = UNSET

    completed_at: int | None | Unset = UNSET

    last_synced_at: int | None | Unset = UNSET

    error_message: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", union(literal("CrawlStatus"), STR)),
        Field("enqueued_at", "enqueued_at", union(INT, NULL)),
        Field("started_at", "started_at", union(INT, NULL)),
        Field("completed_at", "completed_at", union(INT, NULL)),
        Field("last_synced_at", "last_synced_at", union(INT, NULL)),
        Field("error_message", "error_message", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
