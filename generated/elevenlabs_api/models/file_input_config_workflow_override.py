from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class FileInputConfigWorkflowOverride(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enabled: When enabled, users may attach images or PDFs in chat when the LLM supports multimodal input.
    max_files_in_memory: Number of most-recent files kept in memory during a conversation. Older files are
        summarized and their bytes freed.
    max_files_per_conversation: Total files a user can upload in one conversation. Uploads are billed per file. Use
        -1 for no limit, or a value >= max_files_in_memory.
    """

    enabled: bool | None | Unset = UNSET

    max_files_in_memory: int | None | Unset = UNSET

    max_files_per_conversation: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enabled", "enabled", union(BOOL, NULL)),
        Field("max_files_in_memory", "max_files_in_memory", union(INT, NULL)),
        Field("max_files_per_conversation", "max_files_per_conversation", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
