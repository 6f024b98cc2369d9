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
    check_items,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AttachedUserEvaluationRef")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AttachedUserEvaluationRef(Lazy):
    """Attributes:
    source (Literal['user']):
    analysis_item_id (str): Id of the referenced user evaluation item.
    version_id (None | str | Unset): Primary item version whose result feeds scoring. None tracks the item's latest
        published version.
    additional_version_ids (list[str] | Unset): Extra item versions to also run for comparison (A/B). These are
        executed and stored but excluded from scoring; the primary version_id is the one that scores.
    scope (AnalysisScope | str | Unset): Transcript context ('conversation' or 'agent') used when running this item.
        Defaults to 'conversation' on the server.
    weight (float | None | Unset): Optional relative weight for aggregate scoring.
    """

    source: Literal["user"] = _attrs_field(
        default="user",
        kw_only=True,
        validator=types.tag("AttachedUserEvaluationRef", "source", "user"),
    )

    analysis_item_id: str

    version_id: None | str | Unset = UNSET

    additional_version_ids: list[str] | Unset = UNSET

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
    _kind: ClassVar[tuple[str, Any]] = ("source", "user")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        source = self.source

        analysis_item_id = self.analysis_item_id

        version_id: Any
        try:
            version_id = self.version_id

        except (AttributeError, TypeError):
            version_id = self.version_id

        additional_version_ids: Any
        try:
            additional_version_ids = UNSET
            if not isinstance(self.additional_version_ids, Unset):
                additional_version_ids = self.additional_version_ids

        except (AttributeError, TypeError):
            additional_version_ids = self.additional_version_ids

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
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if additional_version_ids is not UNSET:
            field_dict["additional_version_ids"] = additional_version_ids
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
        attached_user_evaluation_ref = cls.__new__(cls)
        attached_user_evaluation_ref.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return attached_user_evaluation_ref

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


def _read_source(cls: type[AttachedUserEvaluationRef], d: Mapping[str, Any]) -> Any:
    source_raw = d.get("source", MISSING)
    if source_raw is MISSING:
        source_raw = missing_field(cls, "source")
    source = cast(Literal["user"], source_raw)
    if source != "user":
        raise ValueError(f"source must match const 'user', got '{source}'")

    return source


_read_analysis_item_id = plain_reader("analysis_item_id", (str,), "a string", True)

_read_version_id = plain_reader(
    "version_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_additional_version_ids = plain_reader("additional_version_ids", (list,), "an array", False, ((str,), "a string"))

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
        "version_id",
        "additional_version_ids",
        "scope",
        "weight",
    )
)


def _read_additional_properties(cls: type[AttachedUserEvaluationRef], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AttachedUserEvaluationRef], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "source" in known:
        source = known["source"]
    else:
        source = _read_source(cls, d)

    analysis_item_id = d.get("analysis_item_id", MISSING)
    if analysis_item_id.__class__ is not str:
        analysis_item_id = _read_analysis_item_id(cls, d)

    version_id = d.get("version_id", UNSET)
    if version_id.__class__ is not str and version_id is not None and version_id is not UNSET:
        version_id = _read_version_id(cls, d)

    additional_version_ids = d.get("additional_version_ids", UNSET)
    if additional_version_ids.__class__ is not list and additional_version_ids is not UNSET:
        additional_version_ids = _read_additional_version_ids(cls, d)
    elif additional_version_ids.__class__ is list and additional_version_ids:
        check_items(cls, "additional_version_ids", additional_version_ids, (str,), "a string")

    scope = d.get("scope", UNSET)
    if scope.__class__ is not str and scope is not UNSET:
        scope = _read_scope(cls, d)

    weight = d.get("weight", UNSET)
    if weight.__class__ is not float and weight.__class__ is not int and weight is not None and weight is not UNSET:
        weight = _read_weight(cls, d)

    return {
        "source": source,
        "analysis_item_id": analysis_item_id,
        "version_id": version_id,
        "additional_version_ids": additional_version_ids,
        "scope": scope,
        "weight": weight,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AttachedUserEvaluationRef,
    _all_fields,
    {
        "source": _read_source,
        "analysis_item_id": _read_analysis_item_id,
        "version_id": _read_version_id,
        "additional_version_ids": _read_additional_version_ids,
        "scope": _read_scope,
        "weight": _read_weight,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
