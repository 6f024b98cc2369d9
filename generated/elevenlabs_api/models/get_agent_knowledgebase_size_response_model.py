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

T = TypeVar("T", bound="GetAgentKnowledgebaseSizeResponseModel")


@_attrs_define
class GetAgentKnowledgebaseSizeResponseModel:
    """Attributes:
    number_of_pages (float):
    """

    number_of_pages: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        number_of_pages = self.number_of_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if number_of_pages is not None or "number_of_pages" not in self._missing_fields:
            field_dict["number_of_pages"] = number_of_pages
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        number_of_pages = d.pop("number_of_pages", MISSING)
        if number_of_pages.__class__ is not float and number_of_pages.__class__ is not int:
            if number_of_pages is MISSING:
                number_of_pages = missing_field(cls, "number_of_pages")
                _missing += ("number_of_pages",)
            else:
                number_of_pages = unexpected_type(cls, "number_of_pages", number_of_pages, "a number")

        get_agent_knowledgebase_size_response_model = cls(
            number_of_pages=number_of_pages,
        )
        if _missing:
            get_agent_knowledgebase_size_response_model._missing_fields = _missing
        get_agent_knowledgebase_size_response_model.additional_properties = d
        return get_agent_knowledgebase_size_response_model

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
