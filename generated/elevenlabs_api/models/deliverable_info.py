from __future__ import annotations

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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DeliverableInfo")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DeliverableInfo(Lazy):
    """Example:
        {'content_type': 'video/mp4', 'name': '[fr][mp4] Item #cbaba1fe', 'signed_url':
        'https://storage.googleapis.com/example-bucket/deliverables/output_fr.mp4?X-Goog-Signature=...', 'version': 1}

    Attributes:
        signed_url (str): A time-limited URL to download the delivered file.
        content_type (str): The MIME type of the delivered file (e.g. 'video/mp4').
        name (str): The name of the delivered file.
        version (int | Unset): The version number of the deliverable. Defaults to 1 on the server.
    """

    signed_url: str

    content_type: str

    name: str

    version: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "signed_url",
        "content_type",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        signed_url = self.signed_url

        content_type = self.content_type

        name = self.name

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if signed_url is not None or "signed_url" not in self._missing_fields:
            field_dict["signed_url"] = signed_url
        if content_type is not None or "content_type" not in self._missing_fields:
            field_dict["content_type"] = content_type
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        deliverable_info = cls.__new__(cls)
        deliverable_info.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return deliverable_info

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


_read_signed_url = plain_reader("signed_url", (str,), "a string", True)

_read_content_type = plain_reader("content_type", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_version = plain_reader("version", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "signed_url",
        "content_type",
        "name",
        "version",
    )
)


def _read_additional_properties(cls: type[DeliverableInfo], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DeliverableInfo], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    signed_url = d.get("signed_url", MISSING)
    if signed_url.__class__ is not str:
        signed_url = _read_signed_url(cls, d)

    content_type = d.get("content_type", MISSING)
    if content_type.__class__ is not str:
        content_type = _read_content_type(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    version = d.get("version", UNSET)
    if version.__class__ is not int and version is not UNSET:
        version = _read_version(cls, d)

    return {
        "signed_url": signed_url,
        "content_type": content_type,
        "name": name,
        "version": version,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DeliverableInfo,
    _all_fields,
    {
        "signed_url": _read_signed_url,
        "content_type": _read_content_type,
        "name": _read_name,
        "version": _read_version,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
