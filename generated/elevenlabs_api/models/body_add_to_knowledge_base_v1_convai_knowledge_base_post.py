from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

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
        name: None | str | Unset = self.name

        url = self.url

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

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
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

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
