from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_sync_provider import ExternalSyncProvider
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ExternalFileSyncInfo")


@_attrs_define
class ExternalFileSyncInfo:
    """Tracks the link back to the original file in an external source.

    Attributes:
        type_ (ExternalSyncProvider | str): Provider identifier
        source_entity_id (str): Entity ID in the external system
        integration_connection_id (str): Integration connection instance ID
        source_parent_entity_id (str): Folder ID in the external system this file was synced from
        source_mime_type (str): Original MIME type in the external system
        source_modified_time (datetime.datetime): Last modified time from the external system
        root_folder_id (None | str | Unset): KB folder ID of the sync root, used to query all entities under a sync tree
    """

    type_: ExternalSyncProvider | str

    source_entity_id: str

    integration_connection_id: str

    source_parent_entity_id: str

    source_mime_type: str

    source_modified_time: datetime.datetime

    root_folder_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_: Any
        try:
            if isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        source_entity_id = self.source_entity_id

        integration_connection_id = self.integration_connection_id

        source_parent_entity_id = self.source_parent_entity_id

        source_mime_type = self.source_mime_type

        source_modified_time: Any
        try:
            source_modified_time = self.source_modified_time.isoformat()
        except (AttributeError, TypeError):
            source_modified_time = self.source_modified_time

        root_folder_id: Any
        try:
            root_folder_id = self.root_folder_id

        except (AttributeError, TypeError):
            root_folder_id = self.root_folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if source_entity_id is not None or "source_entity_id" not in self._missing_fields:
            field_dict["source_entity_id"] = source_entity_id
        if integration_connection_id is not None or "integration_connection_id" not in self._missing_fields:
            field_dict["integration_connection_id"] = integration_connection_id
        if source_parent_entity_id is not None or "source_parent_entity_id" not in self._missing_fields:
            field_dict["source_parent_entity_id"] = source_parent_entity_id
        if source_mime_type is not None or "source_mime_type" not in self._missing_fields:
            field_dict["source_mime_type"] = source_mime_type
        if source_modified_time is not None or "source_modified_time" not in self._missing_fields:
            field_dict["source_modified_time"] = source_modified_time
        if root_folder_id is not UNSET:
            field_dict["root_folder_id"] = root_folder_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type_ = d.pop("type", MISSING)
        if type_.__class__ is not str:
            if type_ is MISSING:
                type_ = missing_field(cls, "type")
                _missing += ("type",)
            else:
                type_ = unexpected_type(cls, "type", type_, "a string")

        source_entity_id = d.pop("source_entity_id", MISSING)
        if source_entity_id.__class__ is not str:
            if source_entity_id is MISSING:
                source_entity_id = missing_field(cls, "source_entity_id")
                _missing += ("source_entity_id",)
            else:
                source_entity_id = unexpected_type(cls, "source_entity_id", source_entity_id, "a string")

        integration_connection_id = d.pop("integration_connection_id", MISSING)
        if integration_connection_id.__class__ is not str:
            if integration_connection_id is MISSING:
                integration_connection_id = missing_field(cls, "integration_connection_id")
                _missing += ("integration_connection_id",)
            else:
                integration_connection_id = unexpected_type(
                    cls, "integration_connection_id", integration_connection_id, "a string"
                )

        source_parent_entity_id = d.pop("source_parent_entity_id", MISSING)
        if source_parent_entity_id.__class__ is not str:
            if source_parent_entity_id is MISSING:
                source_parent_entity_id = missing_field(cls, "source_parent_entity_id")
                _missing += ("source_parent_entity_id",)
            else:
                source_parent_entity_id = unexpected_type(
                    cls, "source_parent_entity_id", source_parent_entity_id, "a string"
                )

        source_mime_type = d.pop("source_mime_type", MISSING)
        if source_mime_type.__class__ is not str:
            if source_mime_type is MISSING:
                source_mime_type = missing_field(cls, "source_mime_type")
                _missing += ("source_mime_type",)
            else:
                source_mime_type = unexpected_type(cls, "source_mime_type", source_mime_type, "a string")

        source_modified_time_raw = d.pop("source_modified_time", MISSING)
        if source_modified_time_raw is MISSING:
            source_modified_time = missing_field(cls, "source_modified_time")
            _missing += ("source_modified_time",)
        else:
            try:
                source_modified_time = datetime.datetime.fromisoformat(source_modified_time_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                source_modified_time = deviating_field(cls, "source_modified_time", source_modified_time_raw)

        root_folder_id = d.pop("root_folder_id", UNSET)
        if root_folder_id.__class__ is not str and root_folder_id is not None and root_folder_id is not UNSET:
            root_folder_id = unexpected_type(cls, "root_folder_id", root_folder_id, "a string or null")

        external_file_sync_info = cls(
            type_=type_,
            source_entity_id=source_entity_id,
            integration_connection_id=integration_connection_id,
            source_parent_entity_id=source_parent_entity_id,
            source_mime_type=source_mime_type,
            source_modified_time=source_modified_time,
            root_folder_id=root_folder_id,
        )
        if _missing:
            external_file_sync_info._missing_fields = _missing
        external_file_sync_info.additional_properties = d
        return external_file_sync_info

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
