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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AssetResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AssetResponse(Lazy):
    """The public Asset object.

    Example:
        {'asset_id': '5xM2KqOnZyce22SPZ9d4', 'content_url': 'https://.../a1b2c3d4/content?...', 'created_at_unix':
        1721520000, 'mime_type': 'audio/mpeg', 'name': 'podcast-intro.mp3'}

    Attributes:
        asset_id (str): Unique identifier for the asset.
        name (str): Display name of the asset.
        mime_type (str): MIME type of the uploaded file (e.g. `audio/mpeg`).
        created_at_unix (int): Unix timestamp (seconds) the asset was created.
        content_url (None | str): Signed URL to fetch the asset's content. May be `null` if the asset has not finished
            processing. Do not rely on it being valid for more than 1 hour; fetch the asset again for a fresh URL.
    """

    asset_id: str

    name: str

    mime_type: str

    created_at_unix: int

    content_url: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "asset_id",
        "name",
        "mime_type",
        "created_at_unix",
        "content_url",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        asset_id = self.asset_id

        name = self.name

        mime_type = self.mime_type

        created_at_unix = self.created_at_unix

        content_url: Any
        try:
            content_url = self.content_url

        except (AttributeError, TypeError):
            content_url = self.content_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asset_id is not None or "asset_id" not in self._missing_fields:
            field_dict["asset_id"] = asset_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if mime_type is not None or "mime_type" not in self._missing_fields:
            field_dict["mime_type"] = mime_type
        if created_at_unix is not None or "created_at_unix" not in self._missing_fields:
            field_dict["created_at_unix"] = created_at_unix
        if content_url is not None or "content_url" not in self._missing_fields:
            field_dict["content_url"] = content_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        asset_response = cls.__new__(cls)
        asset_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return asset_response

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


_read_asset_id = plain_reader("asset_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_mime_type = plain_reader("mime_type", (str,), "a string", True)

_read_created_at_unix = plain_reader("created_at_unix", (int,), "an integer", True)

_read_content_url = plain_reader(
    "content_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "asset_id",
        "name",
        "mime_type",
        "created_at_unix",
        "content_url",
    )
)


def _read_additional_properties(cls: type[AssetResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AssetResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    asset_id = d.get("asset_id", MISSING)
    if asset_id.__class__ is not str:
        asset_id = _read_asset_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    mime_type = d.get("mime_type", MISSING)
    if mime_type.__class__ is not str:
        mime_type = _read_mime_type(cls, d)

    created_at_unix = d.get("created_at_unix", MISSING)
    if created_at_unix.__class__ is not int:
        created_at_unix = _read_created_at_unix(cls, d)

    content_url = d.get("content_url", MISSING)
    if content_url.__class__ is not str and content_url is not None:
        content_url = _read_content_url(cls, d)

    return {
        "asset_id": asset_id,
        "name": name,
        "mime_type": mime_type,
        "created_at_unix": created_at_unix,
        "content_url": content_url,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AssetResponse,
    _all_fields,
    {
        "asset_id": _read_asset_id,
        "name": _read_name,
        "mime_type": _read_mime_type,
        "created_at_unix": _read_created_at_unix,
        "content_url": _read_content_url,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
