from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationHistoryRagUsageCommonModel")


@_attrs_define
class ConversationHistoryRagUsageCommonModel:
    """Attributes:
    usage_count (int):
    embedding_model (str):
    """

    usage_count: int

    embedding_model: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        usage_count = self.usage_count

        embedding_model = self.embedding_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if usage_count is not None or "usage_count" not in self._missing_fields:
            field_dict["usage_count"] = usage_count
        if embedding_model is not None or "embedding_model" not in self._missing_fields:
            field_dict["embedding_model"] = embedding_model
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        usage_count = d.pop("usage_count", MISSING)
        if usage_count.__class__ is not int:
            if usage_count is MISSING:
                usage_count = missing_field(cls, "usage_count")
                _missing += ("usage_count",)
            else:
                usage_count = unexpected_type(cls, "usage_count", usage_count, "an integer")

        embedding_model = d.pop("embedding_model", MISSING)
        if embedding_model.__class__ is not str:
            if embedding_model is MISSING:
                embedding_model = missing_field(cls, "embedding_model")
                _missing += ("embedding_model",)
            else:
                embedding_model = unexpected_type(cls, "embedding_model", embedding_model, "a string")

        conversation_history_rag_usage_common_model = cls(
            usage_count=usage_count,
            embedding_model=embedding_model,
        )
        if _missing:
            conversation_history_rag_usage_common_model._missing_fields = _missing
        conversation_history_rag_usage_common_model.additional_properties = d
        return conversation_history_rag_usage_common_model

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
