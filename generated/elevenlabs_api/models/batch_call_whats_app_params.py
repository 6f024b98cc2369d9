from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BatchCallWhatsAppParams")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BatchCallWhatsAppParams(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "whatsapp_call_permission_request_template_name",
        "whatsapp_call_permission_request_template_language_code",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        batch_call_whats_app_params = cls.__new__(cls)
        batch_call_whats_app_params.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_whatsapp_call_permission_request_template_name = plain_reader(
    "whatsapp_call_permission_request_template_name", (str,), "a string", True
)

_read_whatsapp_call_permission_request_template_language_code = plain_reader(
    "whatsapp_call_permission_request_template_language_code", (str,), "a string", True
)

_read_whatsapp_phone_number_id = plain_reader(
    "whatsapp_phone_number_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "whatsapp_call_permission_request_template_name",
        "whatsapp_call_permission_request_template_language_code",
        "whatsapp_phone_number_id",
    )
)


def _read_additional_properties(cls: type[BatchCallWhatsAppParams], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[BatchCallWhatsAppParams], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    whatsapp_call_permission_request_template_name = d.get("whatsapp_call_permission_request_template_name", MISSING)
    if whatsapp_call_permission_request_template_name.__class__ is not str:
        whatsapp_call_permission_request_template_name = _read_whatsapp_call_permission_request_template_name(cls, d)

    whatsapp_call_permission_request_template_language_code = d.get(
        "whatsapp_call_permission_request_template_language_code", MISSING
    )
    if whatsapp_call_permission_request_template_language_code.__class__ is not str:
        whatsapp_call_permission_request_template_language_code = (
            _read_whatsapp_call_permission_request_template_language_code(cls, d)
        )

    whatsapp_phone_number_id = d.get("whatsapp_phone_number_id", UNSET)
    if (
        whatsapp_phone_number_id.__class__ is not str
        and whatsapp_phone_number_id is not None
        and whatsapp_phone_number_id is not UNSET
    ):
        whatsapp_phone_number_id = _read_whatsapp_phone_number_id(cls, d)

    return {
        "whatsapp_call_permission_request_template_name": whatsapp_call_permission_request_template_name,
        "whatsapp_call_permission_request_template_language_code": whatsapp_call_permission_request_template_language_code,
        "whatsapp_phone_number_id": whatsapp_phone_number_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BatchCallWhatsAppParams,
    _all_fields,
    {
        "whatsapp_call_permission_request_template_name": _read_whatsapp_call_permission_request_template_name,
        "whatsapp_call_permission_request_template_language_code": _read_whatsapp_call_permission_request_template_language_code,
        "whatsapp_phone_number_id": _read_whatsapp_phone_number_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
