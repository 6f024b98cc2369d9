from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    AnalysisScope,
    AttachedSystemEvaluationRefAnalysisItemIdType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AttachedSystemEvaluationRef")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AttachedSystemEvaluationRef(Lazy):
    """Attributes:
    source (Literal['system']):
    analysis_item_id (AttachedSystemEvaluationRefAnalysisItemIdType0 | str): Id of the referenced built-in system
        evaluation.
    scope (AnalysisScope | str | Unset): Transcript context ('conversation' or 'agent') used when running this item.
        Defaults to 'conversation' on the server.
    weight (float | None | Unset): Optional relative weight for aggregate scoring.
    """

    source: Literal["system"] = _attrs_field(
        default="system",
        kw_only=True,
        validator=types.tag("AttachedSystemEvaluationRef", "source", "system"),
    )

    analysis_item_id: AttachedSystemEvaluationRefAnalysisItemIdType0 | str

    scope: AnalysisScope | str | Unset = UNSET

    weight: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("analysis_item_id",)
    _tags: ClassVar[tuple[str, ...]] = ("source",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source", "system")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        source = self.source

        analysis_item_id: Any
        try:
            if isinstance(self.analysis_item_id, str):
                analysis_item_id = self.analysis_item_id
            else:
                analysis_item_id = self.analysis_item_id

        except (AttributeError, TypeError):
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

        weight: Any
        try:
            weight = self.weight

        except (AttributeError, TypeError):
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["source"] = source
        if analysis_item_id is not None or "analysis_item_id" not in self._missing_fields:
            field_dict["analysis_item_id"] = analysis_item_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if weight is not UNSET:
            field_dict["weight"] = weight
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        attached_system_evaluation_ref = cls.__new__(cls)
        attached_system_evaluation_ref.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return attached_system_evaluation_ref

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


def _read_source(cls: type[AttachedSystemEvaluationRef], d: Mapping[str, Any]) -> Any:
    source_raw = d.get("source", MISSING)
    if source_raw is MISSING:
        source_raw = missing_field(cls, "source")
    source = cast(Literal["system"], source_raw)
    if source != "system":
        raise ValueError(f"source must match const 'system', got '{source}'")

    return source


_read_analysis_item_id = plain_reader("analysis_item_id", (str,), "a string", True)

_read_scope = plain_reader("scope", (str,), "a string", False)

_read_weight = plain_reader(
    "weight",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "source",
        "analysis_item_id",
        "scope",
        "weight",
    )
)


def _read_additional_properties(cls: type[AttachedSystemEvaluationRef], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AttachedSystemEvaluationRef], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "source" in known:
        source = known["source"]
    else:
        source = _read_source(cls, d)

    analysis_item_id = d.get("analysis_item_id", MISSING)
    if analysis_item_id.__class__ is not str:
        analysis_item_id = _read_analysis_item_id(cls, d)

    scope = d.get("scope", UNSET)
    if scope.__class__ is not str and scope is not UNSET:
        scope = _read_scope(cls, d)

    weight = d.get("weight", UNSET)
    if weight.__class__ is not float and weight.__class__ is not int and weight is not None and weight is not UNSET:
        weight = _read_weight(cls, d)

    return {
        "source": source,
        "analysis_item_id": analysis_item_id,
        "scope": scope,
        "weight": weight,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AttachedSystemEvaluationRef,
    _all_fields,
    {
        "source": _read_source,
        "analysis_item_id": _read_analysis_item_id,
        "scope": _read_scope,
        "weight": _read_weight,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
