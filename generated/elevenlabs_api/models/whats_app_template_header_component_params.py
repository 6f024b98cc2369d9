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
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WhatsAppTemplateHeaderComponentParams")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WhatsAppTemplateHeaderComponentParams(Lazy):
    """Attributes:
    parameters (list[WhatsAppTemplateDocumentParam | WhatsAppTemplateImageParam | WhatsAppTemplateLocationParam |
        WhatsAppTemplateTextParam]):
    type_ (Literal['header'] | Unset):  Default: 'header'.
    """

    parameters: list[
        WhatsAppTemplateDocumentParam
        | WhatsAppTemplateImageParam
        | WhatsAppTemplateLocationParam
        | WhatsAppTemplateTextParam
    ]

    type_: Literal["header"] | Unset = _attrs_field(
        default="header",
        kw_only=True,
        alias="type",
        validator=types.tag("WhatsAppTemplateHeaderComponentParams", "type", "header"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("parameters",)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "header")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        parameters: Any
        try:
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item: dict[str, Any]
                if (
                    isinstance(parameters_item_data, WhatsAppTemplateTextParam)
                    or isinstance(parameters_item_data, WhatsAppTemplateImageParam)
                    or isinstance(parameters_item_data, WhatsAppTemplateDocumentParam)
                    or isinstance(parameters_item_data, WhatsAppTemplateLocationParam)
                ):
                    parameters_item = parameters_item_data.to_dict()
                else:
                    parameters_item = parameters_item_data

                parameters.append(parameters_item)

        except (AttributeError, TypeError):
            parameters = self.parameters

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if parameters is not None or "parameters" not in self._missing_fields:
            field_dict["parameters"] = parameters
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
        whats_app_template_header_component_params = cls.__new__(cls)
        whats_app_template_header_component_params.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return whats_app_template_header_component_params

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


def _read_type_(cls: type[WhatsAppTemplateHeaderComponentParams], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["header"] | Unset, type__raw)
    if type_ != "header" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'header', got '{type_}'")

    return type_


def _read_parameters(cls: type[WhatsAppTemplateHeaderComponentParams], d: Mapping[str, Any]) -> Any:
    parameters_raw = d.get("parameters", MISSING)
    if parameters_raw is MISSING:
        parameters = missing_field(cls, "parameters")
    else:
        try:
            expect_array("parameters", parameters_raw)
            parameters = []
            _parameters = parameters_raw
            for parameters_item_data in _parameters:

                def _parse_parameters_item(
                    data: object,
                ) -> (
                    WhatsAppTemplateDocumentParam
                    | WhatsAppTemplateImageParam
                    | WhatsAppTemplateLocationParam
                    | WhatsAppTemplateTextParam
                ):
                    return parse_strictly(_parse_parameters_item_member, data)

                def _parse_parameters_item_member(
                    data: object,
                ) -> (
                    WhatsAppTemplateDocumentParam
                    | WhatsAppTemplateImageParam
                    | WhatsAppTemplateLocationParam
                    | WhatsAppTemplateTextParam
                ):
                    if isinstance(data, dict):
                        for known in (
                            WhatsAppTemplateTextParam,
                            WhatsAppTemplateImageParam,
                            WhatsAppTemplateDocumentParam,
                            WhatsAppTemplateLocationParam,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        parameters_item_type_0 = WhatsAppTemplateTextParam.from_dict(data)

                        return parameters_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        parameters_item_type_1 = WhatsAppTemplateImageParam.from_dict(data)

                        return parameters_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        parameters_item_type_2 = WhatsAppTemplateDocumentParam.from_dict(data)

                        return parameters_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    parameters_item_type_3 = WhatsAppTemplateLocationParam.from_dict(data)

                    return parameters_item_type_3

                parameters_item = _parse_parameters_item(parameters_item_data)

                parameters.append(parameters_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            parameters = deviating_field(cls, "parameters", parameters_raw)

    return parameters


_FIELDS: frozenset[str] = frozenset(
    (
        "parameters",
        "type",
    )
)


def _read_additional_properties(
    cls: type[WhatsAppTemplateHeaderComponentParams], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WhatsAppTemplateHeaderComponentParams], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    if "parameters" in known:
        parameters = known["parameters"]
    else:
        parameters = _read_parameters(cls, d)

    return {
        "parameters": parameters,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateHeaderComponentParams, type_="type")

set_readers(
    WhatsAppTemplateHeaderComponentParams,
    _all_fields,
    {
        "parameters": _read_parameters,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.whats_app_template_document_param import WhatsAppTemplateDocumentParam
from ..models.whats_app_template_image_param import WhatsAppTemplateImageParam
from ..models.whats_app_template_location_param import WhatsAppTemplateLocationParam
from ..models.whats_app_template_text_param import WhatsAppTemplateTextParam
