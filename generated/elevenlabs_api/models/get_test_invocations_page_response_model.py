from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetTestInvocationsPageResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetTestInvocationsPageResponseModel(Lazy):
    """Attributes:
    results (list[TestInvocationSummaryResponseModel]):
    has_more (bool): Whether there are more results available
    meta (ListResponseMeta | Unset):
    next_cursor (None | str | Unset): Cursor for the next page of results
    """

    results: list[TestInvocationSummaryResponseModel]

    has_more: bool

    meta: ListResponseMeta | Unset = UNSET

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "results",
        "has_more",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        results: Any
        try:
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        except (AttributeError, TypeError):
            results = self.results

        has_more = self.has_more

        meta: Any
        try:
            meta = UNSET
            if not isinstance(self.meta, Unset):
                meta = self.meta.to_dict()
        except (AttributeError, TypeError):
            meta = self.meta

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if results is not None or "results" not in self._missing_fields:
            field_dict["results"] = results
        if has_more is not None or "has_more" not in self._missing_fields:
            field_dict["has_more"] = has_more
        if meta is not UNSET:
            field_dict["meta"] = meta
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_test_invocations_page_response_model = cls.__new__(cls)
        get_test_invocations_page_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_test_invocations_page_response_model

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


def _read_results(cls: type[GetTestInvocationsPageResponseModel], d: Mapping[str, Any]) -> Any:
    results_raw = d.get("results", MISSING)
    if results_raw is MISSING:
        results = missing_field(cls, "results")
    else:
        try:
            expect_array("results", results_raw)
            results = []
            _results = results_raw
            for results_item_data in _results:
                results_item = TestInvocationSummaryResponseModel.from_dict(results_item_data)

                results.append(results_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            results = deviating_field(cls, "results", results_raw)

    return results


_read_has_more = plain_reader("has_more", (bool,), "a boolean", True)


def _read_meta(cls: type[GetTestInvocationsPageResponseModel], d: Mapping[str, Any]) -> Any:
    meta_raw = d.get("meta", UNSET)
    try:
        _meta = meta_raw
        meta: ListResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ListResponseMeta.from_dict(_meta)
    except (KeyError, TypeError, ValueError, AttributeError):
        meta = deviating_field(cls, "meta", meta_raw)

    return meta


_read_next_cursor = plain_reader(
    "next_cursor",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "results",
        "has_more",
        "meta",
        "next_cursor",
    )
)


def _read_additional_properties(cls: type[GetTestInvocationsPageResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetTestInvocationsPageResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "results" in known:
        results = known["results"]
    else:
        results = _read_results(cls, d)

    has_more = d.get("has_more", MISSING)
    if has_more.__class__ is not bool:
        has_more = _read_has_more(cls, d)

    if "meta" in known:
        meta = known["meta"]
    else:
        meta = d.get("meta", UNSET)
        if meta is not UNSET:
            meta = _read_meta(cls, d)

    next_cursor = d.get("next_cursor", UNSET)
    if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
        next_cursor = _read_next_cursor(cls, d)

    return {
        "results": results,
        "has_more": has_more,
        "meta": meta,
        "next_cursor": next_cursor,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetTestInvocationsPageResponseModel,
    _all_fields,
    {
        "results": _read_results,
        "has_more": _read_has_more,
        "meta": _read_meta,
        "next_cursor": _read_next_cursor,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.list_response_meta import ListResponseMeta
from ..models.test_invocation_summary_response_model import TestInvocationSummaryResponseModel
