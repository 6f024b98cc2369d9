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
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SpeechEngineConfig")


@_attrs_define
class SpeechEngineConfig:
    """Attributes:
    ws_url (str): The WebSocket URL for the transcript server
    request_headers (SpeechEngineConfigRequestHeaders | Unset): Headers to include in the WebSocket connection
        request
    """

    ws_url: str

    request_headers: SpeechEngineConfigRequestHeaders | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        ws_url = self.ws_url

        request_headers: Any
        try:
            request_headers = UNSET
            if not isinstance(self.request_headers, Unset):
                request_headers = self.request_headers.to_dict()
        except (AttributeError, TypeError):
            request_headers = self.request_headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ws_url is not None or "ws_url" not in self._missing_fields:
            field_dict["ws_url"] = ws_url
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        ws_url = d.pop("ws_url", MISSING)
        if ws_url.__class__ is not str:
            if ws_url is MISSING:
                ws_url = missing_field(cls, "ws_url")
                _missing += ("ws_url",)
            else:
                ws_url = unexpected_type(cls, "ws_url", ws_url, "a string")

        request_headers_raw = d.pop("request_headers", UNSET)
        try:
            _request_headers = request_headers_raw
            request_headers: SpeechEngineConfigRequestHeaders | Unset
            if isinstance(_request_headers, Unset):
                request_headers = UNSET
            else:
                request_headers = SpeechEngineConfigRequestHeaders.from_dict(_request_headers)
        except (KeyError, TypeError, ValueError, AttributeError):
            request_headers = deviating_field(cls, "request_headers", request_headers_raw)

        speech_engine_config = cls(
            ws_url=ws_url,
            request_headers=request_headers,
        )
        if _missing:
            speech_engine_config._missing_fields = _missing
        speech_engine_config.additional_properties = d
        return speech_engine_config

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
from ..models.speech_engine_config_request_headers import SpeechEngineConfigRequestHeaders
