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

T = TypeVar("T", bound="WorkspaceBatchCallsResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkspaceBatchCallsResponse(Lazy):
    """Attributes:
    batch_calls (list[BatchCallResponse]):
    next_doc (None | str | Unset): The next document, used to paginate through the batch calls
    has_more (bool | Unset): Whether there are more batch calls to paginate through Defaults to False on the server.
    """

    batch_calls: list[BatchCallResponse]

    next_doc: None | str | Unset = UNSET

    has_more: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("batch_calls",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        batch_calls: Any
        try:
            batch_calls = []
            for batch_calls_item_data in self.batch_calls:
                batch_calls_item = batch_calls_item_data.to_dict()
                batch_calls.append(batch_calls_item)

        except (AttributeError, TypeError):
            batch_calls = self.batch_calls

        next_doc: Any
        try:
            next_doc = self.next_doc

        except (AttributeError, TypeError):
            next_doc = self.next_doc

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if batch_calls is not None or "batch_calls" not in self._missing_fields:
            field_dict["batch_calls"] = batch_calls
        if next_doc is not UNSET:
            field_dict["next_doc"] = next_doc
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workspace_batch_calls_response = cls.__new__(cls)
        workspace_batch_calls_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workspace_batch_calls_response

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


def _read_batch_calls(cls: type[WorkspaceBatchCallsResponse], d: Mapping[str, Any]) -> Any:
    batch_calls_raw = d.get("batch_calls", MISSING)
    if batch_calls_raw is MISSING:
        batch_calls = missing_field(cls, "batch_calls")
    else:
        try:
            expect_array("batch_calls", batch_calls_raw)
            batch_calls = []
            _batch_calls = batch_calls_raw
            for batch_calls_item_data in _batch_calls:
                batch_calls_item = BatchCallResponse.from_dict(batch_calls_item_data)

                batch_calls.append(batch_calls_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            batch_calls = deviating_field(cls, "batch_calls", batch_calls_raw)

    return batch_calls


_read_next_doc = plain_reader(
    "next_doc",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_has_more = plain_reader("has_more", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "batch_calls",
        "next_doc",
        "has_more",
    )
)


def _read_additional_properties(cls: type[WorkspaceBatchCallsResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkspaceBatchCallsResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "batch_calls" in known:
        batch_calls = known["batch_calls"]
    else:
        batch_calls = _read_batch_calls(cls, d)

    next_doc = d.get("next_doc", UNSET)
    if next_doc.__class__ is not str and next_doc is not None and next_doc is not UNSET:
        next_doc = _read_next_doc(cls, d)

    has_more = d.get("has_more", UNSET)
    if has_more.__class__ is not bool and has_more is not UNSET:
        has_more = _read_has_more(cls, d)

    return {
        "batch_calls": batch_calls,
        "next_doc": next_doc,
        "has_more": has_more,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkspaceBatchCallsResponse,
    _all_fields,
    {
        "batch_calls": _read_batch_calls,
        "next_doc": _read_next_doc,
        "has_more": _read_has_more,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.batch_call_response import BatchCallResponse
