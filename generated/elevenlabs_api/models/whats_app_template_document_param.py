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

T = TypeVar("T", bound="WhatsAppTemplateDocumentParam")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WhatsAppTemplateDocumentParam(Lazy):
    """Attributes:
    document (WhatsAppTemplateDocumentParamDetails):
    type_ (Literal['document'] | Unset):  Default: 'document'.
    """

    document: WhatsAppTemplateDocumentParamDetails

    type_: Literal["document"] | Unset = _attrs_field(
        default="document",
        kw_only=True,
        alias="type",
        validator=types.tag("WhatsAppTemplateDocumentParam", "type", "document"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("document",)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "document")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        document: Any
        try:
            document = self.document.to_dict()
        except (AttributeError, TypeError):
            document = self.document

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if document is not None or "document" not in self._missing_fields:
            field_dict["document"] = document
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
        whats_app_template_document_param = cls.__new__(cls)
        whats_app_template_document_param.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return whats_app_template_document_param

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


def _read_type_(cls: type[WhatsAppTemplateDocumentParam], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["document"] | Unset, type__raw)
    if type_ != "document" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'document', got '{type_}'")

    return type_


def _read_document(cls: type[WhatsAppTemplateDocumentParam], d: Mapping[str, Any]) -> Any:
    document_raw = d.get("document", MISSING)
    if document_raw is MISSING:
        document = missing_field(cls, "document")
    else:
        try:
            document = WhatsAppTemplateDocumentParamDetails.from_dict(document_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            document = deviating_field(cls, "document", document_raw)

    return document


_FIELDS: frozenset[str] = frozenset(
    (
        "document",
        "type",
    )
)


def _read_additional_properties(cls: type[WhatsAppTemplateDocumentParam], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WhatsAppTemplateDocumentParam], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    if "document" in known:
        document = known["document"]
    else:
        document = _read_document(cls, d)

    return {
        "document": document,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WhatsAppTemplateDocumentParam, type_="type")

set_readers(
    WhatsAppTemplateDocumentParam,
    _all_fields,
    {
        "document": _read_document,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.whats_app_template_document_param_details import WhatsAppTemplateDocumentParamDetails
