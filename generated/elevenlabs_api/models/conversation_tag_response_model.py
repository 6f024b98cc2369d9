from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationTagResponseModel")


@_attrs_define
class ConversationTagResponseModel:
    """Attributes:
    tag_id (str):
    workspace_id (str):
    owner_user_id (str):
    title (str):
    description (None | str):
    created_at_unix_secs (int):
    """

    tag_id: str

    workspace_id: str

    owner_user_id: str

    title: str

    description: None | str

    created_at_unix_secs: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        tag_id = self.tag_id

        workspace_id = self.workspace_id

        owner_user_id = self.owner_user_id

        title = self.title

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        created_at_unix_secs = self.created_at_unix_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tag_id is not None or "tag_id" not in self._missing_fields:
            field_dict["tag_id"] = tag_id
        if workspace_id is not None or "workspace_id" not in self._missing_fields:
            field_dict["workspace_id"] = workspace_id
        if owner_user_id is not None or "owner_user_id" not in self._missing_fields:
            field_dict["owner_user_id"] = owner_user_id
        if title is not None or "title" not in self._missing_fields:
            field_dict["title"] = title
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        if created_at_unix_secs is not None or "created_at_unix_secs" not in self._missing_fields:
            field_dict["created_at_unix_secs"] = created_at_unix_secs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        tag_id = d.pop("tag_id", MISSING)
        if tag_id.__class__ is not str:
            if tag_id is MISSING:
                tag_id = missing_field(cls, "tag_id")
                _missing += ("tag_id",)
            else:
                tag_id = unexpected_type(cls, "tag_id", tag_id, "a string")

        workspace_id = d.pop("workspace_id", MISSING)
        if workspace_id.__class__ is not str:
            if workspace_id is MISSING:
                workspace_id = missing_field(cls, "workspace_id")
                _missing += ("workspace_id",)
            else:
                workspace_id = unexpected_type(cls, "workspace_id", workspace_id, "a string")

        owner_user_id = d.pop("owner_user_id", MISSING)
        if owner_user_id.__class__ is not str:
            if owner_user_id is MISSING:
                owner_user_id = missing_field(cls, "owner_user_id")
                _missing += ("owner_user_id",)
            else:
                owner_user_id = unexpected_type(cls, "owner_user_id", owner_user_id, "a string")

        title = d.pop("title", MISSING)
        if title.__class__ is not str:
            if title is MISSING:
                title = missing_field(cls, "title")
                _missing += ("title",)
            else:
                title = unexpected_type(cls, "title", title, "a string")

        description = d.pop("description", MISSING)
        if description.__class__ is not str and description is not None:
            if description is MISSING:
                description = missing_field(cls, "description")
                _missing += ("description",)
            else:
                description = unexpected_type(cls, "description", description, "a string or null")

        created_at_unix_secs = d.pop("created_at_unix_secs", MISSING)
        if created_at_unix_secs.__class__ is not int:
            if created_at_unix_secs is MISSING:
                created_at_unix_secs = missing_field(cls, "created_at_unix_secs")
                _missing += ("created_at_unix_secs",)
            else:
                created_at_unix_secs = unexpected_type(cls, "created_at_unix_secs", created_at_unix_secs, "an integer")

        conversation_tag_response_model = cls(
            tag_id=tag_id,
            workspace_id=workspace_id,
            owner_user_id=owner_user_id,
            title=title,
            description=description,
            created_at_unix_secs=created_at_unix_secs,
        )
        if _missing:
            conversation_tag_response_model._missing_fields = _missing
        conversation_tag_response_model.additional_properties = d
        return conversation_tag_response_model

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
