from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_model_enum import EmbeddingModelEnum
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="RAGIndexOverviewEmbeddingModelResponseModel")


@_attrs_define
class RAGIndexOverviewEmbeddingModelResponseModel:
    """Attributes:
    model (EmbeddingModelEnum | str):
    used_bytes (int):
    """

    model: EmbeddingModelEnum | str

    used_bytes: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        model: Any
        try:
            if isinstance(self.model, str):
                model = self.model
            else:
                model = self.model

        except (AttributeError, TypeError):
            model = self.model

        used_bytes = self.used_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not None or "model" not in self._missing_fields:
            field_dict["model"] = model
        if used_bytes is not None or "used_bytes" not in self._missing_fields:
            field_dict["used_bytes"] = used_bytes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        model = d.pop("model", MISSING)
        if model.__class__ is not str:
            if model is MISSING:
                model = missing_field(cls, "model")
                _missing += ("model",)
            else:
                model = unexpected_type(cls, "model", model, "a string")

        used_bytes = d.pop("used_bytes", MISSING)
        if used_bytes.__class__ is not int:
            if used_bytes is MISSING:
                used_bytes = missing_field(cls, "used_bytes")
                _missing += ("used_bytes",)
            else:
                used_bytes = unexpected_type(cls, "used_bytes", used_bytes, "an integer")

        rag_index_overview_embedding_model_response_model = cls(
            model=model,
            used_bytes=used_bytes,
        )
        if _missing:
            rag_index_overview_embedding_model_response_model._missing_fields = _missing
        rag_index_overview_embedding_model_response_model.additional_properties = d
        return rag_index_overview_embedding_model_response_model

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
