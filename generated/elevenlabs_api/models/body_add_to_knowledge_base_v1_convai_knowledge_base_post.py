from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    UNSET,
    File,
    Unset,
    deviating_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost")


@_attrs_define
class BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost:
    """Attributes:
    name (None | str | Unset): A custom, human-readable name for the document.
    url (str | Unset): URL to a page of documentation that the agent will have access to in order to interact with
        users.
    file (File | Unset): Documentation that the agent will have access to in order to interact with users.
    """

    name: None | str | Unset = UNSET

    url: str | Unset = UNSET

    file: File | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: Any
        try:
            name = self.name

        except (AttributeError, TypeError):
            name = self.name

        url = self.url

        file: Any
        try:
            file = UNSET
            if not isinstance(self.file, Unset):
                file = self.file.to_tuple()

        except (AttributeError, TypeError):
            file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if file is not UNSET:
            field_dict["file"] = file
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if not isinstance(self.name, Unset):
            if isinstance(self.name, str) or self.name is None:
                files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.url, Unset):
            files.append(("url", (None, str(self.url).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not None and name is not UNSET:
            name = unexpected_type(cls, "name", name, "a string or null")

        url = d.pop("url", UNSET)
        if url.__class__ is not str and url is not UNSET:
            url = unexpected_type(cls, "url", url, "a string")

        file_raw = d.pop("file", UNSET)
        try:
            _file = file_raw
            file: File | Unset
            if isinstance(_file, Unset):
                file = UNSET
            else:
                file = File(payload=BytesIO(_file))
        except (KeyError, TypeError, ValueError, AttributeError):
            file = deviating_field(cls, "file", file_raw)

        body_add_to_knowledge_base_v1_convai_knowledge_base_post = cls(
            name=name,
            url=url,
            file=file,
        )
        body_add_to_knowledge_base_v1_convai_knowledge_base_post.additional_properties = d
        return body_add_to_knowledge_base_v1_convai_knowledge_base_post

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
