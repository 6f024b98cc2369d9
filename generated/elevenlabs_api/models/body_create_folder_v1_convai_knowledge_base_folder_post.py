from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyCreateFolderV1ConvaiKnowledgeBaseFolderPost")


@_attrs_define
class BodyCreateFolderV1ConvaiKnowledgeBaseFolderPost:
    """Attributes:
    name (str): A custom, human-readable name for the document.
    parent_folder_id (None | str | Unset): If set, the created document or folder will be placed inside the given
        folder.
    enable_auto_sync (bool | Unset): Whether to enable auto-sync for this URL document. Default: False.
    auto_remove (bool | Unset): Whether to automatically remove the document if the URL becomes unavailable. Only
        applicable when auto-sync is enabled. Default: False.
    minimum_frequency_days (int | None | Unset): Minimum frequency (in days) at which the underlying eligible
        documents are refreshed. The actual interval may be shorter, never longer. Defaults to 7, tightened to the
        parent folder's frequency if that is stricter. Only applicable when auto-sync is enabled.
    """

    name: str

    parent_folder_id: None | str | Unset = UNSET

    enable_auto_sync: bool | Unset = False

    auto_remove: bool | Unset = False

    minimum_frequency_days: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
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
        _missing: tuple[str, ...] = ()
        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        parent_folder_id = d.pop("parent_folder_id", UNSET)
        if parent_folder_id.__class__ is not str and parent_folder_id is not None and parent_folder_id is not UNSET:
            parent_folder_id = unexpected_type(cls, "parent_folder_id", parent_folder_id, "a string or null")

        enable_auto_sync = d.pop("enable_auto_sync", UNSET)
        if enable_auto_sync.__class__ is not bool and enable_auto_sync is not UNSET:
            enable_auto_sync = unexpected_type(cls, "enable_auto_sync", enable_auto_sync, "a boolean")

        auto_remove = d.pop("auto_remove", UNSET)
        if auto_remove.__class__ is not bool and auto_remove is not UNSET:
            auto_remove = unexpected_type(cls, "auto_remove", auto_remove, "a boolean")

        minimum_frequency_days = d.pop("minimum_frequency_days", UNSET)
        if (
            minimum_frequency_days.__class__ is not int
            and minimum_frequency_days is not None
            and minimum_frequency_days is not UNSET
        ):
            minimum_frequency_days = unexpected_type(
                cls, "minimum_frequency_days", minimum_frequency_days, "an integer or null"
            )

        body_create_folder_v1_convai_knowledge_base_folder_post = cls(
            name=name,
            parent_folder_id=parent_folder_id,
            enable_auto_sync=enable_auto_sync,
            auto_remove=auto_remove,
            minimum_frequency_days=minimum_frequency_days,
        )
        if _missing:
            body_create_folder_v1_convai_knowledge_base_folder_post._missing_fields = _missing
        body_create_folder_v1_convai_knowledge_base_folder_post.additional_properties = d
        return body_create_folder_v1_convai_knowledge_base_folder_post

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
