from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import DocumentUsageModeEnum
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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetKnowledgeBaseFolderResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetKnowledgeBaseFolderResponseModel(Lazy):
    """Attributes:
    id (str):
    name (str):
    metadata (KnowledgeBaseDocumentMetadataResponseModel):
    supported_usages (list[DocumentUsageModeEnum | str]):
    access_info (ResourceAccessInfo):  Example: {'access_source': 'creator', 'creator_email':
        'john.doe@example.com', 'creator_name': 'John Doe', 'is_creator': True, 'role': 'admin'}.
    type_ (Literal['folder']):
    children_count (int):
    document_count (int): Number of non-folder documents anywhere in this folder's subtree (recursive). Counting
        stops past 1000;
    folder_parent_id (None | str | Unset): The ID of the parent folder, or null if the document is at the root
        level.
    folder_path (list[KnowledgeBaseFolderPathSegmentResponseModel] | Unset): The folder path segments leading to
        this entity, from root to parent folder.
    auto_sync_info (AutoSyncInfo | None | Unset):
    external_sync_info (ExternalFolderSyncInfo | None | Unset):
    is_frozen (bool | Unset): Defaults to False on the server.
    active_sync_job (KbExternalSyncJob | None | Unset): Most recent (in-flight or terminal) external sync job for
        this folder, if any. Used by clients to render sync progress.
    """

    id: str

    name: str

    metadata: KnowledgeBaseDocumentMetadataResponseModel

    supported_usages: list[DocumentUsageModeEnum | str]

    access_info: ResourceAccessInfo

    type_: Literal["folder"] = _attrs_field(
        default="folder",
        kw_only=True,
        alias="type",
        validator=types.tag("GetKnowledgeBaseFolderResponseModel", "type", "folder"),
    )

    children_count: int

    document_count: int

    folder_parent_id: None | str | Unset = UNSET

    folder_path: list[KnowledgeBaseFolderPathSegmentResponseModel] | Unset = UNSET

    auto_sync_info: AutoSyncInfo | None | Unset = UNSET

    external_sync_info: ExternalFolderSyncInfo | None | Unset = UNSET

    is_frozen: bool | Unset = UNSET

    active_sync_job: KbExternalSyncJob | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "metadata",
        "supported_usages",
        "access_info",
        "children_count",
        "document_count",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "folder")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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

        children_count = self.children_count

        document_count = self.document_count

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

        auto_sync_info: Any
        try:
            if isinstance(self.auto_sync_info, Unset):
                auto_sync_info = UNSET
            elif isinstance(self.auto_sync_info, AutoSyncInfo):
                auto_sync_info = self.auto_sync_info.to_dict()
            else:
                auto_sync_info = self.auto_sync_info

        except (AttributeError, TypeError):
            auto_sync_info = self.auto_sync_info

        external_sync_info: Any
        try:
            if isinstance(self.external_sync_info, Unset):
                external_sync_info = UNSET
            elif isinstance(self.external_sync_info, ExternalFolderSyncInfo):
                external_sync_info = self.external_sync_info.to_dict()
            else:
                external_sync_info = self.external_sync_info

        except (AttributeError, TypeError):
            external_sync_info = self.external_sync_info

        is_frozen = self.is_frozen

        active_sync_job: Any
        try:
            if isinstance(self.active_sync_job, Unset):
                active_sync_job = UNSET
            elif isinstance(self.active_sync_job, KbExternalSyncJob):
                active_sync_job = self.active_sync_job.to_dict()
            else:
                active_sync_job = self.active_sync_job

        except (AttributeError, TypeError):
            active_sync_job = self.active_sync_job

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
        if children_count is not None or "children_count" not in self._missing_fields:
            field_dict["children_count"] = children_count
        if document_count is not None or "document_count" not in self._missing_fields:
            field_dict["document_count"] = document_count
        if folder_parent_id is not UNSET:
            field_dict["folder_parent_id"] = folder_parent_id
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        if auto_sync_info is not UNSET:
            field_dict["auto_sync_info"] = auto_sync_info
        if external_sync_info is not UNSET:
            field_dict["external_sync_info"] = external_sync_info
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen
        if active_sync_job is not UNSET:
            field_dict["active_sync_job"] = active_sync_job
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_knowledge_base_folder_response_model = cls.__new__(cls)
        get_knowledge_base_folder_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_knowledge_base_folder_response_model

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


def _read_type_(cls: type[GetKnowledgeBaseFolderResponseModel], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["folder"], type__raw)
    if type_ != "folder":
        raise ValueError(f"type must match const 'folder', got '{type_}'")

    return type_


_read_id = plain_reader("id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)


def _read_metadata(cls: type[GetKnowledgeBaseFolderResponseModel], d: Mapping[str, Any]) -> Any:
    metadata_raw = d.get("metadata", MISSING)
    if metadata_raw is MISSING:
        metadata = missing_field(cls, "metadata")
    else:
        try:
            metadata = KnowledgeBaseDocumentMetadataResponseModel.from_dict(metadata_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            metadata = deviating_field(cls, "metadata", metadata_raw)

    return metadata


def _read_supported_usages(cls: type[GetKnowledgeBaseFolderResponseModel], d: Mapping[str, Any]) -> Any:
    supported_usages_raw = d.get("supported_usages", MISSING)
    if supported_usages_raw is MISSING:
        supported_usages = missing_field(cls, "supported_usages")
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

    return supported_usages


def _read_access_info(cls: type[GetKnowledgeBaseFolderResponseModel], d: Mapping[str, Any]) -> Any:
    access_info_raw = d.get("access_info", MISSING)
    if access_info_raw is MISSING:
        access_info = missing_field(cls, "access_info")
    else:
        try:
            access_info = ResourceAccessInfo.from_dict(access_info_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            access_info = deviating_field(cls, "access_info", access_info_raw)

    return access_info


_read_children_count = plain_reader("children_count", (int,), "an integer", True)

_read_document_count = plain_reader("document_count", (int,), "an integer", True)

_read_folder_parent_id = plain_reader(
    "folder_parent_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_folder_path(cls: type[GetKnowledgeBaseFolderResponseModel], d: Mapping[str, Any]) -> Any:
    folder_path_raw = d.get("folder_path", UNSET)
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

    return folder_path


def _read_auto_sync_info(cls: type[GetKnowledgeBaseFolderResponseModel], d: Mapping[str, Any]) -> Any:
    auto_sync_info_raw = d.get("auto_sync_info", UNSET)
    try:

        def _parse_auto_sync_info(data: object) -> AutoSyncInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            auto_sync_info_type_0 = AutoSyncInfo.from_dict(data)

            return auto_sync_info_type_0

        auto_sync_info = _parse_auto_sync_info(auto_sync_info_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        auto_sync_info = deviating_field(cls, "auto_sync_info", auto_sync_info_raw)

    return auto_sync_info


def _read_external_sync_info(cls: type[GetKnowledgeBaseFolderResponseModel], d: Mapping[str, Any]) -> Any:
    external_sync_info_raw = d.get("external_sync_info", UNSET)
    try:

        def _parse_external_sync_info(data: object) -> ExternalFolderSyncInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            external_sync_info_type_0 = ExternalFolderSyncInfo.from_dict(data)

            return external_sync_info_type_0

        external_sync_info = _parse_external_sync_info(external_sync_info_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        external_sync_info = deviating_field(cls, "external_sync_info", external_sync_info_raw)

    return external_sync_info


_read_is_frozen = plain_reader("is_frozen", (bool,), "a boolean", False)


def _read_active_sync_job(cls: type[GetKnowledgeBaseFolderResponseModel], d: Mapping[str, Any]) -> Any:
    active_sync_job_raw = d.get("active_sync_job", UNSET)
    try:

        def _parse_active_sync_job(data: object) -> KbExternalSyncJob | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            active_sync_job_type_0 = KbExternalSyncJob.from_dict(data)

            return active_sync_job_type_0

        active_sync_job = _parse_active_sync_job(active_sync_job_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        active_sync_job = deviating_field(cls, "active_sync_job", active_sync_job_raw)

    return active_sync_job


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "metadata",
        "supported_usages",
        "access_info",
        "type",
        "children_count",
        "document_count",
        "folder_parent_id",
        "folder_path",
        "auto_sync_info",
        "external_sync_info",
        "is_frozen",
        "active_sync_job",
    )
)


def _read_additional_properties(cls: type[GetKnowledgeBaseFolderResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetKnowledgeBaseFolderResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "metadata" in known:
        metadata = known["metadata"]
    else:
        metadata = _read_metadata(cls, d)

    if "supported_usages" in known:
        supported_usages = known["supported_usages"]
    else:
        supported_usages = _read_supported_usages(cls, d)

    if "access_info" in known:
        access_info = known["access_info"]
    else:
        access_info = _read_access_info(cls, d)

    children_count = d.get("children_count", MISSING)
    if children_count.__class__ is not int:
        children_count = _read_children_count(cls, d)

    document_count = d.get("document_count", MISSING)
    if document_count.__class__ is not int:
        document_count = _read_document_count(cls, d)

    folder_parent_id = d.get("folder_parent_id", UNSET)
    if folder_parent_id.__class__ is not str and folder_parent_id is not None and folder_parent_id is not UNSET:
        folder_parent_id = _read_folder_parent_id(cls, d)

    if "folder_path" in known:
        folder_path = known["folder_path"]
    else:
        folder_path = d.get("folder_path", UNSET)
        if folder_path is not UNSET:
            folder_path = _read_folder_path(cls, d)

    if "auto_sync_info" in known:
        auto_sync_info = known["auto_sync_info"]
    else:
        auto_sync_info = d.get("auto_sync_info", UNSET)
        if auto_sync_info is not UNSET and auto_sync_info is not None:
            auto_sync_info = _read_auto_sync_info(cls, d)

    if "external_sync_info" in known:
        external_sync_info = known["external_sync_info"]
    else:
        external_sync_info = d.get("external_sync_info", UNSET)
        if external_sync_info is not UNSET and external_sync_info is not None:
            external_sync_info = _read_external_sync_info(cls, d)

    is_frozen = d.get("is_frozen", UNSET)
    if is_frozen.__class__ is not bool and is_frozen is not UNSET:
        is_frozen = _read_is_frozen(cls, d)

    if "active_sync_job" in known:
        active_sync_job = known["active_sync_job"]
    else:
        active_sync_job = d.get("active_sync_job", UNSET)
        if active_sync_job is not UNSET and active_sync_job is not None:
            active_sync_job = _read_active_sync_job(cls, d)

    return {
        "id": id,
        "name": name,
        "metadata": metadata,
        "supported_usages": supported_usages,
        "access_info": access_info,
        "type_": type_,
        "children_count": children_count,
        "document_count": document_count,
        "folder_parent_id": folder_parent_id,
        "folder_path": folder_path,
        "auto_sync_info": auto_sync_info,
        "external_sync_info": external_sync_info,
        "is_frozen": is_frozen,
        "active_sync_job": active_sync_job,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(GetKnowledgeBaseFolderResponseModel, type_="type")

set_readers(
    GetKnowledgeBaseFolderResponseModel,
    _all_fields,
    {
        "id": _read_id,
        "name": _read_name,
        "metadata": _read_metadata,
        "supported_usages": _read_supported_usages,
        "access_info": _read_access_info,
        "type_": _read_type_,
        "children_count": _read_children_count,
        "document_count": _read_document_count,
        "folder_parent_id": _read_folder_parent_id,
        "folder_path": _read_folder_path,
        "auto_sync_info": _read_auto_sync_info,
        "external_sync_info": _read_external_sync_info,
        "is_frozen": _read_is_frozen,
        "active_sync_job": _read_active_sync_job,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auto_sync_info import AutoSyncInfo
from ..models.external_folder_sync_info import ExternalFolderSyncInfo
from ..models.kb_external_sync_job import KbExternalSyncJob
from ..models.knowledge_base_document_metadata_response_model import KnowledgeBaseDocumentMetadataResponseModel
from ..models.knowledge_base_folder_path_segment_response_model import KnowledgeBaseFolderPathSegmentResponseModel
from ..models.resource_access_info import ResourceAccessInfo
