from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BatchCallWhatsAppParams")


@_attrs_define
class BatchCallWhatsAppParams:
    """Attributes:
    whatsapp_call_permission_request_template_name (str):
    whatsapp_call_permission_request_template_language_code (str):
    whatsapp_phone_number_id (None | str | Unset):
    """

    whatsapp_call_permission_request_template_name: str

    whatsapp_call_permission_request_template_language_code: str

    whatsapp_phone_number_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        whatsapp_call_permission_request_template_name = self.whatsapp_call_permission_request_template_name

        whatsapp_call_permission_request_template_language_code = (
            self.whatsapp_call_permission_request_template_language_code
        )

        whatsapp_phone_number_id: Any
        try:
            whatsapp_phone_number_id = self.whatsapp_phone_number_id

        except (AttributeError, TypeError):
            whatsapp_phone_number_id = self.whatsapp_phone_number_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if (
            whatsapp_call_permission_request_template_name is not None
            or "whatsapp_call_permission_request_template_name" not in self._missing_fields
        ):
            field_dict["whatsapp_call_permission_request_template_name"] = (
                whatsapp_call_permission_request_template_name
            )
        if (
            whatsapp_call_permission_request_template_language_code is not None
            or "whatsapp_call_permission_request_template_language_code" not in self._missing_fields
        ):
            field_dict["whatsapp_call_permission_request_template_language_code"] = (
                whatsapp_call_permission_request_template_language_code
            )
        if whatsapp_phone_number_id is not UNSET:
            field_dict["whatsapp_phone_number_id"] = whatsapp_phone_number_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        whatsapp_call_permission_request_template_name = d.pop(
            "whatsapp_call_permission_request_template_name", MISSING
        )
        if whatsapp_call_permission_request_template_name.__class__ is not str:
            if whatsapp_call_permission_request_template_name is MISSING:
                whatsapp_call_permission_request_template_name = missing_field(
                    cls, "whatsapp_call_permission_request_template_name"
                )
                _missing += ("whatsapp_call_permission_request_template_name",)
            else:
                whatsapp_call_permission_request_template_name = unexpected_type(
                    cls,
                    "whatsapp_call_permission_request_template_name",
                    whatsapp_call_permission_request_template_name,
                    "a string",
                )

        whatsapp_call_permission_request_template_language_code = d.pop(
            "whatsapp_call_permission_request_template_language_code", MISSING
        )
        if whatsapp_call_permission_request_template_language_code.__class__ is not str:
            if whatsapp_call_permission_request_template_language_code is MISSING:
                whatsapp_call_permission_request_template_language_code = missing_field(
                    cls, "whatsapp_call_permission_request_template_language_code"
                )
                _missing += ("whatsapp_call_permission_request_template_language_code",)
            else:
                whatsapp_call_permission_request_template_language_code = unexpected_type(
                    cls,
                    "whatsapp_call_permission_request_template_language_code",
                    whatsapp_call_permission_request_template_language_code,
                    "a string",
                )

        whatsapp_phone_number_id = d.pop("whatsapp_phone_number_id", UNSET)
        if (
            whatsapp_phone_number_id.__class__ is not str
            and whatsapp_phone_number_id is not None
            and whatsapp_phone_number_id is not UNSET
        ):
            whatsapp_phone_number_id = unexpected_type(
                cls, "whatsapp_phone_number_id", whatsapp_phone_number_id, "a string or null"
            )

        batch_call_whats_app_params = cls(
            whatsapp_call_permission_request_template_name=whatsapp_call_permission_request_template_name,
            whatsapp_call_permission_request_template_language_code=whatsapp_call_permission_request_template_language_code,
            whatsapp_phone_number_id=whatsapp_phone_number_id,
        )
        if _missing:
            batch_call_whats_app_params._missing_fields = _missing
        batch_call_whats_app_params.additional_properties = d
        return batch_call_whats_app_params

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
