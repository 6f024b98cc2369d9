from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyCreateUrlDocumentV1ConvaiKnowledgeBaseUrlPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    url: URL to a page of documentation that the agent will have access to in order to interact with users.
    name: A custom, human-readable name for the document.
    parent_folder_id: If set, the created document or folder will be placed inside the given folder.
    enable_auto_sync: Whether to enable auto-sync for this URL document. Defaults to False on the server.
    auto_remove: Whether to automatically remove the document if the URL becomes unavailable. Only applicable when
        auto-sync is enabled. Defaults to False on the server.
    minimum_frequency_days: Minimum frequency (in days) at which the document is refreshed. The actual interval may
        be shorter, never longer. Defaults to 7, tightened to the parent folder's frequency if that is stricter. Only
        applicable when auto-sync is enabled.
    """

    url: str

    name: None | str | Unset = UNSET

    parent_folder_id: None | str | Unset = UNSET

    enable_auto_sync: bool | Unset = UNSET

    auto_remove: bool | Unset = UNSET

    minimum_frequency_days: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("url", "url", STR, required=True),
        Field("name", "name", union(STR, NULL)),
        Field("parent_folder_id", "parent_folder_id", union(STR, NULL)),
        Field("enable_auto_sync", "enable_auto_sync", BOOL),
        Field("auto_remove", "auto_remove", BOOL),
        Field("minimum_frequency_days", "minimum_frequency_days", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
