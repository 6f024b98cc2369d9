from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="MediaGenerationCompletedResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class MediaGenerationCompletedResponse(Lazy):
    """A completed media generation and its output.

    Example:
        {'content_mime_type': 'video/mp4', 'content_url':
        'https://storage.googleapis.com/generations/JWr5N6X9ZTqf8jD2LmQb', 'id': 'JWr5N6X9ZTqf8jD2LmQb', 'status':
        'completed'}

    Attributes:
        id (str): The unique identifier of the generation.
        status (Literal['completed']): The lifecycle status of the generation.
        content_url (str): A signed URL to download the generated media from. It expires about an hour after this
            response is returned; fetch the generation again for a fresh URL.
        content_mime_type (str): The MIME type of the generated media.
    """

    id: str

    status: Literal["completed"] = _attrs_field(
        default="completed",
        kw_only=True,
        validator=types.tag("MediaGenerationCompletedResponse", "status", "completed"),
    )

    content_url: str

    content_mime_type: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "content_url",
        "content_mime_type",
    )
    _tags: ClassVar[tuple[str, ...]] = ("status",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("status", "completed")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        status = self.status

        content_url = self.content_url

        content_mime_type = self.content_mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        field_dict["status"] = status
        if content_url is not None or "content_url" not in self._missing_fields:
            field_dict["content_url"] = content_url
        if content_mime_type is not None or "content_mime_type" not in self._missing_fields:
            field_dict["content_mime_type"] = content_mime_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        media_generation_completed_response = cls.__new__(cls)
        media_generation_completed_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return media_generation_completed_response

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


def _read_status(cls: type[MediaGenerationCompletedResponse], d: Mapping[str, Any]) -> Any:
    status_raw = d.get("status", MISSING)
    if status_raw is MISSING:
        status_raw = missing_field(cls, "status")
    status = cast(Literal["completed"], status_raw)
    if status != "completed":
        raise ValueError(f"status must match const 'completed', got '{status}'")

    return status


_read_id = plain_reader("id", (str,), "a string", True)

_read_content_url = plain_reader("content_url", (str,), "a string", True)

_read_content_mime_type = plain_reader("content_mime_type", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "content_url",
        "content_mime_type",
    )
)


def _read_additional_properties(cls: type[MediaGenerationCompletedResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[MediaGenerationCompletedResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "status" in known:
        status = known["status"]
    else:
        status = _read_status(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    content_url = d.get("content_url", MISSING)
    if content_url.__class__ is not str:
        content_url = _read_content_url(cls, d)

    content_mime_type = d.get("content_mime_type", MISSING)
    if content_mime_type.__class__ is not str:
        content_mime_type = _read_content_mime_type(cls, d)

    return {
        "id": id,
        "status": status,
        "content_url": content_url,
        "content_mime_type": content_mime_type,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    MediaGenerationCompletedResponse,
    _all_fields,
    {
        "id": _read_id,
        "status": _read_status,
        "content_url": _read_content_url,
        "content_mime_type": _read_content_mime_type,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
