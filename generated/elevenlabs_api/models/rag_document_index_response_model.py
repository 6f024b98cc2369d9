from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import EmbeddingModelEnum, RagIndexStatus
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="RagDocumentIndexResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class RagDocumentIndexResponseModel(Lazy):
    """Attributes:
    id (str):
    model (EmbeddingModelEnum | str):
    status (RagIndexStatus | str):
    progress_percentage (float):
    document_model_index_usage (RagDocumentIndexUsage):
    """

    id: str

    model: EmbeddingModelEnum | str

    status: RagIndexStatus | str

    progress_percentage: float

    document_model_index_usage: RagDocumentIndexUsage

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "model",
        "status",
        "progress_percentage",
        "document_model_index_usage",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        model: Any
        try:
            if isinstance(self.model, str):
                model = self.model
            else:
                model = self.model

        except (AttributeError, TypeError):
            model = self.model

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        progress_percentage = self.progress_percentage

        document_model_index_usage: Any
        try:
            document_model_index_usage = self.document_model_index_usage.to_dict()
        except (AttributeError, TypeError):
            document_model_index_usage = self.document_model_index_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if model is not None or "model" not in self._missing_fields:
            field_dict["model"] = model
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if progress_percentage is not None or "progress_percentage" not in self._missing_fields:
            field_dict["progress_percentage"] = progress_percentage
        if document_model_index_usage is not None or "document_model_index_usage" not in self._missing_fields:
            field_dict["document_model_index_usage"] = document_model_index_usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        rag_document_index_response_model = cls.__new__(cls)
        rag_document_index_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return rag_document_index_response_model

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

_read_model = plain_reader("model", (str,), "a string", True)

_read_status = plain_reader("status", (str,), "a string", True)

_read_progress_percentage = plain_reader(
    "progress_percentage",
    (
        float,
        int,
    ),
    "a number",
    True,
)


def _read_document_model_index_usage(cls: type[RagDocumentIndexResponseModel], d: Mapping[str, Any]) -> Any:
    document_model_index_usage_raw = d.get("document_model_index_usage", MISSING)
    if document_model_index_usage_raw is MISSING:
        document_model_index_usage = missing_field(cls, "document_model_index_usage")
    else:
        try:
            document_model_index_usage = RagDocumentIndexUsage.from_dict(document_model_index_usage_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            document_model_index_usage = deviating_field(
                cls, "document_model_index_usage", document_model_index_usage_raw
            )

    return document_model_index_usage


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "model",
        "status",
        "progress_percentage",
        "document_model_index_usage",
    )
)


def _read_additional_properties(cls: type[RagDocumentIndexResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[RagDocumentIndexResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    model = d.get("model", MISSING)
    if model.__class__ is not str:
        model = _read_model(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    progress_percentage = d.get("progress_percentage", MISSING)
    if progress_percentage.__class__ is not float and progress_percentage.__class__ is not int:
        progress_percentage = _read_progress_percentage(cls, d)

    if "document_model_index_usage" in known:
        document_model_index_usage = known["document_model_index_usage"]
    else:
        document_model_index_usage = _read_document_model_index_usage(cls, d)

    return {
        "id": id,
        "model": model,
        "status": status,
        "progress_percentage": progress_percentage,
        "document_model_index_usage": document_model_index_usage,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    RagDocumentIndexResponseModel,
    _all_fields,
    {
        "id": _read_id,
        "model": _read_model,
        "status": _read_status,
        "progress_percentage": _read_progress_percentage,
        "document_model_index_usage": _read_document_model_index_usage,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.rag_document_index_usage import RagDocumentIndexUsage
