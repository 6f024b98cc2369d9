from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="KnowledgeBaseSummaryBatchSuccessfulResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class KnowledgeBaseSummaryBatchSuccessfulResponseModel(Lazy):
    """Attributes:
    status (Literal['success']):  Default: 'success'.
    data (GetKnowledgeBaseSummaryFileResponseModel | GetKnowledgeBaseSummaryFolderResponseModel |
        GetKnowledgeBaseSummaryTextResponseModel | GetKnowledgeBaseSummaryUrlResponseModel | UnknownVariant):
    """

    data: (
        GetKnowledgeBaseSummaryFileResponseModel
        | GetKnowledgeBaseSummaryFolderResponseModel
        | GetKnowledgeBaseSummaryTextResponseModel
        | GetKnowledgeBaseSummaryUrlResponseModel
        | UnknownVariant
    )

    status: Literal["success"] = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("KnowledgeBaseSummaryBatchSuccessfulResponseModel", "status", "success"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("data",)
    _tags: ClassVar[tuple[str, ...]] = ("status",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("status", "success")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        status = self.status

        data: Any
        try:
            if (
                isinstance(self.data, GetKnowledgeBaseSummaryUrlResponseModel)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        knowledge_base_summary_batch_successful_response_model = cls.__new__(cls)
        knowledge_base_summary_batch_successful_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_status(cls: type[KnowledgeBaseSummaryBatchSuccessfulResponseModel], d: Mapping[str, Any]) -> Any:
    status_raw = d.get("status", MISSING)
    if status_raw is MISSING:
        status_raw = missing_field(cls, "status")
    status = cast(Literal["success"], status_raw)
    if status != "success":
        raise ValueError(f"status must match const 'success', got '{status}'")

    return status


def _read_data(cls: type[KnowledgeBaseSummaryBatchSuccessfulResponseModel], d: Mapping[str, Any]) -> Any:
    data_raw = d.get("data", MISSING)
    if data_raw is MISSING:
        data = missing_field(cls, "data")
    else:
        try:

            def _parse_data(
                data: object,
            ) -> (
                GetKnowledgeBaseSummaryFileResponseModel
                | GetKnowledgeBaseSummaryFolderResponseModel
                | GetKnowledgeBaseSummaryTextResponseModel
                | GetKnowledgeBaseSummaryUrlResponseModel
                | UnknownVariant
            ):
                return parse_strictly(_parse_data_member, data)

            def _parse_data_member(
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
                    data_type_0 = GetKnowledgeBaseSummaryUrlResponseModel.from_dict(data)

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

    return data


_FIELDS: frozenset[str] = frozenset(
    (
        "status",
        "data",
    )
)


def _read_additional_properties(
    cls: type[KnowledgeBaseSummaryBatchSuccessfulResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[KnowledgeBaseSummaryBatchSuccessfulResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "status" in known:
        status = known["status"]
    else:
        status = _read_status(cls, d)

    if "data" in known:
        data = known["data"]
    else:
        data = _read_data(cls, d)

    return {
        "status": status,
        "data": data,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    KnowledgeBaseSummaryBatchSuccessfulResponseModel,
    _all_fields,
    {
        "status": _read_status,
        "data": _read_data,
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
