from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crawl_type import CrawlType
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="CreateCrawlJobResponseModel")


@_attrs_define
class CreateCrawlJobResponseModel:
    """Attributes:
    id (str):
    type_ (CrawlType | str):
    root_folder_id (str):
    status (str):
    created_at (int):
    folder_path (list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset): The folder path segments leading
        to the root folder, from root to parent folder.
    """

    id: str

    type_: CrawlType | str

    root_folder_id: str

    status: str

    created_at: int

    folder_path: list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: Any
        try:
            if isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        root_folder_id = self.root_folder_id

        status = self.status

        created_at = self.created_at

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if root_folder_id is not None or "root_folder_id" not in self._missing_fields:
            field_dict["root_folder_id"] = root_folder_id
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if created_at is not None or "created_at" not in self._missing_fields:
            field_dict["created_at"] = created_at
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        type_ = d.pop("type", MISSING)
        if type_.__class__ is not str:
            if type_ is MISSING:
                type_ = missing_field(cls, "type")
                _missing += ("type",)
            else:
                type_ = unexpected_type(cls, "type", type_, "a string")

        root_folder_id = d.pop("root_folder_id", MISSING)
        if root_folder_id.__class__ is not str:
            if root_folder_id is MISSING:
                root_folder_id = missing_field(cls, "root_folder_id")
                _missing += ("root_folder_id",)
            else:
                root_folder_id = unexpected_type(cls, "root_folder_id", root_folder_id, "a string")

        status = d.pop("status", MISSING)
        if status.__class__ is not str:
            if status is MISSING:
                status = missing_field(cls, "status")
                _missing += ("status",)
            else:
                status = unexpected_type(cls, "status", status, "a string")

        created_at = d.pop("created_at", MISSING)
        if created_at.__class__ is not int:
            if created_at is MISSING:
                created_at = missing_field(cls, "created_at")
                _missing += ("created_at",)
            else:
                created_at = unexpected_type(cls, "created_at", created_at, "an integer")

        folder_path_raw = d.pop("folder_path", UNSET)
        try:
            expect_array("folder_path", folder_path_raw)
            _folder_path = folder_path_raw
            folder_path: list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset = UNSET
            if _folder_path is not UNSET:
                folder_path = []
                for folder_path_item_data in _folder_path:
                    folder_path_item = KnowledgeBaseFolderPathSegmentSummaryResponseModel.from_dict(
                        folder_path_item_data
                    )

                    folder_path.append(folder_path_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            folder_path = deviating_field(cls, "folder_path", folder_path_raw)

        create_crawl_job_response_model = cls(
            id=id,
            type_=type_,
            root_folder_id=root_folder_id,
            status=status,
            created_at=created_at,
            folder_path=folder_path,
        )
        if _missing:
            create_crawl_job_response_model._missing_fields = _missing
        create_crawl_job_response_model.additional_properties = d
        return create_crawl_job_response_model

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
from ..models.knowledge_base_folder_path_segment_summary_response_model import (
    KnowledgeBaseFolderPathSegmentSummaryResponseModel,
)
