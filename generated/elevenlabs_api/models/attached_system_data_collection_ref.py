from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_scope import AnalysisScope
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AttachedSystemDataCollectionRef")


@_attrs_define
class AttachedSystemDataCollectionRef:
    """Attributes:
    source (Literal['system']):
    analysis_item_id (Literal['__system_data_collection_topic']): Id of the referenced built-in system data-
        collection item.
    scope (AnalysisScope | str | Unset): Transcript context ('conversation' or 'agent') used when running this item.
        Default: 'conversation'.
    """

    source: Literal["system"]

    analysis_item_id: Literal["__system_data_collection_topic"]

    scope: AnalysisScope | str | Unset = "conversation"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source", "system")

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        analysis_item_id = self.analysis_item_id

        scope: Any
        try:
            if isinstance(self.scope, Unset):
                scope = UNSET
            elif isinstance(self.scope, str):
                scope = self.scope
            else:
                scope = self.scope

        except (AttributeError, TypeError):
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["source"] = source
        field_dict["analysis_item_id"] = analysis_item_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        source_raw = d.pop("source", MISSING)
        if source_raw is MISSING:
            source_raw = missing_field(cls, "source")
        source = cast(Literal["system"], source_raw)
        if source != "system":
            raise ValueError(f"source must match const 'system', got '{source}'")

        analysis_item_id_raw = d.pop("analysis_item_id", MISSING)
        if analysis_item_id_raw is MISSING:
            analysis_item_id_raw = missing_field(cls, "analysis_item_id")
        analysis_item_id = cast(Literal["__system_data_collection_topic"], analysis_item_id_raw)
        if analysis_item_id != "__system_data_collection_topic":
            raise ValueError(
                f"analysis_item_id must match const '__system_data_collection_topic', got '{analysis_item_id}'"
            )

        scope = d.pop("scope", UNSET)
        if scope.__class__ is not str and scope is not UNSET:
            scope = unexpected_type(cls, "scope", scope, "a string")

        attached_system_data_collection_ref = cls(
            source=source,
            analysis_item_id=analysis_item_id,
            scope=scope,
        )
        attached_system_data_collection_ref.additional_properties = d
        return attached_system_data_collection_ref

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
