from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SipMediaEncryptionEnum
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetPhoneNumberInboundSipTrunkConfigResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetPhoneNumberInboundSipTrunkConfigResponseModel(Lazy):
    """Attributes:
    allowed_addresses (list[str]): List of IP addresses that are allowed to use the trunk. Each item in the list can
        be an individual IP address or a Classless Inter-Domain Routing notation representing a CIDR block.
    allowed_numbers (list[str] | None): List of phone numbers that are allowed to use the trunk.
    media_encryption (SipMediaEncryptionEnum | str):
    has_auth_credentials (bool): Whether authentication credentials are configured
    username (None | str | Unset): SIP trunk username (if available)
    remote_domains (list[str] | None | Unset): Domains of remote SIP servers used to validate TLS certificates.
    attributes_to_headers (GetPhoneNumberInboundSipTrunkConfigResponseModelAttributesToHeaders | Unset): Map of
        dynamic variable name to header name for attributes_to_headers
    """

    allowed_addresses: list[str]

    allowed_numbers: list[str] | None = _attrs_field(default=None, kw_only=True)

    media_encryption: SipMediaEncryptionEnum | str

    has_auth_credentials: bool

    username: None | str | Unset = UNSET

    remote_domains: list[str] | None | Unset = UNSET

    attributes_to_headers: GetPhoneNumberInboundSipTrunkConfigResponseModelAttributesToHeaders | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "allowed_addresses",
        "allowed_numbers",
        "media_encryption",
        "has_auth_credentials",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        allowed_addresses: Any
        try:
            allowed_addresses = self.allowed_addresses

        except (AttributeError, TypeError):
            allowed_addresses = self.allowed_addresses

        allowed_numbers: Any
        try:
            if isinstance(self.allowed_numbers, list):
                allowed_numbers = self.allowed_numbers

            else:
                allowed_numbers = self.allowed_numbers

        except (AttributeError, TypeError):
            allowed_numbers = self.allowed_numbers

        media_encryption: Any
        try:
            if isinstance(self.media_encryption, str):
                media_encryption = self.media_encryption
            else:
                media_encryption = self.media_encryption

        except (AttributeError, TypeError):
            media_encryption = self.media_encryption

        has_auth_credentials = self.has_auth_credentials

        username: Any
        try:
            username = self.username

        except (AttributeError, TypeError):
            username = self.username

        remote_domains: Any
        try:
            if isinstance(self.remote_domains, Unset):
                remote_domains = UNSET
            elif isinstance(self.remote_domains, list):
                remote_domains = self.remote_domains

            else:
                remote_domains = self.remote_domains

        except (AttributeError, TypeError):
            remote_domains = self.remote_domains

        attributes_to_headers: Any
        try:
            attributes_to_headers = UNSET
            if not isinstance(self.attributes_to_headers, Unset):
                attributes_to_headers = self.attributes_to_headers.to_dict()
        except (AttributeError, TypeError):
            attributes_to_headers = self.attributes_to_headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if allowed_addresses is not None or "allowed_addresses" not in self._missing_fields:
            field_dict["allowed_addresses"] = allowed_addresses
        if allowed_numbers is not None or "allowed_numbers" not in self._missing_fields:
            field_dict["allowed_numbers"] = allowed_numbers
        if media_encryption is not None or "media_encryption" not in self._missing_fields:
            field_dict["media_encryption"] = media_encryption
        if has_auth_credentials is not None or "has_auth_credentials" not in self._missing_fields:
            field_dict["has_auth_credentials"] = has_auth_credentials
        if username is not UNSET:
            field_dict["username"] = username
        if remote_domains is not UNSET:
            field_dict["remote_domains"] = remote_domains
        if attributes_to_headers is not UNSET:
            field_dict["attributes_to_headers"] = attributes_to_headers
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_phone_number_inbound_sip_trunk_config_response_model = cls.__new__(cls)
        get_phone_number_inbound_sip_trunk_config_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_phone_number_inbound_sip_trunk_config_response_model

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


_read_allowed_addresses = plain_reader("allowed_addresses", (list,), "an array", True, ((str,), "a string"))

_read_allowed_numbers = plain_reader(
    "allowed_numbers",
    (
        list,
        type(None),
    ),
    "an array or null",
    True,
    ((str,), "a string"),
)

_read_media_encryption = plain_reader("media_encryption", (str,), "a string", True)

_read_has_auth_credentials = plain_reader("has_auth_credentials", (bool,), "a boolean", True)

_read_username = plain_reader(
    "username",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_remote_domains = plain_reader(
    "remote_domains",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


def _read_attributes_to_headers(
    cls: type[GetPhoneNumberInboundSipTrunkConfigResponseModel], d: Mapping[str, Any]
) -> Any:
    attributes_to_headers_raw = d.get("attributes_to_headers", UNSET)
    try:
        _attributes_to_headers = attributes_to_headers_raw
        attributes_to_headers: GetPhoneNumberInboundSipTrunkConfigResponseModelAttributesToHeaders | Unset
        if isinstance(_attributes_to_headers, Unset):
            attributes_to_headers = UNSET
        else:
            attributes_to_headers = GetPhoneNumberInboundSipTrunkConfigResponseModelAttributesToHeaders.from_dict(
                _attributes_to_headers
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        attributes_to_headers = deviating_field(cls, "attributes_to_headers", attributes_to_headers_raw)

    return attributes_to_headers


_FIELDS: frozenset[str] = frozenset(
    (
        "allowed_addresses",
        "allowed_numbers",
        "media_encryption",
        "has_auth_credentials",
        "username",
        "remote_domains",
        "attributes_to_headers",
    )
)


def _read_additional_properties(
    cls: type[GetPhoneNumberInboundSipTrunkConfigResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetPhoneNumberInboundSipTrunkConfigResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    allowed_addresses = d.get("allowed_addresses", MISSING)
    if allowed_addresses.__class__ is not list:
        allowed_addresses = _read_allowed_addresses(cls, d)
    elif allowed_addresses.__class__ is list and allowed_addresses:
        check_items(cls, "allowed_addresses", allowed_addresses, (str,), "a string")

    allowed_numbers = d.get("allowed_numbers", MISSING)
    if allowed_numbers.__class__ is not list and allowed_numbers is not None:
        allowed_numbers = _read_allowed_numbers(cls, d)
    elif allowed_numbers.__class__ is list and allowed_numbers:
        check_items(cls, "allowed_numbers", allowed_numbers, (str,), "a string")

    media_encryption = d.get("media_encryption", MISSING)
    if media_encryption.__class__ is not str:
        media_encryption = _read_media_encryption(cls, d)

    has_auth_credentials = d.get("has_auth_credentials", MISSING)
    if has_auth_credentials.__class__ is not bool:
        has_auth_credentials = _read_has_auth_credentials(cls, d)

    username = d.get("username", UNSET)
    if username.__class__ is not str and username is not None and username is not UNSET:
        username = _read_username(cls, d)

    remote_domains = d.get("remote_domains", UNSET)
    if remote_domains.__class__ is not list and remote_domains is not None and remote_domains is not UNSET:
        remote_domains = _read_remote_domains(cls, d)
    elif remote_domains.__class__ is list and remote_domains:
        check_items(cls, "remote_domains", remote_domains, (str,), "a string")

    if "attributes_to_headers" in known:
        attributes_to_headers = known["attributes_to_headers"]
    else:
        attributes_to_headers = d.get("attributes_to_headers", UNSET)
        if attributes_to_headers is not UNSET:
            attributes_to_headers = _read_attributes_to_headers(cls, d)

    return {
        "allowed_addresses": allowed_addresses,
        "allowed_numbers": allowed_numbers,
        "media_encryption": media_encryption,
        "has_auth_credentials": has_auth_credentials,
        "username": username,
        "remote_domains": remote_domains,
        "attributes_to_headers": attributes_to_headers,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetPhoneNumberInboundSipTrunkConfigResponseModel,
    _all_fields,
    {
        "allowed_addresses": _read_allowed_addresses,
        "allowed_numbers": _read_allowed_numbers,
        "media_encryption": _read_media_encryption,
        "has_auth_credentials": _read_has_auth_credentials,
        "username": _read_username,
        "remote_domains": _read_remote_domains,
        "attributes_to_headers": _read_attributes_to_headers,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_phone_number_inbound_sip_trunk_config_response_model_attributes_to_headers import (
    GetPhoneNumberInboundSipTrunkConfigResponseModelAttributesToHeaders,
)
