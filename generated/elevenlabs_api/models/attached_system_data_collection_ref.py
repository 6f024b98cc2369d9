from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import AnalysisScope
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AttachedSystemDataCollectionRef")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AttachedSystemDataCollectionRef(Lazy):
    """Attributes:
    source (Literal['system']):
    analysis_item_id (Literal['__system_data_collection_topic']): Id of the referenced built-in system data-
        collection item.
    scope (AnalysisScope | str | Unset): Transcript context ('conversation' or 'agent') used when running this item.
        Defaults to 'conversation' on the server.
    """

    source: Literal["system"] = _attrs_field(
        default="system",
        kw_only=True,
        validator=types.tag("AttachedSystemDataCollectionRef", "source", "system"),
    )

    analysis_item_id: Literal["__system_data_collection_topic"] = _attrs_field(
        default="__system_data_collection_topic",
        kw_only=True,
        validator=types.tag("AttachedSystemDataCollectionRef", "analysis_item_id", "__system_data_collection_topic"),
    )

    scope: AnalysisScope | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = (
        "source",
        "analysis_item_id",
    )
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source", "system")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        attached_system_data_collection_ref = cls.__new__(cls)
        attached_system_data_collection_ref.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_source(cls: type[AttachedSystemDataCollectionRef], d: Mapping[str, Any]) -> Any:
    source_raw = d.get("source", MISSING)
    if source_raw is MISSING:
        source_raw = missing_field(cls, "source")
    source = cast(Literal["system"], source_raw)
    if source != "system":
        raise ValueError(f"source must match const 'system', got '{source}'")

    return source


def _read_analysis_item_id(cls: type[AttachedSystemDataCollectionRef], d: Mapping[str, Any]) -> Any:
    analysis_item_id_raw = d.get("analysis_item_id", MISSING)
    if analysis_item_id_raw is MISSING:
        analysis_item_id_raw = missing_field(cls, "analysis_item_id")
    analysis_item_id = cast(Literal["__system_data_collection_topic"], analysis_item_id_raw)
    if analysis_item_id != "__system_data_collection_topic":
        raise ValueError(
            f"analysis_item_id must match const '__system_data_collection_topic', got '{analysis_item_id}'"
        )

    return analysis_item_id


_read_scope = plain_reader("scope", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "source",
        "analysis_item_id",
        "scope",
    )
)


def _read_additional_properties(cls: type[AttachedSystemDataCollectionRef], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AttachedSystemDataCollectionRef], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "source" in known:
        source = known["source"]
    else:
        source = _read_source(cls, d)

    if "analysis_item_id" in known:
        analysis_item_id = known["analysis_item_id"]
    else:
        analysis_item_id = _read_analysis_item_id(cls, d)

    scope = d.get("scope", UNSET)
    if scope.__class__ is not str and scope is not UNSET:
        scope = _read_scope(cls, d)

    return {
        "source": source,
        "analysis_item_id": analysis_item_id,
        "scope": scope,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AttachedSystemDataCollectionRef,
    _all_fields,
    {
        "source": _read_source,
        "analysis_item_id": _read_analysis_item_id,
        "scope": _read_scope,
        "additional_properties": _read_additional_properties,
    },
)
