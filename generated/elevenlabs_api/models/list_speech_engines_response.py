from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ListSpeechEnginesResponse")


@_attrs_define
class ListSpeechEnginesResponse:
    """Example:
        {'has_more': False, 'speech_engines': [{'access_info': {'creator_email': 'john@example.com', 'creator_name':
        'John Doe', 'is_creator': True, 'role': 'admin'}, 'created_at_unix_secs': 1714000000, 'name': 'My Speech
        Engine', 'speech_engine_id': 'seng_3701k3ttaq12ewp8b7qv5rfyszkz', 'tags': ['production', 'v1']}]}

    Attributes:
        speech_engines (list[SpeechEngineSummaryResponse]): The speech engines matching the query
        has_more (bool): Whether there are more results
        next_cursor (None | str | Unset): Cursor for fetching the next page
    """

    speech_engines: list[SpeechEngineSummaryResponse]

    has_more: bool

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        speech_engines: Any
        try:
            speech_engines = []
            for speech_engines_item_data in self.speech_engines:
                speech_engines_item = speech_engines_item_data.to_dict()
                speech_engines.append(speech_engines_item)

        except (AttributeError, TypeError):
            speech_engines = self.speech_engines

        has_more = self.has_more

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if speech_engines is not None or "speech_engines" not in self._missing_fields:
            field_dict["speech_engines"] = speech_engines
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        speech_engines_raw = d.pop("speech_engines", MISSING)
        if speech_engines_raw is MISSING:
            speech_engines = missing_field(cls, "speech_engines")
            _missing += ("speech_engines",)
        else:
            try:
                expect_array("speech_engines", speech_engines_raw)
                speech_engines = []
                _speech_engines = speech_engines_raw
                for speech_engines_item_data in _speech_engines:
                    speech_engines_item = SpeechEngineSummaryResponse.from_dict(speech_engines_item_data)

                    speech_engines.append(speech_engines_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                speech_engines = deviating_field(cls, "speech_engines", speech_engines_raw)

        has_more = d.pop("has_more", MISSING)
        if has_more.__class__ is not bool:
            if has_more is MISSING:
                has_more = missing_field(cls, "has_more")
                _missing += ("has_more",)
            else:
                has_more = unexpected_type(cls, "has_more", has_more, "a boolean")

        next_cursor = d.pop("next_cursor", UNSET)
        if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
            next_cursor = unexpected_type(cls, "next_cursor", next_cursor, "a string or null")

        list_speech_engines_response = cls(
            speech_engines=speech_engines,
            has_more=has_more,
            next_cursor=next_cursor,
        )
        if _missing:
            list_speech_engines_response._missing_fields = _missing
        list_speech_engines_response.additional_properties = d
        return list_speech_engines_response

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
from ..models.speech_engine_summary_response import SpeechEngineSummaryResponse
