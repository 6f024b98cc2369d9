from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="FileInputConfigWorkflowOverride")


@_attrs_define
class FileInputConfigWorkflowOverride:
    """Attributes:
    enabled (bool | None | Unset): When enabled, users may attach images or PDFs in chat when the LLM supports
        multimodal input.
    max_files_in_memory (int | None | Unset): Number of most-recent files kept in memory during a conversation.
        Older files are summarized and their bytes freed.
    max_files_per_conversation (int | None | Unset): Total files a user can upload in one conversation. Uploads are
        billed per file. Use -1 for no limit, or a value >= max_files_in_memory.
    """

    enabled: bool | None | Unset = UNSET

    max_files_in_memory: int | None | Unset = UNSET

    max_files_per_conversation: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: Any
        try:
            enabled = self.enabled

        except (AttributeError, TypeError):
            enabled = self.enabled

        max_files_in_memory: Any
        try:
            max_files_in_memory = self.max_files_in_memory

        except (AttributeError, TypeError):
            max_files_in_memory = self.max_files_in_memory

        max_files_per_conversation: Any
        try:
            max_files_per_conversation = self.max_files_per_conversation

        except (AttributeError, TypeError):
            max_files_per_conversation = self.max_files_per_conversation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_files_in_memory is not UNSET:
            field_dict["max_files_in_memory"] = max_files_in_memory
        if max_files_per_conversation is not UNSET:
            field_dict["max_files_per_conversation"] = max_files_per_conversation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)
        if enabled.__class__ is not bool and enabled is not None and enabled is not UNSET:
            enabled = unexpected_type(cls, "enabled", enabled, "a boolean or null")

        max_files_in_memory = d.pop("max_files_in_memory", UNSET)
        if (
            max_files_in_memory.__class__ is not int
            and max_files_in_memory is not None
            and max_files_in_memory is not UNSET
        ):
            max_files_in_memory = unexpected_type(cls, "max_files_in_memory", max_files_in_memory, "an integer or null")

        max_files_per_conversation = d.pop("max_files_per_conversation", UNSET)
        if (
            max_files_per_conversation.__class__ is not int
            and max_files_per_conversation is not None
            and max_files_per_conversation is not UNSET
        ):
            max_files_per_conversation = unexpected_type(
                cls, "max_files_per_conversation", max_files_per_conversation, "an integer or null"
            )

        file_input_config_workflow_override = cls(
            enabled=enabled,
            max_files_in_memory=max_files_in_memory,
            max_files_per_conversation=max_files_per_conversation,
        )
        file_input_config_workflow_override.additional_properties = d
        return file_input_config_workflow_override

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
