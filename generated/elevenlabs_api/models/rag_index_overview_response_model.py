from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="RagIndexOverviewResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class RagIndexOverviewResponseModel(Lazy):
    """Attributes:
    total_used_bytes (int):
    total_max_bytes (int):
    models (list[RagIndexOverviewEmbeddingModelResponseModel]):
    """

    total_used_bytes: int

    total_max_bytes: int

    models: list[RagIndexOverviewEmbeddingModelResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "total_used_bytes",
        "total_max_bytes",
        "models",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        rag_index_overview_response_model = cls.__new__(cls)
        rag_index_overview_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_total_used_bytes = plain_reader("total_used_bytes", (int,), "an integer", True)

_read_total_max_bytes = plain_reader("total_max_bytes", (int,), "an integer", True)


def _read_models(cls: type[RagIndexOverviewResponseModel], d: Mapping[str, Any]) -> Any:
    models_raw = d.get("models", MISSING)
    if models_raw is MISSING:
        models = missing_field(cls, "models")
    else:
        try:
            expect_array("models", models_raw)
            models = []
            _models = models_raw
            for models_item_data in _models:
                models_item = RagIndexOverviewEmbeddingModelResponseModel.from_dict(models_item_data)

                models.append(models_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            models = deviating_field(cls, "models", models_raw)

    return models


_FIELDS: frozenset[str] = frozenset(
    (
        "total_used_bytes",
        "total_max_bytes",
        "models",
    )
)


def _read_additional_properties(cls: type[RagIndexOverviewResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[RagIndexOverviewResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    total_used_bytes = d.get("total_used_bytes", MISSING)
    if total_used_bytes.__class__ is not int:
        total_used_bytes = _read_total_used_bytes(cls, d)

    total_max_bytes = d.get("total_max_bytes", MISSING)
    if total_max_bytes.__class__ is not int:
        total_max_bytes = _read_total_max_bytes(cls, d)

    if "models" in known:
        models = known["models"]
    else:
        models = _read_models(cls, d)

    return {
        "total_used_bytes": total_used_bytes,
        "total_max_bytes": total_max_bytes,
        "models": models,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    RagIndexOverviewResponseModel,
    _all_fields,
    {
        "total_used_bytes": _read_total_used_bytes,
        "total_max_bytes": _read_total_max_bytes,
        "models": _read_models,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.rag_index_overview_embedding_model_response_model import RagIndexOverviewEmbeddingModelResponseModel
