from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    File,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost(Lazy):
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
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_add_to_knowledge_base_v1_convai_knowledge_base_post = cls.__new__(cls)
        body_add_to_knowledge_base_v1_convai_knowledge_base_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_name = plain_reader(
    "name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_url = plain_reader("url", (str,), "a string", False)


def _read_file(cls: type[BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost], d: Mapping[str, Any]) -> Any:
    file_raw = d.get("file", UNSET)
    try:
        _file = file_raw
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))
    except (KeyError, TypeError, ValueError, AttributeError):
        file = deviating_field(cls, "file", file_raw)

    return file


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "url",
        "file",
    )
)


def _read_additional_properties(
    cls: type[BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", UNSET)
    if name.__class__ is not str and name is not None and name is not UNSET:
        name = _read_name(cls, d)

    url = d.get("url", UNSET)
    if url.__class__ is not str and url is not UNSET:
        url = _read_url(cls, d)

    if "file" in known:
        file = known["file"]
    else:
        file = d.get("file", UNSET)
        if file is not UNSET:
            file = _read_file(cls, d)

    return {
        "name": name,
        "url": url,
        "file": file,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost,
    _all_fields,
    {
        "name": _read_name,
        "url": _read_url,
        "file": _read_file,
        "additional_properties": _read_additional_properties,
    },
)
