from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SpeechEngineSummaryResponse")


@_attrs_define
class SpeechEngineSummaryResponse:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        speech_engine_id = d.pop("speech_engine_id", MISSING)
        if speech_engine_id.__class__ is not str:
            if speech_engine_id is MISSING:
                speech_engine_id = missing_field(cls, "speech_engine_id")
                _missing += ("speech_engine_id",)
            else:
                speech_engine_id = unexpected_type(cls, "speech_engine_id", speech_engine_id, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        created_at_unix_secs = d.pop("created_at_unix_secs", MISSING)
        if created_at_unix_secs.__class__ is not int:
            if created_at_unix_secs is MISSING:
                created_at_unix_secs = missing_field(cls, "created_at_unix_secs")
                _missing += ("created_at_unix_secs",)
            else:
                created_at_unix_secs = unexpected_type(cls, "created_at_unix_secs", created_at_unix_secs, "an integer")

        tags = d.pop("tags", MISSING)
        if tags.__class__ is not list:
            if tags is MISSING:
                tags = missing_field(cls, "tags")
                _missing += ("tags",)
            else:
                tags = unexpected_type(cls, "tags", tags, "an array")
        elif tags.__class__ is list and tags:
            check_items(cls, "tags", tags, (str,), "a string")

        access_info_raw = d.pop("access_info", MISSING)
        if access_info_raw is MISSING:
            access_info = missing_field(cls, "access_info")
            _missing += ("access_info",)
        else:
            try:
                access_info = ResourceAccessInfo.from_dict(access_info_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                access_info = deviating_field(cls, "access_info", access_info_raw)

        speech_engine_summary_response = cls(
            speech_engine_id=speech_engine_id,
            name=name,
            created_at_unix_secs=created_at_unix_secs,
            tags=tags,
            access_info=access_info,
        )
        if _missing:
            speech_engine_summary_response._missing_fields = _missing
        speech_engine_summary_response.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.resource_access_info import ResourceAccessInfo
