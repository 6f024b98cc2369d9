from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="MediaGenerationCompletedResponse")


@_attrs_define
class MediaGenerationCompletedResponse:
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

    status: Literal["completed"]

    content_url: str

    content_mime_type: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("status", "completed")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        status_raw = d.pop("status", MISSING)
        if status_raw is MISSING:
            status_raw = missing_field(cls, "status")
        status = cast(Literal["completed"], status_raw)
        if status != "completed":
            raise ValueError(f"status must match const 'completed', got '{status}'")

        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        content_url = d.pop("content_url", MISSING)
        if content_url.__class__ is not str:
            if content_url is MISSING:
                content_url = missing_field(cls, "content_url")
                _missing += ("content_url",)
            else:
                content_url = unexpected_type(cls, "content_url", content_url, "a string")

        content_mime_type = d.pop("content_mime_type", MISSING)
        if content_mime_type.__class__ is not str:
            if content_mime_type is MISSING:
                content_mime_type = missing_field(cls, "content_mime_type")
                _missing += ("content_mime_type",)
            else:
                content_mime_type = unexpected_type(cls, "content_mime_type", content_mime_type, "a string")

        media_generation_completed_response = cls(
            id=id,
            status=status,
            content_url=content_url,
            content_mime_type=content_mime_type,
        )
        if _missing:
            media_generation_completed_response._missing_fields = _missing
        media_generation_completed_response.additional_properties = d
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
