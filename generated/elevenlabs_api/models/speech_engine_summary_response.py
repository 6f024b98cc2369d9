from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SpeechEngineSummaryResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SpeechEngineSummaryResponse(Lazy):
    """Example:
        {'access_info': {'creator_email': 'john@example.com', 'creator_name': 'John Doe', 'is_creator': True, 'role':
        'admin'}, 'created_at_unix_secs': 1714000000, 'name': 'My Speech Engine', 'speech_engine_id':
        'seng_3701k3ttaq12ewp8b7qv5rfyszkz', 'tags': ['production', 'v1']}

    Attributes:
        speech_engine_id (str): The speech engine resource ID
        name (str): Human-readable name for the speech engine
        created_at_unix_secs (int): Creation time in Unix seconds
        tags (list[str]): Arbitrary tags for categorization and filtering
        access_info (ResourceAccessInfo):  Example: {'access_source': 'creator', 'creator_email':
            'john.doe@example.com', 'creator_name': 'John Doe', 'is_creator': True, 'role': 'admin'}.
    """

    speech_engine_id: str

    name: str

    created_at_unix_secs: int

    tags: list[str]

    access_info: ResourceAccessInfo

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "speech_engine_id",
        "name",
        "created_at_unix_secs",
        "tags",
        "access_info",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        speech_engine_id = self.speech_engine_id

        name = self.name

        created_at_unix_secs = self.created_at_unix_secs

        tags: Any
        try:
            tags = self.tags

        except (AttributeError, TypeError):
            tags = self.tags

        access_info: Any
        try:
            access_info = self.access_info.to_dict()
        except (AttributeError, TypeError):
            access_info = self.access_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if speech_engine_id is not None or "speech_engine_id" not in self._missing_fields:
            field_dict["speech_engine_id"] = speech_engine_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if created_at_unix_secs is not None or "created_at_unix_secs" not in self._missing_fields:
            field_dict["created_at_unix_secs"] = created_at_unix_secs
        if tags is not None or "tags" not in self._missing_fields:
            field_dict["tags"] = tags
        if access_info is not None or "access_info" not in self._missing_fields:
            field_dict["access_info"] = access_info
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        speech_engine_summary_response = cls.__new__(cls)
        speech_engine_summary_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return speech_engine_summary_response

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


_read_speech_engine_id = plain_reader("speech_engine_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_created_at_unix_secs = plain_reader("created_at_unix_secs", (int,), "an integer", True)

_read_tags = plain_reader("tags", (list,), "an array", True, ((str,), "a string"))


def _read_access_info(cls: type[SpeechEngineSummaryResponse], d: Mapping[str, Any]) -> Any:
    access_info_raw = d.get("access_info", MISSING)
    if access_info_raw is MISSING:
        access_info = missing_field(cls, "access_info")
    else:
        try:
            access_info = ResourceAccessInfo.from_dict(access_info_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            access_info = deviating_field(cls, "access_info", access_info_raw)

    return access_info


_FIELDS: frozenset[str] = frozenset(
    (
        "speech_engine_id",
        "name",
        "created_at_unix_secs",
        "tags",
        "access_info",
    )
)


def _read_additional_properties(cls: type[SpeechEngineSummaryResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[SpeechEngineSummaryResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    speech_engine_id = d.get("speech_engine_id", MISSING)
    if speech_engine_id.__class__ is not str:
        speech_engine_id = _read_speech_engine_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    created_at_unix_secs = d.get("created_at_unix_secs", MISSING)
    if created_at_unix_secs.__class__ is not int:
        created_at_unix_secs = _read_created_at_unix_secs(cls, d)

    tags = d.get("tags", MISSING)
    if tags.__class__ is not list:
        tags = _read_tags(cls, d)
    elif tags.__class__ is list and tags:
        check_items(cls, "tags", tags, (str,), "a string")

    if "access_info" in known:
        access_info = known["access_info"]
    else:
        access_info = _read_access_info(cls, d)

    return {
        "speech_engine_id": speech_engine_id,
        "name": name,
        "created_at_unix_secs": created_at_unix_secs,
        "tags": tags,
        "access_info": access_info,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SpeechEngineSummaryResponse,
    _all_fields,
    {
        "speech_engine_id": _read_speech_engine_id,
        "name": _read_name,
        "created_at_unix_secs": _read_created_at_unix_secs,
        "tags": _read_tags,
        "access_info": _read_access_info,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.resource_access_info import ResourceAccessInfo
