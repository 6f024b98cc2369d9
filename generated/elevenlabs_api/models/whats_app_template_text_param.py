from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WhatsAppTemplateTextParam")


@_attrs_define
class WhatsAppTemplateTextParam:
    """Attributes:
    text (str):
    parameter_name (None | str | Unset):
    type_ (Literal['text'] | Unset):  Default: 'text'.
    """

    text: str

    parameter_name: None | str | Unset = UNSET

    type_: Literal["text"] | Unset = "text"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "text")

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        parameter_name: Any
        try:
            parameter_name = self.parameter_name

        except (AttributeError, TypeError):
            parameter_name = self.parameter_name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if parameter_name is not UNSET:
            field_dict["parameter_name"] = parameter_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["text"] | Unset, type__raw)
        if type_ != "text" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'text', got '{type_}'")

        text = d.pop("text", MISSING)
        if text.__class__ is not str:
            if text is MISSING:
                text = missing_field(cls, "text")
                _missing += ("text",)
            else:
                text = unexpected_type(cls, "text", text, "a string")

        parameter_name = d.pop("parameter_name", UNSET)
        if parameter_name.__class__ is not str and parameter_name is not None and parameter_name is not UNSET:
            parameter_name = unexpected_type(cls, "parameter_name", parameter_name, "a string or null")

        whats_app_template_text_param = cls(
            text=text,
            parameter_name=parameter_name,
            type_=type_,
        )
        if _missing:
            whats_app_template_text_param._missing_fields = _missing
        whats_app_template_text_param.additional_properties = d
        return whats_app_template_text_param

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
