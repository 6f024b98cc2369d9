from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WhatsAppTemplateLocationParam")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WhatsAppTemplateLocationParam(Lazy):
    """Attributes:
    location (WhatsAppTemplateLocationParamDetails):
    type_ (Literal['location'] | Unset):  Default: 'location'.
    """

    location: WhatsAppTemplateLocationParamDetails

    type_: Literal["location"] | Unset = _attrs_field(
        default="location",
        kw_only=True,
        alias="type",
        validator=types.tag("WhatsAppTemplateLocationParam", "type", "location"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("location",)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "location")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        location: Any
        try:
            location = self.location.to_dict()
        except (AttributeError, TypeError):
            location = self.location

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if location is not None or "location" not in self._missing_fields:
            field_dict["location"] = location
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        whats_app_template_location_param = cls.__new__(cls)
        whats_app_template_location_param.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return whats_app_template_location_param

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


def _read_type_(cls: type[WhatsAppTemplateLocationParam], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["location"] | Unset, type__raw)
    if type_ != "location" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'location', got '{type_}'")

    return type_


def _read_location(cls: type[WhatsAppTemplateLocationParam], d: Mapping[str, Any]) -> Any:
    location_raw = d.get("location", MISSING)
    if location_raw is MISSING:
        location = missing_field(cls, "location")
    else:
        try:
            location = WhatsAppTemplateLocationParamDetails.from_dict(location_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            location = deviating_field(cls, "location", location_raw)

    return location


_FIELDS: frozenset[str] = frozenset(
    (
        "location",
        "type",
    )
)


def _read_additional_properties(cls: type[WhatsAppTemplateLocationParam], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WhatsAppTemplateLocationParam], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    if "location" in known:
        location = known["location"]
    else:
        location = _read_location(cls, d)

    return {
        "location": location,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateLocationParam, type_="type")

set_readers(
    WhatsAppTemplateLocationParam,
    _all_fields,
    {
        "location": _read_location,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.whats_app_template_location_param_details import WhatsAppTemplateLocationParamDetails
