from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    DATETIME,
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
class ExternalFileSyncInfo(Lazy, AdditionalProperties[Any]):
    """Tracks the link back to the original file in an external source.

    Attributes:
        type_: Provider identifier
        source_entity_id: Entity ID in the external system
        integration_connection_id: Integration connection instance ID
        source_parent_entity_id: Folder ID in the external system this file was synced from
        source_mime_type: Original MIME type in the external system
        source_modified_time: Last modified time from the external system
        root_folder_id: KB folder ID of the sync root, used to query all entities under a sync tree
    """

    type_: ExternalSyncProvider | str

    source_entity_id: str

    integration_connection_id: str

    source_parent_entity_id: str

    source_mime_type: str

    source_modified_time: datetime.datetime

    root_folder_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", union(literal("ExternalSyncProvider"), STR), required=True),
        Field("source_entity_id", "source_entity_id", STR, required=True),
        Field("integration_connection_id", "integration_connection_id", STR, required=True),
        Field("source_parent_entity_id", "source_parent_entity_id", STR, required=True),
        Field("source_mime_type", "source_mime_type", STR, required=True),
        Field("source_modified_time", "source_modified_time", DATETIME, required=True),
        Field("root_folder_id", "root_folder_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
