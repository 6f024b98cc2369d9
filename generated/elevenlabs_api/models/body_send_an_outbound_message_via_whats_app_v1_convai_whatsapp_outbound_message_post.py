from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, INT, NULL, STR, AdditionalProperties, Field, Lazy, const, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost(Lazy, AdditionalProperties[Any]):
    whatsapp_phone_number_id: str

    whatsapp_user_id: str

    template_name: str

    template_language_code: str

    template_params: list[
        WhatsAppTemplateBodyComponentParams
        | WhatsAppTemplateButtonComponentParams
        | WhatsAppTemplateHeaderComponentParams
    ]

    agent_id: str

    conversation_initiation_client_data: ConversationInitiationClientDataRequestInput | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("whatsapp_phone_number_id", "whatsapp_phone_number_id", STR, required=True),
        Field("whatsapp_user_id", "whatsapp_user_id", STR, required=True),
        Field("template_name", "template_name", STR, required=True),
        Field("template_language_code", "template_language_code", STR, required=True),
        Field(
            "template_params",
            "template_params",
            list_of(
                union(
                    object_of("WhatsAppTemplateHeaderComponentParams"),
                    object_of("WhatsAppTemplateBodyComponentParams"),
                    object_of("WhatsAppTemplateButtonComponentParams"),
                )
            ),
            required=True,
        ),
        Field("agent_id", "agent_id", STR, required=True),
        Field(
            "conversation_initiation_client_data",
            "conversation_initiation_client_data",
            union(object_of("ConversationInitiationClientDataRequestInput"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WhatsAppTemplateBodyComponentParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'body'.
    """

    parameters: list[WhatsAppTemplateTextParam]

    type_: Literal["body"] | Unset = _attrs_field(
        default="body",
        kw_only=True,
        alias="type",
        validator=types.tag("WhatsAppTemplateBodyComponentParams", "type", "body"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("parameters", "parameters", list_of(object_of("WhatsAppTemplateTextParam")), required=True),
        Field("type_", "type", const("body")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateBodyComponentParams, type_="type")


@_attrs_define(slots=False)
class WhatsAppTemplateButtonComponentParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'button'.
    """

    parameters: list[WhatsAppTemplateTextParam]

    index: int

    sub_type: str

    type_: Literal["button"] | Unset = _attrs_field(
        default="button",
        kw_only=True,
        alias="type",
        validator=types.tag("WhatsAppTemplateButtonComponentParams", "type", "button"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("parameters", "parameters", list_of(object_of("WhatsAppTemplateTextParam")), required=True),
        Field("index", "index", INT, required=True),
        Field("sub_type", "sub_type", STR, required=True),
        Field("type_", "type", const("button")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateButtonComponentParams, type_="type")


@_attrs_define(slots=False)
class WhatsAppTemplateDocumentParam(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'document'.
    """

    document: WhatsAppTemplateDocumentParamDetails

    type_: Literal["document"] | Unset = _attrs_field(
        default="document",
        kw_only=True,
        alias="type",
        validator=types.tag("WhatsAppTemplateDocumentParam", "type", "document"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("document", "document", object_of("WhatsAppTemplateDocumentParamDetails"), required=True),
        Field("type_", "type", const("document")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateDocumentParam, type_="type")


@_attrs_define(slots=False)
class WhatsAppTemplateDocumentParamDetails(Lazy, AdditionalProperties[Any]):
    link: str

    filename: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("link", "link", STR, required=True),
        Field("filename", "filename", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WhatsAppTemplateHeaderComponentParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'header'.
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "parameters",
            "parameters",
            list_of(
                union(
                    object_of("WhatsAppTemplateTextParam"),
                    object_of("WhatsAppTemplateImageParam"),
                    object_of("WhatsAppTemplateDocumentParam"),
                    object_of("WhatsAppTemplateLocationParam"),
                )
            ),
            required=True,
        ),
        Field("type_", "type", const("header")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateHeaderComponentParams, type_="type")


@_attrs_define(slots=False)
class WhatsAppTemplateImageParam(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'image'.
    """

    image: WhatsAppTemplateImageParamDetails

    type_: Literal["image"] | Unset = _attrs_field(
        default="image",
        kw_only=True,
        alias="type",
        validator=types.tag("WhatsAppTemplateImageParam", "type", "image"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("image", "image", object_of("WhatsAppTemplateImageParamDetails"), required=True),
        Field("type_", "type", const("image")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateImageParam, type_="type")


@_attrs_define(slots=False)
class WhatsAppTemplateImageParamDetails(Lazy, AdditionalProperties[Any]):
    link: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("link", "link", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WhatsAppTemplateLocationParam(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'location'.
    """

    location: WhatsAppTemplateLocationParamDetails

    type_: Literal["location"] | Unset = _attrs_field(
        default="location",
        kw_only=True,
        alias="type",
        validator=types.tag("WhatsAppTemplateLocationParam", "type", "location"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("location", "location", object_of("WhatsAppTemplateLocationParamDetails"), required=True),
        Field("type_", "type", const("location")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateLocationParam, type_="type")


@_attrs_define(slots=False)
class WhatsAppTemplateLocationParamDetails(Lazy, AdditionalProperties[Any]):
    latitude: str

    longitude: str

    name: str

    address: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("latitude", "latitude", STR, required=True),
        Field("longitude", "longitude", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("address", "address", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_request_input import ConversationInitiationClientDataRequestInput
from ..models.whats_app_template_text_param import WhatsAppTemplateTextParam
