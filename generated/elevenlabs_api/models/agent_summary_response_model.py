from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentSummaryResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentSummaryResponseModel(Lazy):
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
        archived (bool | Unset): Whether the agent is archived Defaults to False on the server.
    """

    agent_id: str

    name: str

    tags: list[str]

    created_at_unix_secs: int

    access_info: ResourceAccessInfo

    last_call_time_unix_secs: int | None | Unset = UNSET

    archived: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "agent_id",
        "name",
        "tags",
        "created_at_unix_secs",
        "access_info",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_summary_response_model = cls.__new__(cls)
        agent_summary_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_tags = plain_reader("tags", (list,), "an array", True, ((str,), "a string"))

_read_created_at_unix_secs = plain_reader("created_at_unix_secs", (int,), "an integer", True)


def _read_access_info(cls: type[AgentSummaryResponseModel], d: Mapping[str, Any]) -> Any:
    access_info_raw = d.get("access_info", MISSING)
    if access_info_raw is MISSING:
        access_info = missing_field(cls, "access_info")
    else:
        try:
            access_info = ResourceAccessInfo.from_dict(access_info_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            access_info = deviating_field(cls, "access_info", access_info_raw)

    return access_info


_read_last_call_time_unix_secs = plain_reader(
    "last_call_time_unix_secs",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_archived = plain_reader("archived", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "agent_id",
        "name",
        "tags",
        "created_at_unix_secs",
        "access_info",
        "last_call_time_unix_secs",
        "archived",
    )
)


def _read_additional_properties(cls: type[AgentSummaryResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentSummaryResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    tags = d.get("tags", MISSING)
    if tags.__class__ is not list:
        tags = _read_tags(cls, d)
    elif tags.__class__ is list and tags:
        check_items(cls, "tags", tags, (str,), "a string")

    created_at_unix_secs = d.get("created_at_unix_secs", MISSING)
    if created_at_unix_secs.__class__ is not int:
        created_at_unix_secs = _read_created_at_unix_secs(cls, d)

    if "access_info" in known:
        access_info = known["access_info"]
    else:
        access_info = _read_access_info(cls, d)

    last_call_time_unix_secs = d.get("last_call_time_unix_secs", UNSET)
    if (
        last_call_time_unix_secs.__class__ is not int
        and last_call_time_unix_secs is not None
        and last_call_time_unix_secs is not UNSET
    ):
        last_call_time_unix_secs = _read_last_call_time_unix_secs(cls, d)

    archived = d.get("archived", UNSET)
    if archived.__class__ is not bool and archived is not UNSET:
        archived = _read_archived(cls, d)

    return {
        "agent_id": agent_id,
        "name": name,
        "tags": tags,
        "created_at_unix_secs": created_at_unix_secs,
        "access_info": access_info,
        "last_call_time_unix_secs": last_call_time_unix_secs,
        "archived": archived,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentSummaryResponseModel,
    _all_fields,
    {
        "agent_id": _read_agent_id,
        "name": _read_name,
        "tags": _read_tags,
        "created_at_unix_secs": _read_created_at_unix_secs,
        "access_info": _read_access_info,
        "last_call_time_unix_secs": _read_last_call_time_unix_secs,
        "archived": _read_archived,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.resource_access_info import ResourceAccessInfo
