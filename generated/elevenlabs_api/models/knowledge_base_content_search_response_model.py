from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class KnowledgeBaseContentSearchResponseModel(Lazy, AdditionalProperties[Any]):
    results: list[KnowledgeBaseContentSearchResult]

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("results", "results", list_of(object_of("KnowledgeBaseContentSearchResult")), required=True),
        Field("next_cursor", "next_cursor", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class KnowledgeBaseContentSearchResult(Lazy, AdditionalProperties[Any]):
    document: (
        GetKnowledgeBaseSummaryFileResponseModel
        | GetKnowledgeBaseSummaryFolderResponseModel
        | GetKnowledgeBaseSummaryTextResponseModel
        | GetKnowledgeBaseSummaryUrlResponseModel
        | UnknownVariant
    )

    score: float

    search_snippet: list[SearchHighlightSegment] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "document",
            "document",
            union(
                object_of("GetKnowledgeBaseSummaryUrlResponseModel"),
                object_of("GetKnowledgeBaseSummaryFileResponseModel"),
                object_of("GetKnowledgeBaseSummaryTextResponseModel"),
                object_of("GetKnowledgeBaseSummaryFolderResponseModel"),
                object_of("UnknownVariant"),
            ),
            required=True,
        ),
        Field("score", "score", FLOAT, required=True),
        Field("search_snippet", "search_snippet", union(list_of(object_of("SearchHighlightSegment")), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_knowledge_base_summary_file_response_model import GetKnowledgeBaseSummaryFileResponseModel
from ..models.get_knowledge_base_summary_folder_response_model import GetKnowledgeBaseSummaryFolderResponseModel
from ..models.get_knowledge_base_summary_text_response_model import GetKnowledgeBaseSummaryTextResponseModel
from ..models.get_knowledge_base_summary_url_response_model import GetKnowledgeBaseSummaryUrlResponseModel
from ..models.search_highlight_segment import SearchHighlightSegment
from ..models.unknown_variant import UnknownVariant
