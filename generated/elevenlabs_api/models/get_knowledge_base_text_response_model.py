from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_format import ContentFormat
from ..models.document_usage_mode_enum import DocumentUsageModeEnum
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="GetKnowledgeBaseTextResponseModel")


@_attrs_define
class GetKnowledgeBaseTextResponseModel:
    """Attributes:
    id (str):
    name (str):
    metadata (KnowledgeBaseDocumentMetadataResponseModel):
    supported_usages (list[DocumentUsageModeEnum | str]):
    access_info (ResourceAccessInfo):  Example: {'access_source': 'creator', 'creator_email':
        'john.doe@example.com', 'creator_name': 'John Doe', 'is_creator': True, 'role': 'admin'}.
    type_ (Literal['text']):
    extracted_inner_html (str):
    folder_parent_id (None | str | Unset): The ID of the parent folder, or null if the document is at the root
        level.
    folder_path (list[KnowledgeBaseFolderPathSegmentResponseModel] | Unset): The folder path segments leading to
        this entity, from root to parent folder.
    content_format (ContentFormat | str | Unset):  Default: 'html'.
    """

    id: str

    name: str

    metadata: KnowledgeBaseDocumentMetadataResponseModel

    supported_usages: list[DocumentUsageModeEnum | str]

    access_info: ResourceAccessInfo

    type_: Literal["text"]

    extracted_inner_html: str

    folder_parent_id: None | str | Unset = UNSET

    folder_path: list[KnowledgeBaseFolderPathSegmentResponseModel] | Unset = UNSET

    content_format: ContentFormat | str | Unset = "html"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "text")

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        metadata: Any
        try:
            metadata = self.metadata.to_dict()
        except (AttributeError, TypeError):
            metadata = self.metadata

        supported_usages: Any
        try:
            supported_usages = []
            for supported_usages_item_data in self.supported_usages:
                supported_usages_item: str
                if isinstance(supported_usages_item_data, str):
                    supported_usages_item = supported_usages_item_data
                else:
                    supported_usages_item = supported_usages_item_data

                supported_usages.append(supported_usages_item)

        except (AttributeError, TypeError):
            supported_usages = self.supported_usages

        access_info: Any
        try:
            access_info = self.access_info.to_dict()
        except (AttributeError, TypeError):
            access_info = self.access_info

        type_ = self.type_

        extracted_inner_html = self.extracted_inner_html

        folder_parent_id: Any
        try:
            folder_parent_id = self.folder_parent_id

        except (AttributeError, TypeError):
            folder_parent_id = self.folder_parent_id

        folder_path: Any
        try:
            folder_path = UNSET
            if not isinstance(self.folder_path, Unset):
                folder_path = []
                for folder_path_item_data in self.folder_path:
                    folder_path_item = folder_path_item_data.to_dict()
                    folder_path.append(folder_path_item)

        except (AttributeError, TypeError):
            folder_path = self.folder_path

        content_format: Any
        try:
            if isinstance(self.content_format, Unset):
                content_format = UNSET
            elif isinstance(self.content_format, str):
                content_format = self.content_format
            else:
                content_format = self.content_format

        except (AttributeError, TypeError):
            content_format = self.content_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if metadata is not None or "metadata" not in self._missing_fields:
            field_dict["metadata"] = metadata
        if supported_usages is not None or "supported_usages" not in self._missing_fields:
            field_dict["supported_usages"] = supported_usages
        if access_info is not None or "access_info" not in self._missing_fields:
            field_dict["access_info"] = access_info
        field_dict["type"] = type_
        if extracted_inner_html is not None or "extracted_inner_html" not in self._missing_fields:
            field_dict["extracted_inner_html"] = extracted_inner_html
        if folder_parent_id is not UNSET:
            field_dict["folder_parent_id"] = folder_parent_id
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        if content_format is not UNSET:
            field_dict["content_format"] = content_format
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["text"], type__raw)
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        metadata_raw = d.pop("metadata", MISSING)
        if metadata_raw is MISSING:
            metadata = missing_field(cls, "metadata")
            _missing += ("metadata",)
        else:
            try:
                metadata = KnowledgeBaseDocumentMetadataResponseModel.from_dict(metadata_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                metadata = deviating_field(cls, "metadata", metadata_raw)

        supported_usages_raw = d.pop("supported_usages", MISSING)
        if supported_usages_raw is MISSING:
            supported_usages = missing_field(cls, "supported_usages")
            _missing += ("supported_usages",)
        else:
            try:
                expect_array("supported_usages", supported_usages_raw)
                supported_usages = []
                _supported_usages = supported_usages_raw
                for supported_usages_item_data in _supported_usages:
                    supported_usages_item = supported_usages_item_data

                    supported_usages.append(supported_usages_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                supported_usages = deviating_field(cls, "supported_usages", supported_usages_raw)

        access_info_raw = d.pop("access_info", MISSING)
        if access_info_raw is MISSING:
            access_info = missing_field(cls, "access_info")
            _missing += ("access_info",)
        else:
            try:
                access_info = ResourceAccessInfo.from_dict(access_info_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                access_info = deviating_field(cls, "access_info", access_info_raw)

        extracted_inner_html = d.pop("extracted_inner_html", MISSING)
        if extracted_inner_html.__class__ is not str:
            if extracted_inner_html is MISSING:
                extracted_inner_html = missing_field(cls, "extracted_inner_html")
                _missing += ("extracted_inner_html",)
            else:
                extracted_inner_html = unexpected_type(cls, "extracted_inner_html", extracted_inner_html, "a string")

        folder_parent_id = d.pop("folder_parent_id", UNSET)
        if folder_parent_id.__class__ is not str and folder_parent_id is not None and folder_parent_id is not UNSET:
            folder_parent_id = unexpected_type(cls, "folder_parent_id", folder_parent_id, "a string or null")

        folder_path_raw = d.pop("folder_path", UNSET)
        try:
            expect_array("folder_path", folder_path_raw)
            _folder_path = folder_path_raw
            folder_path: list[KnowledgeBaseFolderPathSegmentResponseModel] | Unset = UNSET
            if _folder_path is not UNSET:
                folder_path = []
                for folder_path_item_data in _folder_path:
                    folder_path_item = KnowledgeBaseFolderPathSegmentResponseModel.from_dict(folder_path_item_data)

                    folder_path.append(folder_path_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            folder_path = deviating_field(cls, "folder_path", folder_path_raw)

        content_format = d.pop("content_format", UNSET)
        if content_format.__class__ is not str and content_format is not UNSET:
            content_format = unexpected_type(cls, "content_format", content_format, "a string")

        get_knowledge_base_text_response_model = cls(
            id=id,
            name=name,
            metadata=metadata,
            supported_usages=supported_usages,
            access_info=access_info,
            type_=type_,
            extracted_inner_html=extracted_inner_html,
            folder_parent_id=folder_parent_id,
            folder_path=folder_path,
            content_format=content_format,
        )
        if _missing:
            get_knowledge_base_text_response_model._missing_fields = _missing
        get_knowledge_base_text_response_model.additional_properties = d
        return get_knowledge_base_text_response_model

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
from ..models.knowledge_base_document_metadata_response_model import KnowledgeBaseDocumentMetadataResponseModel
from ..models.knowledge_base_folder_path_segment_response_model import KnowledgeBaseFolderPathSegmentResponseModel
from ..models.resource_access_info import ResourceAccessInfo
