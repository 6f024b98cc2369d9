from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    parse_strictly,
)

T = TypeVar("T", bound="KnowledgeBaseSummaryBatchSuccessfulResponseModel")


@_attrs_define
class KnowledgeBaseSummaryBatchSuccessfulResponseModel:
    """Attributes:
    status (Literal['success']):  Default: 'success'.
    data (GetKnowledgeBaseSummaryFileResponseModel | GetKnowledgeBaseSummaryFolderResponseModel |
        GetKnowledgeBaseSummaryTextResponseModel | GetKnowledgeBaseSummaryURLResponseModel | UnknownVariant):
    """

    data: (
        GetKnowledgeBaseSummaryFileResponseModel
        | GetKnowledgeBaseSummaryFolderResponseModel
        | GetKnowledgeBaseSummaryTextResponseModel
        | GetKnowledgeBaseSummaryURLResponseModel
        | UnknownVariant
    )

    status: Literal["success"] = "success"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("status", "success")

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data: Any
        try:
            if (
                isinstance(self.data, GetKnowledgeBaseSummaryURLResponseModel)
                or isinstance(self.data, GetKnowledgeBaseSummaryFileResponseModel)
                or isinstance(self.data, GetKnowledgeBaseSummaryTextResponseModel)
                or isinstance(self.data, GetKnowledgeBaseSummaryFolderResponseModel)
                or isinstance(self.data, UnknownVariant)
            ):
                data = self.data.to_dict()
            else:
                data = self.data

        except (AttributeError, TypeError):
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["status"] = status
        if data is not None or "data" not in self._missing_fields:
            field_dict["data"] = data
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        status_raw = d.pop("status", MISSING)
        if status_raw is MISSING:
            status_raw = missing_field(cls, "status")
        status = cast(Literal["success"], status_raw)
        if status != "success":
            raise ValueError(f"status must match const 'success', got '{status}'")

        data_raw = d.pop("data", MISSING)
        if data_raw is MISSING:
            data = missing_field(cls, "data")
            _missing += ("data",)
        else:
            try:

                def _parse_data(
                    data: object,
                ) -> (
                    GetKnowledgeBaseSummaryFileResponseModel
                    | GetKnowledgeBaseSummaryFolderResponseModel
                    | GetKnowledgeBaseSummaryTextResponseModel
                    | GetKnowledgeBaseSummaryURLResponseModel
                    | UnknownVariant
                ):
                    return parse_strictly(_parse_data_member, data)

                def _parse_data_member(
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
                        data_type_0 = GetKnowledgeBaseSummaryURLResponseModel.from_dict(data)

                        return data_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        data_type_1 = GetKnowledgeBaseSummaryFileResponseModel.from_dict(data)

                        return data_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        data_type_2 = GetKnowledgeBaseSummaryTextResponseModel.from_dict(data)

                        return data_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        data_type_3 = GetKnowledgeBaseSummaryFolderResponseModel.from_dict(data)

                        return data_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    data_type_4 = UnknownVariant.from_dict(data)

                    return data_type_4

                data = _parse_data(data_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                data = deviating_field(cls, "data", data_raw)

        knowledge_base_summary_batch_successful_response_model = cls(
            status=status,
            data=data,
        )
        if _missing:
            knowledge_base_summary_batch_successful_response_model._missing_fields = _missing
        knowledge_base_summary_batch_successful_response_model.additional_properties = d
        return knowledge_base_summary_batch_successful_response_model

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
