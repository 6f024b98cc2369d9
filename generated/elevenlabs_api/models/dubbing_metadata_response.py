from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="DubbingMetadataResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingMetadataResponse(Lazy):
    """Example:
        {'created_at': '2025-07-15T14:49:41.149000', 'dubbing_id': '21m00Tcm4TlvDq8ikWAM', 'editable': True,
        'media_metadata': {'content_type': 'video/mp4', 'duration': 127.5}, 'name': 'My Dubbing Project',
        'source_language': 'en', 'status': 'dubbed', 'target_languages': ['es', 'fr', 'de']}

    Attributes:
        dubbing_id (str): The ID of the dubbing project.
        name (str): The name of the dubbing project.
        status (str): The state this dub is in.
        source_language (None | str): Once dubbing has completed, the ISO-639-1 code of the original media's source
            language.
        target_languages (list[str]): The ISO-639-1 code of the languages this media has been dubbed into.
        created_at (datetime.datetime): Timestamp this dub was created.
        editable (bool | Unset): Whether this dubbing project is editable in Dubbing Studio. Defaults to False on the
            server.
        media_metadata (DubbingMediaMetadata | None | Unset): Metadata, such as the length in seconds and content type,
            of the dubbed content.
        error (None | str | Unset): Error message indicate, if this dub has failed, what happened.
    """

    dubbing_id: str

    name: str

    status: str

    source_language: None | str = _attrs_field(default=None, kw_only=True)

    target_languages: list[str]

    created_at: datetime.datetime

    editable: bool | Unset = UNSET

    media_metadata: DubbingMediaMetadata | None | Unset = UNSET

    error: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "dubbing_id",
        "name",
        "status",
        "source_language",
        "target_languages",
        "created_at",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        dubbing_id = self.dubbing_id

        name = self.name

        status = self.status

        source_language: Any
        try:
            source_language = self.source_language

        except (AttributeError, TypeError):
            source_language = self.source_language

        target_languages: Any
        try:
            target_languages = self.target_languages

        except (AttributeError, TypeError):
            target_languages = self.target_languages

        created_at: Any
        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError):
            created_at = self.created_at

        editable = self.editable

        media_metadata: Any
        try:
            if isinstance(self.media_metadata, Unset):
                media_metadata = UNSET
            elif isinstance(self.media_metadata, DubbingMediaMetadata):
                media_metadata = self.media_metadata.to_dict()
            else:
                media_metadata = self.media_metadata

        except (AttributeError, TypeError):
            media_metadata = self.media_metadata

        error: Any
        try:
            error = self.error

        except (AttributeError, TypeError):
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dubbing_id is not None or "dubbing_id" not in self._missing_fields:
            field_dict["dubbing_id"] = dubbing_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if source_language is not None or "source_language" not in self._missing_fields:
            field_dict["source_language"] = source_language
        if target_languages is not None or "target_languages" not in self._missing_fields:
            field_dict["target_languages"] = target_languages
        if created_at is not None or "created_at" not in self._missing_fields:
            field_dict["created_at"] = created_at
        if editable is not UNSET:
            field_dict["editable"] = editable
        if media_metadata is not UNSET:
            field_dict["media_metadata"] = media_metadata
        if error is not UNSET:
            field_dict["error"] = error
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_metadata_response = cls.__new__(cls)
        dubbing_metadata_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dubbing_metadata_response

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


_read_dubbing_id = plain_reader("dubbing_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_status = plain_reader("status", (str,), "a string", True)

_read_source_language = plain_reader(
    "source_language",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_target_languages = plain_reader("target_languages", (list,), "an array", True, ((str,), "a string"))


def _read_created_at(cls: type[DubbingMetadataResponse], d: Mapping[str, Any]) -> Any:
    created_at_raw = d.get("created_at", MISSING)
    if created_at_raw is MISSING:
        created_at = missing_field(cls, "created_at")
    else:
        try:
            created_at = datetime.datetime.fromisoformat(created_at_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            created_at = deviating_field(cls, "created_at", created_at_raw)

    return created_at


_read_editable = plain_reader("editable", (bool,), "a boolean", False)


def _read_media_metadata(cls: type[DubbingMetadataResponse], d: Mapping[str, Any]) -> Any:
    media_metadata_raw = d.get("media_metadata", UNSET)
    try:

        def _parse_media_metadata(data: object) -> DubbingMediaMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            media_metadata_type_0 = DubbingMediaMetadata.from_dict(data)

            return media_metadata_type_0

        media_metadata = _parse_media_metadata(media_metadata_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        media_metadata = deviating_field(cls, "media_metadata", media_metadata_raw)

    return media_metadata


_read_error = plain_reader(
    "error",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "dubbing_id",
        "name",
        "status",
        "source_language",
        "target_languages",
        "created_at",
        "editable",
        "media_metadata",
        "error",
    )
)


def _read_additional_properties(cls: type[DubbingMetadataResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DubbingMetadataResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    dubbing_id = d.get("dubbing_id", MISSING)
    if dubbing_id.__class__ is not str:
        dubbing_id = _read_dubbing_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    source_language = d.get("source_language", MISSING)
    if source_language.__class__ is not str and source_language is not None:
        source_language = _read_source_language(cls, d)

    target_languages = d.get("target_languages", MISSING)
    if target_languages.__class__ is not list:
        target_languages = _read_target_languages(cls, d)
    elif target_languages.__class__ is list and target_languages:
        check_items(cls, "target_languages", target_languages, (str,), "a string")

    if "created_at" in known:
        created_at = known["created_at"]
    else:
        created_at = _read_created_at(cls, d)

    editable = d.get("editable", UNSET)
    if editable.__class__ is not bool and editable is not UNSET:
        editable = _read_editable(cls, d)

    if "media_metadata" in known:
        media_metadata = known["media_metadata"]
    else:
        media_metadata = d.get("media_metadata", UNSET)
        if media_metadata is not UNSET and media_metadata is not None:
            media_metadata = _read_media_metadata(cls, d)

    error = d.get("error", UNSET)
    if error.__class__ is not str and error is not None and error is not UNSET:
        error = _read_error(cls, d)

    return {
        "dubbing_id": dubbing_id,
        "name": name,
        "status": status,
        "source_language": source_language,
        "target_languages": target_languages,
        "created_at": created_at,
        "editable": editable,
        "media_metadata": media_metadata,
        "error": error,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbingMetadataResponse,
    _all_fields,
    {
        "dubbing_id": _read_dubbing_id,
        "name": _read_name,
        "status": _read_status,
        "source_language": _read_source_language,
        "target_languages": _read_target_languages,
        "created_at": _read_created_at,
        "editable": _read_editable,
        "media_metadata": _read_media_metadata,
        "error": _read_error,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_media_metadata import DubbingMediaMetadata
