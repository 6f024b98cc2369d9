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
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="RagIndexBatchSuccessfulResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class RagIndexBatchSuccessfulResponseModel(Lazy):
    """Attributes:
    status (Literal['success']):  Default: 'success'.
    data (RagDocumentIndexResponseModel):
    """

    data: RagDocumentIndexResponseModel

    status: Literal["success"] = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("RagIndexBatchSuccessfulResponseModel", "status", "success"),
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
            data = self.data.to_dict()
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
        rag_index_batch_successful_response_model = cls.__new__(cls)
        rag_index_batch_successful_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return rag_index_batch_successful_response_model

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


def _read_status(cls: type[RagIndexBatchSuccessfulResponseModel], d: Mapping[str, Any]) -> Any:
    status_raw = d.get("status", MISSING)
    if status_raw is MISSING:
        status_raw = missing_field(cls, "status")
    status = cast(Literal["success"], status_raw)
    if status != "success":
        raise ValueError(f"status must match const 'success', got '{status}'")

    return status


def _read_data(cls: type[RagIndexBatchSuccessfulResponseModel], d: Mapping[str, Any]) -> Any:
    data_raw = d.get("data", MISSING)
    if data_raw is MISSING:
        data = missing_field(cls, "data")
    else:
        try:
            data = RagDocumentIndexResponseModel.from_dict(data_raw)
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
    cls: type[RagIndexBatchSuccessfulResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[RagIndexBatchSuccessfulResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
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
    RagIndexBatchSuccessfulResponseModel,
    _all_fields,
    {
        "status": _read_status,
        "data": _read_data,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.rag_document_index_response_model import RagDocumentIndexResponseModel
