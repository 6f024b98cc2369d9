from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="DeliverableInfo")


@_attrs_define
class DeliverableInfo:
    """Example:
        {'content_type': 'video/mp4', 'name': '[fr][mp4] Item #cbaba1fe', 'signed_url':
        'https://storage.googleapis.com/example-bucket/deliverables/output_fr.mp4?X-Goog-Signature=...', 'version': 1}

    Attributes:
        signed_url (str): A time-limited URL to download the delivered file.
        content_type (str): The MIME type of the delivered file (e.g. 'video/mp4').
        name (str): The name of the delivered file.
        version (int | Unset): The version number of the deliverable. Default: 1.
    """

    signed_url: str

    content_type: str

    name: str

    version: int | Unset = 1

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        signed_url = d.pop("signed_url", MISSING)
        if signed_url.__class__ is not str:
            if signed_url is MISSING:
                signed_url = missing_field(cls, "signed_url")
                _missing += ("signed_url",)
            else:
                signed_url = unexpected_type(cls, "signed_url", signed_url, "a string")

        content_type = d.pop("content_type", MISSING)
        if content_type.__class__ is not str:
            if content_type is MISSING:
                content_type = missing_field(cls, "content_type")
                _missing += ("content_type",)
            else:
                content_type = unexpected_type(cls, "content_type", content_type, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        version = d.pop("version", UNSET)
        if version.__class__ is not int and version is not UNSET:
            version = unexpected_type(cls, "version", version, "an integer")

        deliverable_info = cls(
            signed_url=signed_url,
            content_type=content_type,
            name=name,
            version=version,
        )
        if _missing:
            deliverable_info._missing_fields = _missing
        deliverable_info.additional_properties = d
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
