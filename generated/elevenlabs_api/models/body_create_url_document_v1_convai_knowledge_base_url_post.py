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

T = TypeVar("T", bound="BodyCreateUrlDocumentV1ConvaiKnowledgeBaseUrlPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreateUrlDocumentV1ConvaiKnowledgeBaseUrlPost(Lazy):
    """Attributes:
    url (str): URL to a page of documentation that the agent will have access to in order to interact with users.
    name (None | str | Unset): A custom, human-readable name for the document.
    parent_folder_id (None | str | Unset): If set, the created document or folder will be placed inside the given
        folder.
    enable_auto_sync (bool | Unset): Whether to enable auto-sync for this URL document. Defaults to False on the
        server.
    auto_remove (bool | Unset): Whether to automatically remove the document if the URL becomes unavailable. Only
        applicable when auto-sync is enabled. Defaults to False on the server.
    minimum_frequency_days (int | None | Unset): Minimum frequency (in days) at which the document is refreshed. The
        actual interval may be shorter, never longer. Defaults to 7, tightened to the parent folder's frequency if that
        is stricter. Only applicable when auto-sync is enabled.
    """

    url: str

    name: None | str | Unset = UNSET

    parent_folder_id: None | str | Unset = UNSET

    enable_auto_sync: bool | Unset = UNSET

    auto_remove: bool | Unset = UNSET

    minimum_frequency_days: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("url",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        url = self.url

        name: Any
        try:
            name = self.name

        except (AttributeError, TypeError):
            name = self.name

        parent_folder_id: Any
        try:
            parent_folder_id = self.parent_folder_id

        except (AttributeError, TypeError):
            parent_folder_id = self.parent_folder_id

        enable_auto_sync = self.enable_auto_sync

        auto_remove = self.auto_remove

        minimum_frequency_days: Any
        try:
            minimum_frequency_days = self.minimum_frequency_days

        except (AttributeError, TypeError):
            minimum_frequency_days = self.minimum_frequency_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not None or "url" not in self._missing_fields:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if enable_auto_sync is not UNSET:
            field_dict["enable_auto_sync"] = enable_auto_sync
        if auto_remove is not UNSET:
            field_dict["auto_remove"] = auto_remove
        if minimum_frequency_days is not UNSET:
            field_dict["minimum_frequency_days"] = minimum_frequency_days
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_create_url_document_v1_convai_knowledge_base_url_post = cls.__new__(cls)
        body_create_url_document_v1_convai_knowledge_base_url_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_create_url_document_v1_convai_knowledge_base_url_post

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


_read_url = plain_reader("url", (str,), "a string", True)

_read_name = plain_reader(
    "name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_parent_folder_id = plain_reader(
    "parent_folder_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_enable_auto_sync = plain_reader("enable_auto_sync", (bool,), "a boolean", False)

_read_auto_remove = plain_reader("auto_remove", (bool,), "a boolean", False)

_read_minimum_frequency_days = plain_reader(
    "minimum_frequency_days",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "url",
        "name",
        "parent_folder_id",
        "enable_auto_sync",
        "auto_remove",
        "minimum_frequency_days",
    )
)


def _read_additional_properties(
    cls: type[BodyCreateUrlDocumentV1ConvaiKnowledgeBaseUrlPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreateUrlDocumentV1ConvaiKnowledgeBaseUrlPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    url = d.get("url", MISSING)
    if url.__class__ is not str:
        url = _read_url(cls, d)

    name = d.get("name", UNSET)
    if name.__class__ is not str and name is not None and name is not UNSET:
        name = _read_name(cls, d)

    parent_folder_id = d.get("parent_folder_id", UNSET)
    if parent_folder_id.__class__ is not str and parent_folder_id is not None and parent_folder_id is not UNSET:
        parent_folder_id = _read_parent_folder_id(cls, d)

    enable_auto_sync = d.get("enable_auto_sync", UNSET)
    if enable_auto_sync.__class__ is not bool and enable_auto_sync is not UNSET:
        enable_auto_sync = _read_enable_auto_sync(cls, d)

    auto_remove = d.get("auto_remove", UNSET)
    if auto_remove.__class__ is not bool and auto_remove is not UNSET:
        auto_remove = _read_auto_remove(cls, d)

    minimum_frequency_days = d.get("minimum_frequency_days", UNSET)
    if (
        minimum_frequency_days.__class__ is not int
        and minimum_frequency_days is not None
        and minimum_frequency_days is not UNSET
    ):
        minimum_frequency_days = _read_minimum_frequency_days(cls, d)

    return {
        "url": url,
        "name": name,
        "parent_folder_id": parent_folder_id,
        "enable_auto_sync": enable_auto_sync,
        "auto_remove": auto_remove,
        "minimum_frequency_days": minimum_frequency_days,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyCreateUrlDocumentV1ConvaiKnowledgeBaseUrlPost,
    _all_fields,
    {
        "url": _read_url,
        "name": _read_name,
        "parent_folder_id": _read_parent_folder_id,
        "enable_auto_sync": _read_enable_auto_sync,
        "auto_remove": _read_auto_remove,
        "minimum_frequency_days": _read_minimum_frequency_days,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
