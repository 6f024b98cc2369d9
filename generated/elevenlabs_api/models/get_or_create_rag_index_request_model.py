from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import EmbeddingModelEnum, check_embedding_model_enum
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

T = TypeVar("T", bound="GetOrCreateRagIndexRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetOrCreateRagIndexRequestModel(Lazy):
    """Attributes:
    document_id (str): ID of the knowledgebase document for which to retrieve the index
    create_if_missing (bool): Whether to create the RAG index if it does not exist
    model (EmbeddingModelEnum):
    """

    document_id: str

    create_if_missing: bool

    model: EmbeddingModelEnum

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "document_id",
        "create_if_missing",
        "model",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        document_id = self.document_id

        create_if_missing = self.create_if_missing

        model: Any
        try:
            model = self.model
        except (AttributeError, TypeError):
            model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if document_id is not None or "document_id" not in self._missing_fields:
            field_dict["document_id"] = document_id
        if create_if_missing is not None or "create_if_missing" not in self._missing_fields:
            field_dict["create_if_missing"] = create_if_missing
        if model is not None or "model" not in self._missing_fields:
            field_dict["model"] = model
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_or_create_rag_index_request_model = cls.__new__(cls)
        get_or_create_rag_index_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_or_create_rag_index_request_model

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


_read_document_id = plain_reader("document_id", (str,), "a string", True)

_read_create_if_missing = plain_reader("create_if_missing", (bool,), "a boolean", True)


def _read_model(cls: type[GetOrCreateRagIndexRequestModel], d: Mapping[str, Any]) -> Any:
    model_raw = d.get("model", MISSING)
    if model_raw is MISSING:
        model = missing_field(cls, "model")
    else:
        try:
            model = check_embedding_model_enum(model_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            model = deviating_field(cls, "model", model_raw)

    return model


_FIELDS: frozenset[str] = frozenset(
    (
        "document_id",
        "create_if_missing",
        "model",
    )
)


def _read_additional_properties(cls: type[GetOrCreateRagIndexRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetOrCreateRagIndexRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    document_id = d.get("document_id", MISSING)
    if document_id.__class__ is not str:
        document_id = _read_document_id(cls, d)

    create_if_missing = d.get("create_if_missing", MISSING)
    if create_if_missing.__class__ is not bool:
        create_if_missing = _read_create_if_missing(cls, d)

    if "model" in known:
        model = known["model"]
    else:
        model = _read_model(cls, d)

    return {
        "document_id": document_id,
        "create_if_missing": create_if_missing,
        "model": model,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetOrCreateRagIndexRequestModel,
    _all_fields,
    {
        "document_id": _read_document_id,
        "create_if_missing": _read_create_if_missing,
        "model": _read_model,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
