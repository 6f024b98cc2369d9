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
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetKnowledgeBaseListResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetKnowledgeBaseListResponseModel(Lazy):
    """Attributes:
    documents (list[GetKnowledgeBaseSummaryFileResponseModel | GetKnowledgeBaseSummaryFolderResponseModel |
        GetKnowledgeBaseSummaryTextResponseModel | GetKnowledgeBaseSummaryUrlResponseModel | UnknownVariant]):
    has_more (bool):
    next_cursor (None | str | Unset):
    """

    documents: list[
        GetKnowledgeBaseSummaryFileResponseModel
        | GetKnowledgeBaseSummaryFolderResponseModel
        | GetKnowledgeBaseSummaryTextResponseModel
        | GetKnowledgeBaseSummaryUrlResponseModel
        | UnknownVariant
    ]

    has_more: bool

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "documents",
        "has_more",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        documents: Any
        try:
            documents = []
            for documents_item_data in self.documents:
                documents_item: dict[str, Any]
                if (
                    isinstance(documents_item_data, GetKnowledgeBaseSummaryUrlResponseModel)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_knowledge_base_list_response_model = cls.__new__(cls)
        get_knowledge_base_list_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_documents(cls: type[GetKnowledgeBaseListResponseModel], d: Mapping[str, Any]) -> Any:
    documents_raw = d.get("documents", MISSING)
    if documents_raw is MISSING:
        documents = missing_field(cls, "documents")
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
                    | GetKnowledgeBaseSummaryUrlResponseModel
                    | UnknownVariant
                ):
                    return parse_strictly(_parse_documents_item_member, data)

                def _parse_documents_item_member(
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
                        documents_item_type_0 = GetKnowledgeBaseSummaryUrlResponseModel.from_dict(data)

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

    return documents


_read_has_more = plain_reader("has_more", (bool,), "a boolean", True)

_read_next_cursor = plain_reader(
    "next_cursor",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "documents",
        "has_more",
        "next_cursor",
    )
)


def _read_additional_properties(cls: type[GetKnowledgeBaseListResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetKnowledgeBaseListResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "documents" in known:
        documents = known["documents"]
    else:
        documents = _read_documents(cls, d)

    has_more = d.get("has_more", MISSING)
    if has_more.__class__ is not bool:
        has_more = _read_has_more(cls, d)

    next_cursor = d.get("next_cursor", UNSET)
    if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
        next_cursor = _read_next_cursor(cls, d)

    return {
        "documents": documents,
        "has_more": has_more,
        "next_cursor": next_cursor,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetKnowledgeBaseListResponseModel,
    _all_fields,
    {
        "documents": _read_documents,
        "has_more": _read_has_more,
        "next_cursor": _read_next_cursor,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_knowledge_base_summary_file_response_model import GetKnowledgeBaseSummaryFileResponseModel
from ..models.get_knowledge_base_summary_folder_response_model import GetKnowledgeBaseSummaryFolderResponseModel
from ..models.get_knowledge_base_summary_text_response_model import GetKnowledgeBaseSummaryTextResponseModel
from ..models.get_knowledge_base_summary_url_response_model import GetKnowledgeBaseSummaryUrlResponseModel
from ..models.unknown_variant import UnknownVariant
