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
    parse_strictly,
)

T = TypeVar("T", bound="WhatsAppTemplateHeaderComponentParams")


@_attrs_define
class WhatsAppTemplateHeaderComponentParams:
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

    type_: Literal["header"] | Unset = "header"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "header")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["header"] | Unset, type__raw)
        if type_ != "header" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'header', got '{type_}'")

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

        whats_app_template_header_component_params = cls(
            parameters=parameters,
            type_=type_,
        )
        if _missing:
            whats_app_template_header_component_params._missing_fields = _missing
        whats_app_template_header_component_params.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.whats_app_template_document_param import WhatsAppTemplateDocumentParam
from ..models.whats_app_template_image_param import WhatsAppTemplateImageParam
from ..models.whats_app_template_location_param import WhatsAppTemplateLocationParam
from ..models.whats_app_template_text_param import WhatsAppTemplateTextParam
