from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import CrawlType
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CreateCrawlJobResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateCrawlJobResponseModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "type",
        "root_folder_id",
        "status",
        "created_at",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_crawl_job_response_model = cls.__new__(cls)
        create_crawl_job_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_id = plain_reader("id", (str,), "a string", True)

_read_type_ = plain_reader("type", (str,), "a string", True)

_read_root_folder_id = plain_reader("root_folder_id", (str,), "a string", True)

_read_status = plain_reader("status", (str,), "a string", True)

_read_created_at = plain_reader("created_at", (int,), "an integer", True)


def _read_folder_path(cls: type[CreateCrawlJobResponseModel], d: Mapping[str, Any]) -> Any:
    folder_path_raw = d.get("folder_path", UNSET)
    try:
        expect_array("folder_path", folder_path_raw)
        _folder_path = folder_path_raw
        folder_path: list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset = UNSET
        if _folder_path is not UNSET:
            folder_path = []
            for folder_path_item_data in _folder_path:
                folder_path_item = KnowledgeBaseFolderPathSegmentSummaryResponseModel.from_dict(folder_path_item_data)

                folder_path.append(folder_path_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        folder_path = deviating_field(cls, "folder_path", folder_path_raw)

    return folder_path


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "type",
        "root_folder_id",
        "status",
        "created_at",
        "folder_path",
    )
)


def _read_additional_properties(cls: type[CreateCrawlJobResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[CreateCrawlJobResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    type_ = d.get("type", MISSING)
    if type_.__class__ is not str:
        type_ = _read_type_(cls, d)

    root_folder_id = d.get("root_folder_id", MISSING)
    if root_folder_id.__class__ is not str:
        root_folder_id = _read_root_folder_id(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    created_at = d.get("created_at", MISSING)
    if created_at.__class__ is not int:
        created_at = _read_created_at(cls, d)

    if "folder_path" in known:
        folder_path = known["folder_path"]
    else:
        folder_path = d.get("folder_path", UNSET)
        if folder_path is not UNSET:
            folder_path = _read_folder_path(cls, d)

    return {
        "id": id,
        "type_": type_,
        "root_folder_id": root_folder_id,
        "status": status,
        "created_at": created_at,
        "folder_path": folder_path,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CreateCrawlJobResponseModel,
    _all_fields,
    {
        "id": _read_id,
        "type_": _read_type_,
        "root_folder_id": _read_root_folder_id,
        "status": _read_status,
        "created_at": _read_created_at,
        "folder_path": _read_folder_path,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.knowledge_base_folder_path_segment_summary_response_model import (
    KnowledgeBaseFolderPathSegmentSummaryResponseModel,
)
