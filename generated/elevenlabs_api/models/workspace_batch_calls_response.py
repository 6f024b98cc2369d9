from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WorkspaceBatchCallsResponse")


@_attrs_define
class WorkspaceBatchCallsResponse:
    """Attributes:
    batch_calls (list[BatchCallResponse]):
    next_doc (None | str | Unset): The next document, used to paginate through the batch calls
    has_more (bool | Unset): Whether there are more batch calls to paginate through Default: False.
    """

    batch_calls: list[BatchCallResponse]

    next_doc: None | str | Unset = UNSET

    has_more: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        batch_calls_raw = d.pop("batch_calls", MISSING)
        if batch_calls_raw is MISSING:
            batch_calls = missing_field(cls, "batch_calls")
            _missing += ("batch_calls",)
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

        next_doc = d.pop("next_doc", UNSET)
        if next_doc.__class__ is not str and next_doc is not None and next_doc is not UNSET:
            next_doc = unexpected_type(cls, "next_doc", next_doc, "a string or null")

        has_more = d.pop("has_more", UNSET)
        if has_more.__class__ is not bool and has_more is not UNSET:
            has_more = unexpected_type(cls, "has_more", has_more, "a boolean")

        workspace_batch_calls_response = cls(
            batch_calls=batch_calls,
            next_doc=next_doc,
            has_more=has_more,
        )
        if _missing:
            workspace_batch_calls_response._missing_fields = _missing
        workspace_batch_calls_response.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.batch_call_response import BatchCallResponse
