from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AgentSummaryResponseModel")


@_attrs_define
class AgentSummaryResponseModel:
    """Example:
        {'access_info': {'creator_email': 'john@example.com', 'creator_name': 'John Doe', 'is_creator': True, 'role':
        'admin'}, 'agent_id': 'J3Pbu5gP6NNKBscdCdwB', 'archived': False, 'created_at_unix_secs': 1716153600,
        'last_call_time_unix_secs': 1716240000, 'name': 'My Agent', 'tags': ['Customer Support', 'Technical Help',
        'Eleven']}

    Attributes:
        agent_id (str): The ID of the agent
        name (str): The name of the agent
        tags (list[str]): Agent tags used to categorize the agent
        created_at_unix_secs (int): The creation time of the agent in unix seconds
        access_info (ResourceAccessInfo):  Example: {'access_source': 'creator', 'creator_email':
            'john.doe@example.com', 'creator_name': 'John Doe', 'is_creator': True, 'role': 'admin'}.
        last_call_time_unix_secs (int | None | Unset): The time of the most recent call in unix seconds, null if no
            calls have been made
        archived (bool | Unset): Whether the agent is archived Default: False.
    """

    agent_id: str

    name: str

    tags: list[str]

    created_at_unix_secs: int

    access_info: ResourceAccessInfo

    last_call_time_unix_secs: int | None | Unset = UNSET

    archived: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        name = self.name

        tags: Any
        try:
            tags = self.tags

        except (AttributeError, TypeError):
            tags = self.tags

        created_at_unix_secs = self.created_at_unix_secs

        access_info: Any
        try:
            access_info = self.access_info.to_dict()
        except (AttributeError, TypeError):
            access_info = self.access_info

        last_call_time_unix_secs: Any
        try:
            last_call_time_unix_secs = self.last_call_time_unix_secs

        except (AttributeError, TypeError):
            last_call_time_unix_secs = self.last_call_time_unix_secs

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if tags is not None or "tags" not in self._missing_fields:
            field_dict["tags"] = tags
        if created_at_unix_secs is not None or "created_at_unix_secs" not in self._missing_fields:
            field_dict["created_at_unix_secs"] = created_at_unix_secs
        if access_info is not None or "access_info" not in self._missing_fields:
            field_dict["access_info"] = access_info
        if last_call_time_unix_secs is not UNSET:
            field_dict["last_call_time_unix_secs"] = last_call_time_unix_secs
        if archived is not UNSET:
            field_dict["archived"] = archived
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        tags = d.pop("tags", MISSING)
        if tags.__class__ is not list:
            if tags is MISSING:
                tags = missing_field(cls, "tags")
                _missing += ("tags",)
            else:
                tags = unexpected_type(cls, "tags", tags, "an array")
        elif tags.__class__ is list and tags:
            check_items(cls, "tags", tags, (str,), "a string")

        created_at_unix_secs = d.pop("created_at_unix_secs", MISSING)
        if created_at_unix_secs.__class__ is not int:
            if created_at_unix_secs is MISSING:
                created_at_unix_secs = missing_field(cls, "created_at_unix_secs")
                _missing += ("created_at_unix_secs",)
            else:
                created_at_unix_secs = unexpected_type(cls, "created_at_unix_secs", created_at_unix_secs, "an integer")

        access_info_raw = d.pop("access_info", MISSING)
        if access_info_raw is MISSING:
            access_info = missing_field(cls, "access_info")
            _missing += ("access_info",)
        else:
            try:
                access_info = ResourceAccessInfo.from_dict(access_info_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                access_info = deviating_field(cls, "access_info", access_info_raw)

        last_call_time_unix_secs = d.pop("last_call_time_unix_secs", UNSET)
        if (
            last_call_time_unix_secs.__class__ is not int
            and last_call_time_unix_secs is not None
            and last_call_time_unix_secs is not UNSET
        ):
            last_call_time_unix_secs = unexpected_type(
                cls, "last_call_time_unix_secs", last_call_time_unix_secs, "an integer or null"
            )

        archived = d.pop("archived", UNSET)
        if archived.__class__ is not bool and archived is not UNSET:
            archived = unexpected_type(cls, "archived", archived, "a boolean")

        agent_summary_response_model = cls(
            agent_id=agent_id,
            name=name,
            tags=tags,
            created_at_unix_secs=created_at_unix_secs,
            access_info=access_info,
            last_call_time_unix_secs=last_call_time_unix_secs,
            archived=archived,
        )
        if _missing:
            agent_summary_response_model._missing_fields = _missing
        agent_summary_response_model.additional_properties = d
        return agent_summary_response_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.resource_access_info import ResourceAccessInfo
