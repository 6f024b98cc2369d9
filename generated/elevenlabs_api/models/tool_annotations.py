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

T = TypeVar("T", bound="ToolAnnotations")


@_attrs_define
class ToolAnnotations:
    """Additional properties describing a Tool to clients.

    NOTE: all properties in ToolAnnotations are **hints**.
    They are not guaranteed to provide a faithful description of
    tool behavior (including descriptive properties like `title`).

    Clients should never make tool use decisions based on ToolAnnotations
    received from untrusted servers.

    Attributes:
        title (None | str | Unset):
        read_only_hint (bool | None | Unset):
        destructive_hint (bool | None | Unset):
        idempotent_hint (bool | None | Unset):
        open_world_hint (bool | None | Unset):
    """

    title: None | str | Unset = UNSET

    read_only_hint: bool | None | Unset = UNSET

    destructive_hint: bool | None | Unset = UNSET

    idempotent_hint: bool | None | Unset = UNSET

    open_world_hint: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: Any
        try:
            title = self.title

        except (AttributeError, TypeError):
            title = self.title

        read_only_hint: Any
        try:
            read_only_hint = self.read_only_hint

        except (AttributeError, TypeError):
            read_only_hint = self.read_only_hint

        destructive_hint: Any
        try:
            destructive_hint = self.destructive_hint

        except (AttributeError, TypeError):
            destructive_hint = self.destructive_hint

        idempotent_hint: Any
        try:
            idempotent_hint = self.idempotent_hint

        except (AttributeError, TypeError):
            idempotent_hint = self.idempotent_hint

        open_world_hint: Any
        try:
            open_world_hint = self.open_world_hint

        except (AttributeError, TypeError):
            open_world_hint = self.open_world_hint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if title is not UNSET:
            field_dict["title"] = title
        if read_only_hint is not UNSET:
            field_dict["readOnlyHint"] = read_only_hint
        if destructive_hint is not UNSET:
            field_dict["destructiveHint"] = destructive_hint
        if idempotent_hint is not UNSET:
            field_dict["idempotentHint"] = idempotent_hint
        if open_world_hint is not UNSET:
            field_dict["openWorldHint"] = open_world_hint
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        title = d.pop("title", UNSET)
        if title.__class__ is not str and title is not None and title is not UNSET:
            title = unexpected_type(cls, "title", title, "a string or null")

        read_only_hint = d.pop("readOnlyHint", UNSET)
        if read_only_hint.__class__ is not bool and read_only_hint is not None and read_only_hint is not UNSET:
            read_only_hint = unexpected_type(cls, "readOnlyHint", read_only_hint, "a boolean or null")

        destructive_hint = d.pop("destructiveHint", UNSET)
        if destructive_hint.__class__ is not bool and destructive_hint is not None and destructive_hint is not UNSET:
            destructive_hint = unexpected_type(cls, "destructiveHint", destructive_hint, "a boolean or null")

        idempotent_hint = d.pop("idempotentHint", UNSET)
        if idempotent_hint.__class__ is not bool and idempotent_hint is not None and idempotent_hint is not UNSET:
            idempotent_hint = unexpected_type(cls, "idempotentHint", idempotent_hint, "a boolean or null")

        open_world_hint = d.pop("openWorldHint", UNSET)
        if open_world_hint.__class__ is not bool and open_world_hint is not None and open_world_hint is not UNSET:
            open_world_hint = unexpected_type(cls, "openWorldHint", open_world_hint, "a boolean or null")

        tool_annotations = cls(
            title=title,
            read_only_hint=read_only_hint,
            destructive_hint=destructive_hint,
            idempotent_hint=idempotent_hint,
            open_world_hint=open_world_hint,
        )
        tool_annotations.additional_properties = d
        return tool_annotations

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
