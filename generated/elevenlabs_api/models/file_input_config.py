from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class FileInputConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enabled: When enabled, users may attach images or PDFs in chat when the LLM supports multimodal input. Defaults
        to True on the server.
    max_files_in_memory: Number of most-recent files kept in memory during a conversation. Older files are
        summarized and their bytes freed. Defaults to 10 on the server.
    max_files_per_conversation: Total files a user can upload in one conversation. Uploads are billed per file. Use
        -1 for no limit, or a value >= max_files_in_memory. Defaults to 10 on the server.
    """

    enabled: bool | Unset = UNSET

    max_files_in_memory: int | Unset = UNSET

    max_files_per_conversation: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enabled", "enabled", BOOL),
        Field("max_files_in_memory", "max_files_in_memory", INT),
        Field("max_files_per_conversation", "max_files_per_conversation", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )
