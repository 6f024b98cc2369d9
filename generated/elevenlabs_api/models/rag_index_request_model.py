from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_model_enum import EmbeddingModelEnum, check_embedding_model_enum
from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="RAGIndexRequestModel")


@_attrs_define
class RAGIndexRequestModel:
    """Attributes:
    model (EmbeddingModelEnum):
    """

    model: EmbeddingModelEnum

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        model: Any
        try:
            model = self.model
        except (AttributeError, TypeError):
            model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not None or "model" not in self._missing_fields:
            field_dict["model"] = model
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        model_raw = d.pop("model", MISSING)
        if model_raw is MISSING:
            model = missing_field(cls, "model")
            _missing += ("model",)
        else:
            try:
                model = check_embedding_model_enum(model_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                model = deviating_field(cls, "model", model_raw)

        rag_index_request_model = cls(
            model=model,
        )
        if _missing:
            rag_index_request_model._missing_fields = _missing
        rag_index_request_model.additional_properties = d
        return rag_index_request_model

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
