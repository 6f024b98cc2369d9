from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

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

T = TypeVar("T", bound="WhatsAppTemplateButtonComponentParams")


@_attrs_define
class WhatsAppTemplateButtonComponentParams:
    """Attributes:
    parameters (list[WhatsAppTemplateTextParam]):
    index (int):
    sub_type (str):
    type_ (Literal['button'] | Unset):  Default: 'button'.
    """

    parameters: list[WhatsAppTemplateTextParam]

    index: int

    sub_type: str

    type_: Literal["button"] | Unset = "button"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "button")

    def to_dict(self) -> dict[str, Any]:
        parameters: Any
        try:
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        except (AttributeError, TypeError):
            parameters = self.parameters

        index = self.index

        sub_type = self.sub_type

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if parameters is not None or "parameters" not in self._missing_fields:
            field_dict["parameters"] = parameters
        if index is not None or "index" not in self._missing_fields:
            field_dict["index"] = index
        if sub_type is not None or "sub_type" not in self._missing_fields:
            field_dict["sub_type"] = sub_type
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
        type_ = cast(Literal["button"] | Unset, type__raw)
        if type_ != "button" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'button', got '{type_}'")

        parameters_raw = d.pop("parameters", MISSING)
        if parameters_raw is MISSING:
            parameters = missing_field(cls, "parameters")
            _missing += ("parameters",)
        else:
            try:
                expect_array("parameters", parameters_raw)
                parameters = []
                _parameters = parameters_raw
                for parameters_item_data in _parameters:
                    parameters_item = WhatsAppTemplateTextParam.from_dict(parameters_item_data)

                    parameters.append(parameters_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                parameters = deviating_field(cls, "parameters", parameters_raw)

        index = d.pop("index", MISSING)
        if index.__class__ is not int:
            if index is MISSING:
                index = missing_field(cls, "index")
                _missing += ("index",)
            else:
                index = unexpected_type(cls, "index", index, "an integer")

        sub_type = d.pop("sub_type", MISSING)
        if sub_type.__class__ is not str:
            if sub_type is MISSING:
                sub_type = missing_field(cls, "sub_type")
                _missing += ("sub_type",)
            else:
                sub_type = unexpected_type(cls, "sub_type", sub_type, "a string")

        whats_app_template_button_component_params = cls(
            parameters=parameters,
            index=index,
            sub_type=sub_type,
            type_=type_,
        )
        if _missing:
            whats_app_template_button_component_params._missing_fields = _missing
        whats_app_template_button_component_params.additional_properties = d
        return whats_app_template_button_component_params

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
from ..models.whats_app_template_text_param import WhatsAppTemplateTextParam
