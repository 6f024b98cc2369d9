from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    DubbingTranscriptsResponseModelTranscriptFormatType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbingTranscriptsResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingTranscriptsResponseModel(Lazy):
    """Attributes:
    transcript_format (DubbingTranscriptsResponseModelTranscriptFormatType0 | str):
    srt (None | str | Unset):
    webvtt (None | str | Unset):
    json (DubbingTranscript | None | Unset):
    """

    transcript_format: DubbingTranscriptsResponseModelTranscriptFormatType0 | str

    srt: None | str | Unset = UNSET

    webvtt: None | str | Unset = UNSET

    json: DubbingTranscript | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("transcript_format",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        transcript_format: Any
        try:
            if isinstance(self.transcript_format, str):
                transcript_format = self.transcript_format
            else:
                transcript_format = self.transcript_format

        except (AttributeError, TypeError):
            transcript_format = self.transcript_format

        srt: Any
        try:
            srt = self.srt

        except (AttributeError, TypeError):
            srt = self.srt

        webvtt: Any
        try:
            webvtt = self.webvtt

        except (AttributeError, TypeError):
            webvtt = self.webvtt

        json: Any
        try:
            if isinstance(self.json, Unset):
                json = UNSET
            elif isinstance(self.json, DubbingTranscript):
                json = self.json.to_dict()
            else:
                json = self.json

        except (AttributeError, TypeError):
            json = self.json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if transcript_format is not None or "transcript_format" not in self._missing_fields:
            field_dict["transcript_format"] = transcript_format
        if srt is not UNSET:
            field_dict["srt"] = srt
        if webvtt is not UNSET:
            field_dict["webvtt"] = webvtt
        if json is not UNSET:
            field_dict["json"] = json
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_transcripts_response_model = cls.__new__(cls)
        dubbing_transcripts_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dubbing_transcripts_response_model

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


_read_transcript_format = plain_reader("transcript_format", (str,), "a string", True)

_read_srt = plain_reader(
    "srt",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_webvtt = plain_reader(
    "webvtt",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_json(cls: type[DubbingTranscriptsResponseModel], d: Mapping[str, Any]) -> Any:
    json_raw = d.get("json", UNSET)
    try:

        def _parse_json(data: object) -> DubbingTranscript | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            json_type_0 = DubbingTranscript.from_dict(data)

            return json_type_0

        json = _parse_json(json_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        json = deviating_field(cls, "json", json_raw)

    return json


_FIELDS: frozenset[str] = frozenset(
    (
        "transcript_format",
        "srt",
        "webvtt",
        "json",
    )
)


def _read_additional_properties(cls: type[DubbingTranscriptsResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DubbingTranscriptsResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    transcript_format = d.get("transcript_format", MISSING)
    if transcript_format.__class__ is not str:
        transcript_format = _read_transcript_format(cls, d)

    srt = d.get("srt", UNSET)
    if srt.__class__ is not str and srt is not None and srt is not UNSET:
        srt = _read_srt(cls, d)

    webvtt = d.get("webvtt", UNSET)
    if webvtt.__class__ is not str and webvtt is not None and webvtt is not UNSET:
        webvtt = _read_webvtt(cls, d)

    if "json" in known:
        json = known["json"]
    else:
        json = d.get("json", UNSET)
        if json is not UNSET and json is not None:
            json = _read_json(cls, d)

    return {
        "transcript_format": transcript_format,
        "srt": srt,
        "webvtt": webvtt,
        "json": json,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbingTranscriptsResponseModel,
    _all_fields,
    {
        "transcript_format": _read_transcript_format,
        "srt": _read_srt,
        "webvtt": _read_webvtt,
        "json": _read_json,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_transcript import DubbingTranscript
