from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="RAGIndexOverviewResponseModel")


@_attrs_define
class RAGIndexOverviewResponseModel:
    """Attributes:
    total_used_bytes (int):
    total_max_bytes (int):
    models (list[RAGIndexOverviewEmbeddingModelResponseModel]):
    """

    total_used_bytes: int

    total_max_bytes: int

    models: list[RAGIndexOverviewEmbeddingModelResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        total_used_bytes = self.total_used_bytes

        total_max_bytes = self.total_max_bytes

        models: Any
        try:
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        except (AttributeError, TypeError):
            models = self.models

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_used_bytes is not None or "total_used_bytes" not in self._missing_fields:
            field_dict["total_used_bytes"] = total_used_bytes
        if total_max_bytes is not None or "total_max_bytes" not in self._missing_fields:
            field_dict["total_max_bytes"] = total_max_bytes
        if models is not None or "models" not in self._missing_fields:
            field_dict["models"] = models
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        total_used_bytes = d.pop("total_used_bytes", MISSING)
        if total_used_bytes.__class__ is not int:
            if total_used_bytes is MISSING:
                total_used_bytes = missing_field(cls, "total_used_bytes")
                _missing += ("total_used_bytes",)
            else:
                total_used_bytes = unexpected_type(cls, "total_used_bytes", total_used_bytes, "an integer")

        total_max_bytes = d.pop("total_max_bytes", MISSING)
        if total_max_bytes.__class__ is not int:
            if total_max_bytes is MISSING:
                total_max_bytes = missing_field(cls, "total_max_bytes")
                _missing += ("total_max_bytes",)
            else:
                total_max_bytes = unexpected_type(cls, "total_max_bytes", total_max_bytes, "an integer")

        models_raw = d.pop("models", MISSING)
        if models_raw is MISSING:
            models = missing_field(cls, "models")
            _missing += ("models",)
        else:
            try:
                expect_array("models", models_raw)
                models = []
                _models = models_raw
                for models_item_data in _models:
                    models_item = RAGIndexOverviewEmbeddingModelResponseModel.from_dict(models_item_data)

                    models.append(models_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                models = deviating_field(cls, "models", models_raw)

        rag_index_overview_response_model = cls(
            total_used_bytes=total_used_bytes,
            total_max_bytes=total_max_bytes,
            models=models,
        )
        if _missing:
            rag_index_overview_response_model._missing_fields = _missing
        rag_index_overview_response_model.additional_properties = d
        return rag_index_overview_response_model

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
from ..models.rag_index_overview_embedding_model_response_model import RAGIndexOverviewEmbeddingModelResponseModel
