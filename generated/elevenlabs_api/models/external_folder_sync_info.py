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
from ..models._literals import ExternalSyncProvider
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ExternalFolderSyncInfo(Lazy, AdditionalProperties[Any]):
    """Metadata for a KB folder that mirrors an external source folder.

    Attributes:
        type_: Provider identifier
        source_entity_id: Entity ID in the external system
        integration_connection_id: Integration connection instance ID
        root_folder_id: KB folder ID of the sync root. None means this folder is the root.
        sync_cursor: Opaque cursor for incremental sync, interpreted by the provider
        last_sync_at: Unix timestamp of last completed sync
    """

    type_: ExternalSyncProvider | str

    source_entity_id: str

    integration_connection_id: str

    root_folder_id: None | str | Unset = UNSET

    sync_cursor: None | str | Unset = UNSET

    last_sync_at: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", union(literal("ExternalSyncProvider"), STR), required=True),
        Field("source_entity_id", "source_entity_id", STR, required=True),
        Field("integration_connection_id", "integration_connection_id", STR, required=True),
        Field("root_folder_id", "root_folder_id", union(STR, NULL)),
        Field("sync_cursor", "sync_cursor", union(STR, NULL)),
        Field("last_sync_at", "last_sync_at", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
