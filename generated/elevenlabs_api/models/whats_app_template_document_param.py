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
    missing_field,
)

T = TypeVar("T", bound="WhatsAppTemplateDocumentParam")


@_attrs_define
class WhatsAppTemplateDocumentParam:
    """Attributes:
    document (WhatsAppTemplateDocumentParamDetails):
    type_ (Literal['document'] | Unset):  Default: 'document'.
    """

    document: WhatsAppTemplateDocumentParamDetails

    type_: Literal["document"] | Unset = "document"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "document")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["document"] | Unset, type__raw)
        if type_ != "document" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'document', got '{type_}'")

        document_raw = d.pop("document", MISSING)
        if document_raw is MISSING:
            document = missing_field(cls, "document")
            _missing += ("document",)
        else:
            try:
                document = WhatsAppTemplateDocumentParamDetails.from_dict(document_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                document = deviating_field(cls, "document", document_raw)

        whats_app_template_document_param = cls(
            document=document,
            type_=type_,
        )
        if _missing:
            whats_app_template_document_param._missing_fields = _missing
        whats_app_template_document_param.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.whats_app_template_document_param_details import WhatsAppTemplateDocumentParamDetails
