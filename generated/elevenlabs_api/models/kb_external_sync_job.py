from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    CrawlStatus,
    ExternalSyncJobTrigger,
    ExternalSyncJobType,
    ExternalSyncProvider,
)
from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class KbExternalSyncJob(Lazy, AdditionalProperties[Any]):
    """Attributes:
    status: Defaults to 'queued' on the server.
    items_identified: Defaults to 0 on the server.
    items_processed: Defaults to 0 on the server.
    """

    type_: ExternalSyncProvider | str

    folder_id: str

    integration_connection_id: str

    triggered_by: ExternalSyncJobTrigger | str

    updated_at: int

    id: str

    created_at: int

    status: CrawlStatus | str | Unset = UNSET

    sync_type: ExternalSyncJobType | None | str | Unset = UNSET

    items_identified: int | Unset = UNSET

    items_processed: int | Unset = UNSET

    error_message: None | str | Unset = UNSET

    started_at: int | None | Unset = UNSET

    completed_at: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", union(literal("ExternalSyncProvider"), STR), required=True),
        Field("folder_id", "folder_id", STR, required=True),
        Field("integration_connection_id", "integration_connection_id", STR, required=True),
        Field("triggered_by", "triggered_by", union(literal("ExternalSyncJobTrigger"), STR), required=True),
        Field("updated_at", "updated_at", INT, required=True),
        Field("id", "id", STR, required=True),
        Field("created_at", "created_at", INT, required=True),
        Field("status", "status", union(literal("CrawlStatus"), STR)),
        Field("sync_type", "sync_type", union(literal("ExternalSyncJobType"), NULL, STR)),
        Field("items_identified", "items_identified", INT),
        Field("items_processed", "items_processed", INT),
        Field("error_message", "error_message", union(STR, NULL)),
        Field("started_at", "started_at", union(INT, NULL)),
        Field("completed_at", "completed_at", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
