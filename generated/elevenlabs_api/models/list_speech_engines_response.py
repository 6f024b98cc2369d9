from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, BOOL, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ListSpeechEnginesResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'has_more': False, 'speech_engines': [{'access_info': {'creator_email': 'john@example.com', 'creator_name':
        'John Doe', 'is_creator': True, 'role': 'admin'}, 'created_at_unix_secs': 1714000000, 'name': 'My Speech
        Engine', 'speech_engine_id': 'seng_3701k3ttaq12ewp8b7qv5rfyszkz', 'tags': ['production', 'v1']}]}

    Attributes:
        speech_engines: The speech engines matching the query
        has_more: Whether there are more results
        next_cursor: Cursor for fetching the next page
    """

    speech_engines: list[SpeechEngineSummaryResponse]

    has_more: bool

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("speech_engines", "speech_engines", list_of(object_of("SpeechEngineSummaryResponse")), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("next_cursor", "next_cursor", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SpeechEngineSummaryResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'access_info': {'creator_email': 'john@example.com', 'creator_name': 'John Doe', 'is_creator': True, 'role':
        'admin'}, 'created_at_unix_secs': 1714000000, 'name': 'My Speech Engine', 'speech_engine_id':
        'seng_3701k3ttaq12ewp8b7qv5rfyszkz', 'tags': ['production', 'v1']}

    Attributes:
        speech_engine_id: The speech engine resource ID
        name: Human-readable name for the speech engine
        created_at_unix_secs: Creation time in Unix seconds
        tags: Arbitrary tags for categorization and filtering
        access_info:  Example: {'access_source': 'creator', 'creator_email': 'john.doe@example.com', 'creator_name':
            'John Doe', 'is_creator': True, 'role': 'admin'}.
    """

    speech_engine_id: str

    name: str

    created_at_unix_secs: int

    tags: list[str]

    access_info: ResourceAccessInfo

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("speech_engine_id", "speech_engine_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field("tags", "tags", list_of(STR), required=True),
        Field("access_info", "access_info", object_of("ResourceAccessInfo"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.resource_access_info import ResourceAccessInfo
