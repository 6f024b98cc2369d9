from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_usage_mode_enum import DocumentUsageModeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetKnowledgeBaseSummaryFileResponseModel")


@_attrs_define
class GetKnowledgeBaseSummaryFileResponseModel:
    """Attributes:
    id (str):
    name (str):
    metadata (KnowledgeBaseDocumentMetadataResponseModel):
    supported_usages (list[DocumentUsageModeEnum | str]):
    access_info (ResourceAccessInfo):  Example: {'access_source': 'creator', 'creator_email':
        'john.doe@example.com', 'creator_name': 'John Doe', 'is_creator': True, 'role': 'admin'}.
    dependent_agents (list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant]):
        This field is deprecated and will be removed in the future, use the separate endpoint to get dependent agents
        instead.
    type_ (Literal['file']):
    folder_parent_id (None | str | Unset): The ID of the parent folder, or null if the document is at the root
        level.
    folder_path (list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset): The folder path segments leading
        to this entity, from root to parent folder.
    external_sync_info (ExternalFileSyncInfo | None | Unset):
    auto_sync_info (AutoSyncInfo | None | Unset):
    refresh_status (FileRefreshStatus | None | Unset):
    is_frozen (bool | Unset):  Default: False.
    """

    id: str

    name: str

    metadata: KnowledgeBaseDocumentMetadataResponseModel

    supported_usages: list[DocumentUsageModeEnum | str]

    access_info: ResourceAccessInfo

    dependent_agents: list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant]

    type_: Literal["file"]

    folder_parent_id: None | str | Unset = UNSET

    folder_path: list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset = UNSET

    external_sync_info: ExternalFileSyncInfo | None | Unset = UNSET

    auto_sync_info: AutoSyncInfo | None | Unset = UNSET

    refresh_status: FileRefreshStatus | None | Unset = UNSET

    is_frozen: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "file")

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        metadata = self.metadata.to_dict()

        supported_usages = []
        for supported_usages_item_data in self.supported_usages:
            supported_usages_item: str
            if isinstance(supported_usages_item_data, str):
                supported_usages_item = supported_usages_item_data
            else:
                supported_usages_item = supported_usages_item_data

            supported_usages.append(supported_usages_item)

        access_info = self.access_info.to_dict()

        dependent_agents = []
        for dependent_agents_item_data in self.dependent_agents:
            dependent_agents_item: dict[str, Any]
            if (
                isinstance(dependent_agents_item_data, DependentAvailableAgentIdentifier)
                or isinstance(dependent_agents_item_data, DependentUnknownAgentIdentifier)
                or isinstance(dependent_agents_item_data, UnknownVariant)
            ):
                dependent_agents_item = dependent_agents_item_data.to_dict()
            else:
                dependent_agents_item = dependent_agents_item_data

            dependent_agents.append(dependent_agents_item)

        type_ = self.type_

        folder_parent_id: None | str | Unset = self.folder_parent_id

        folder_path: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.folder_path, Unset):
            folder_path = []
            for folder_path_item_data in self.folder_path:
                folder_path_item = folder_path_item_data.to_dict()
                folder_path.append(folder_path_item)

        external_sync_info: dict[str, Any] | None | Unset
        if isinstance(self.external_sync_info, Unset):
            external_sync_info = UNSET
        elif isinstance(self.external_sync_info, ExternalFileSyncInfo):
            external_sync_info = self.external_sync_info.to_dict()
        else:
            external_sync_info = self.external_sync_info

        auto_sync_info: dict[str, Any] | None | Unset
        if isinstance(self.auto_sync_info, Unset):
            auto_sync_info = UNSET
        elif isinstance(self.auto_sync_info, AutoSyncInfo):
            auto_sync_info = self.auto_sync_info.to_dict()
        else:
            auto_sync_info = self.auto_sync_info

        refresh_status: dict[str, Any] | None | Unset
        if isinstance(self.refresh_status, Unset):
            refresh_status = UNSET
        elif isinstance(self.refresh_status, FileRefreshStatus):
            refresh_status = self.refresh_status.to_dict()
        else:
            refresh_status = self.refresh_status

        is_frozen = self.is_frozen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["metadata"] = metadata
        field_dict["supported_usages"] = supported_usages
        field_dict["access_info"] = access_info
        field_dict["dependent_agents"] = dependent_agents
        field_dict["type"] = type_
        if folder_parent_id is not UNSET:
            field_dict["folder_parent_id"] = folder_parent_id
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        if external_sync_info is not UNSET:
            field_dict["external_sync_info"] = external_sync_info
        if auto_sync_info is not UNSET:
            field_dict["auto_sync_info"] = auto_sync_info
        if refresh_status is not UNSET:
            field_dict["refresh_status"] = refresh_status
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["file"], d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        id = d.pop("id")

        name = d.pop("name")

        metadata = KnowledgeBaseDocumentMetadataResponseModel.from_dict(d.pop("metadata"))

        supported_usages = []
        _supported_usages = d.pop("supported_usages")
        for supported_usages_item_data in _supported_usages:
            supported_usages_item = supported_usages_item_data

            supported_usages.append(supported_usages_item)

        access_info = ResourceAccessInfo.from_dict(d.pop("access_info"))

        dependent_agents = []
        _dependent_agents = d.pop("dependent_agents")
        for dependent_agents_item_data in _dependent_agents:

            def _parse_dependent_agents_item(
                data: object,
            ) -> DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant:
                if isinstance(data, dict):
                    for known in (
                        DependentAvailableAgentIdentifier,
                        DependentUnknownAgentIdentifier,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    dependent_agents_item_type_0 = DependentAvailableAgentIdentifier.from_dict(data)

                    return dependent_agents_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    dependent_agents_item_type_1 = DependentUnknownAgentIdentifier.from_dict(data)

                    return dependent_agents_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                dependent_agents_item_type_2 = UnknownVariant.from_dict(data)

                return dependent_agents_item_type_2

            dependent_agents_item = _parse_dependent_agents_item(dependent_agents_item_data)

            dependent_agents.append(dependent_agents_item)

        folder_parent_id = d.pop("folder_parent_id", UNSET)

        _folder_path = d.pop("folder_path", UNSET)
        folder_path: list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset = UNSET
        if _folder_path is not UNSET:
            folder_path = []
            for folder_path_item_data in _folder_path:
                folder_path_item = KnowledgeBaseFolderPathSegmentSummaryResponseModel.from_dict(folder_path_item_data)

                folder_path.append(folder_path_item)

        def _parse_external_sync_info(data: object) -> ExternalFileSyncInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            external_sync_info_type_0 = ExternalFileSyncInfo.from_dict(data)

            return external_sync_info_type_0

        external_sync_info = _parse_external_sync_info(d.pop("external_sync_info", UNSET))

        def _parse_auto_sync_info(data: object) -> AutoSyncInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            auto_sync_info_type_0 = AutoSyncInfo.from_dict(data)

            return auto_sync_info_type_0

        auto_sync_info = _parse_auto_sync_info(d.pop("auto_sync_info", UNSET))

        def _parse_refresh_status(data: object) -> FileRefreshStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            refresh_status_type_0 = FileRefreshStatus.from_dict(data)

            return refresh_status_type_0

        refresh_status = _parse_refresh_status(d.pop("refresh_status", UNSET))

        is_frozen = d.pop("is_frozen", UNSET)

        get_knowledge_base_summary_file_response_model = cls(
            id=id,
            name=name,
            metadata=metadata,
            supported_usages=supported_usages,
            access_info=access_info,
            dependent_agents=dependent_agents,
            type_=type_,
            folder_parent_id=folder_parent_id,
            folder_path=folder_path,
            external_sync_info=external_sync_info,
            auto_sync_info=auto_sync_info,
            refresh_status=refresh_status,
            is_frozen=is_frozen,
        )
        get_knowledge_base_summary_file_response_model.additional_properties = d
        return get_knowledge_base_summary_file_response_model

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
from ..models.auto_sync_info import AutoSyncInfo
from ..models.dependent_available_agent_identifier import DependentAvailableAgentIdentifier
from ..models.dependent_unknown_agent_identifier import DependentUnknownAgentIdentifier
from ..models.external_file_sync_info import ExternalFileSyncInfo
from ..models.file_refresh_status import FileRefreshStatus
from ..models.knowledge_base_document_metadata_response_model import KnowledgeBaseDocumentMetadataResponseModel
from ..models.knowledge_base_folder_path_segment_summary_response_model import (
    KnowledgeBaseFolderPathSegmentSummaryResponseModel,
)
from ..models.resource_access_info import ResourceAccessInfo
from ..models.unknown_variant import UnknownVariant
