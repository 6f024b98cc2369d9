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
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="KnowledgeBaseContentSearchResult")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class KnowledgeBaseContentSearchResult(Lazy):
    """Attributes:
    document (GetKnowledgeBaseSummaryFileResponseModel | GetKnowledgeBaseSummaryFolderResponseModel |
        GetKnowledgeBaseSummaryTextResponseModel | GetKnowledgeBaseSummaryUrlResponseModel | UnknownVariant):
    score (float):
    search_snippet (list[SearchHighlightSegment] | None | Unset):
    """

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "document",
        "score",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        document: Any
        try:
            if (
                isinstance(self.document, GetKnowledgeBaseSummaryUrlResponseModel)
                or isinstance(self.document, GetKnowledgeBaseSummaryFileResponseModel)
                or isinstance(self.document, GetKnowledgeBaseSummaryTextResponseModel)
                or isinstance(self.document, GetKnowledgeBaseSummaryFolderResponseModel)
                or isinstance(self.document, UnknownVariant)
            ):
                document = self.document.to_dict()
            else:
                document = self.document

        except (AttributeError, TypeError):
            document = self.document

        score = self.score

        search_snippet: Any
        try:
            if isinstance(self.search_snippet, Unset):
                search_snippet = UNSET
            elif isinstance(self.search_snippet, list):
                search_snippet = []
                for search_snippet_type_0_item_data in self.search_snippet:
                    search_snippet_type_0_item = search_snippet_type_0_item_data.to_dict()
                    search_snippet.append(search_snippet_type_0_item)

            else:
                search_snippet = self.search_snippet

        except (AttributeError, TypeError):
            search_snippet = self.search_snippet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if document is not None or "document" not in self._missing_fields:
            field_dict["document"] = document
        if score is not None or "score" not in self._missing_fields:
            field_dict["score"] = score
        if search_snippet is not UNSET:
            field_dict["search_snippet"] = search_snippet
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        knowledge_base_content_search_result = cls.__new__(cls)
        knowledge_base_content_search_result.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return knowledge_base_content_search_result

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


def _read_document(cls: type[KnowledgeBaseContentSearchResult], d: Mapping[str, Any]) -> Any:
    document_raw = d.get("document", MISSING)
    if document_raw is MISSING:
        document = missing_field(cls, "document")
    else:
        try:

            def _parse_document(
                data: object,
            ) -> (
                GetKnowledgeBaseSummaryFileResponseModel
                | GetKnowledgeBaseSummaryFolderResponseModel
                | GetKnowledgeBaseSummaryTextResponseModel
                | GetKnowledgeBaseSummaryUrlResponseModel
                | UnknownVariant
            ):
                return parse_strictly(_parse_document_member, data)

            def _parse_document_member(
                data: object,
            ) -> (
                GetKnowledgeBaseSummaryFileResponseModel
                | GetKnowledgeBaseSummaryFolderResponseModel
                | GetKnowledgeBaseSummaryTextResponseModel
                | GetKnowledgeBaseSummaryUrlResponseModel
                | UnknownVariant
            ):
                if isinstance(data, dict):
                    for known in (
                        GetKnowledgeBaseSummaryUrlResponseModel,
                        GetKnowledgeBaseSummaryFileResponseModel,
                        GetKnowledgeBaseSummaryTextResponseModel,
                        GetKnowledgeBaseSummaryFolderResponseModel,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    document_type_0 = GetKnowledgeBaseSummaryUrlResponseModel.from_dict(data)

                    return document_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    document_type_1 = GetKnowledgeBaseSummaryFileResponseModel.from_dict(data)

                    return document_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    document_type_2 = GetKnowledgeBaseSummaryTextResponseModel.from_dict(data)

                    return document_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    document_type_3 = GetKnowledgeBaseSummaryFolderResponseModel.from_dict(data)

                    return document_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                document_type_4 = UnknownVariant.from_dict(data)

                return document_type_4

            document = _parse_document(document_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            document = deviating_field(cls, "document", document_raw)

    return document


_read_score = plain_reader(
    "score",
    (
        float,
        int,
    ),
    "a number",
    True,
)


def _read_search_snippet(cls: type[KnowledgeBaseContentSearchResult], d: Mapping[str, Any]) -> Any:
    search_snippet_raw = d.get("search_snippet", UNSET)
    try:

        def _parse_search_snippet(data: object) -> list[SearchHighlightSegment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            search_snippet_type_0 = []
            _search_snippet_type_0 = data
            for search_snippet_type_0_item_data in _search_snippet_type_0:
                search_snippet_type_0_item = SearchHighlightSegment.from_dict(search_snippet_type_0_item_data)

                search_snippet_type_0.append(search_snippet_type_0_item)

            return search_snippet_type_0

        search_snippet = _parse_search_snippet(search_snippet_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        search_snippet = deviating_field(cls, "search_snippet", search_snippet_raw)

    return search_snippet


_FIELDS: frozenset[str] = frozenset(
    (
        "document",
        "score",
        "search_snippet",
    )
)


def _read_additional_properties(cls: type[KnowledgeBaseContentSearchResult], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[KnowledgeBaseContentSearchResult], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "document" in known:
        document = known["document"]
    else:
        document = _read_document(cls, d)

    score = d.get("score", MISSING)
    if score.__class__ is not float and score.__class__ is not int:
        score = _read_score(cls, d)

    if "search_snippet" in known:
        search_snippet = known["search_snippet"]
    else:
        search_snippet = d.get("search_snippet", UNSET)
        if search_snippet is not UNSET and search_snippet is not None:
            search_snippet = _read_search_snippet(cls, d)

    return {
        "document": document,
        "score": score,
        "search_snippet": search_snippet,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    KnowledgeBaseContentSearchResult,
    _all_fields,
    {
        "document": _read_document,
        "score": _read_score,
        "search_snippet": _read_search_snippet,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_knowledge_base_summary_file_response_model import GetKnowledgeBaseSummaryFileResponseModel
from ..models.get_knowledge_base_summary_folder_response_model import GetKnowledgeBaseSummaryFolderResponseModel
from ..models.get_knowledge_base_summary_text_response_model import GetKnowledgeBaseSummaryTextResponseModel
from ..models.get_knowledge_base_summary_url_response_model import GetKnowledgeBaseSummaryUrlResponseModel
from ..models.search_highlight_segment import SearchHighlightSegment
from ..models.unknown_variant import UnknownVariant
