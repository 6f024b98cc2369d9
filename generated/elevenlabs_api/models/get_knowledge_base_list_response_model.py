from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    parse_strictly,
    unexpected_type,
)

T = TypeVar("T", bound="GetKnowledgeBaseListResponseModel")


@_attrs_define
class GetKnowledgeBaseListResponseModel:
    """Attributes:
    documents (list[GetKnowledgeBaseSummaryFileResponseModel | GetKnowledgeBaseSummaryFolderResponseModel |
        GetKnowledgeBaseSummaryTextResponseModel | GetKnowledgeBaseSummaryURLResponseModel | UnknownVariant]):
    has_more (bool):
    next_cursor (None | str | Unset):
    """

    documents: list[
        GetKnowledgeBaseSummaryFileResponseModel
        | GetKnowledgeBaseSummaryFolderResponseModel
        | GetKnowledgeBaseSummaryTextResponseModel
        | GetKnowledgeBaseSummaryURLResponseModel
        | UnknownVariant
    ]

    has_more: bool

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        documents: Any
        try:
            documents = []
            for documents_item_data in self.documents:
                documents_item: dict[str, Any]
                if (
                    isinstance(documents_item_data, GetKnowledgeBaseSummaryURLResponseModel)
                    or isinstance(documents_item_data, GetKnowledgeBaseSummaryFileResponseModel)
                    or isinstance(documents_item_data, GetKnowledgeBaseSummaryTextResponseModel)
                    or isinstance(documents_item_data, GetKnowledgeBaseSummaryFolderResponseModel)
                    or isinstance(documents_item_data, UnknownVariant)
                ):
                    documents_item = documents_item_data.to_dict()
                else:
                    documents_item = documents_item_data

                documents.append(documents_item)

        except (AttributeError, TypeError):
            documents = self.documents

        has_more = self.has_more

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if documents is not None or "documents" not in self._missing_fields:
            field_dict["documents"] = documents
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        documents_raw = d.pop("documents", MISSING)
        if documents_raw is MISSING:
            documents = missing_field(cls, "documents")
            _missing += ("documents",)
        else:
            try:
                expect_array("documents", documents_raw)
                documents = []
                _documents = documents_raw
                for documents_item_data in _documents:

                    def _parse_documents_item(
                        data: object,
                    ) -> (
                        GetKnowledgeBaseSummaryFileResponseModel
                        | GetKnowledgeBaseSummaryFolderResponseModel
                        | GetKnowledgeBaseSummaryTextResponseModel
                        | GetKnowledgeBaseSummaryURLResponseModel
                        | UnknownVariant
                    ):
                        return parse_strictly(_parse_documents_item_member, data)

                    def _parse_documents_item_member(
                        data: object,
                    ) -> (
                        GetKnowledgeBaseSummaryFileResponseModel
                        | GetKnowledgeBaseSummaryFolderResponseModel
                        | GetKnowledgeBaseSummaryTextResponseModel
                        | GetKnowledgeBaseSummaryURLResponseModel
                        | UnknownVariant
                    ):
                        if isinstance(data, dict):
                            for known in (
                                GetKnowledgeBaseSummaryURLResponseModel,
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
                            documents_item_type_0 = GetKnowledgeBaseSummaryURLResponseModel.from_dict(data)

                            return documents_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            documents_item_type_1 = GetKnowledgeBaseSummaryFileResponseModel.from_dict(data)

                            return documents_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            documents_item_type_2 = GetKnowledgeBaseSummaryTextResponseModel.from_dict(data)

                            return documents_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            documents_item_type_3 = GetKnowledgeBaseSummaryFolderResponseModel.from_dict(data)

                            return documents_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        documents_item_type_4 = UnknownVariant.from_dict(data)

                        return documents_item_type_4

                    documents_item = _parse_documents_item(documents_item_data)

                    documents.append(documents_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                documents = deviating_field(cls, "documents", documents_raw)

        has_more = d.pop("has_more", MISSING)
        if has_more.__class__ is not bool:
            if has_more is MISSING:
                has_more = missing_field(cls, "has_more")
                _missing += ("has_more",)
            else:
                has_more = unexpected_type(cls, "has_more", has_more, "a boolean")

        next_cursor = d.pop("next_cursor", UNSET)
        if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
            next_cursor = unexpected_type(cls, "next_cursor", next_cursor, "a string or null")

        get_knowledge_base_list_response_model = cls(
            documents=documents,
            has_more=has_more,
            next_cursor=next_cursor,
        )
        if _missing:
            get_knowledge_base_list_response_model._missing_fields = _missing
        get_knowledge_base_list_response_model.additional_properties = d
        return get_knowledge_base_list_response_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_knowledge_base_summary_file_response_model import GetKnowledgeBaseSummaryFileResponseModel
from ..models.get_knowledge_base_summary_folder_response_model import GetKnowledgeBaseSummaryFolderResponseModel
from ..models.get_knowledge_base_summary_text_response_model import GetKnowledgeBaseSummaryTextResponseModel
from ..models.get_knowledge_base_summary_url_response_model import GetKnowledgeBaseSummaryURLResponseModel
from ..models.unknown_variant import UnknownVariant
