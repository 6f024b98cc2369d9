from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SipMediaEncryptionEnum, check_sip_media_encryption_enum
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="InboundSipTrunkConfigRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class InboundSipTrunkConfigRequestModel(Lazy):
    """Attributes:
    allowed_addresses (list[str] | None | Unset): List of IP addresses that are allowed to use the trunk. Each item
        in the list can be an individual IP address or a Classless Inter-Domain Routing notation representing a CIDR
        block.
    allowed_numbers (list[str] | None | Unset): List of phone numbers that are allowed to use the trunk.
    media_encryption (SipMediaEncryptionEnum | Unset):
    credentials (None | SipTrunkCredentialsRequestModel | Unset): Optional digest authentication credentials
        (username/password).
    remote_domains (list[str] | None | Unset): Domains of remote SIP servers used to validate TLS certificates.
    attributes_to_headers (InboundSipTrunkConfigRequestModelAttributesToHeaders | Unset): Map of dynamic variable
        name to header name for attributes_to_headers
    """

    allowed_addresses: list[str] | None | Unset = UNSET

    allowed_numbers: list[str] | None | Unset = UNSET

    media_encryption: SipMediaEncryptionEnum | Unset = UNSET

    credentials: None | SipTrunkCredentialsRequestModel | Unset = UNSET

    remote_domains: list[str] | None | Unset = UNSET

    attributes_to_headers: InboundSipTrunkConfigRequestModelAttributesToHeaders | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        allowed_addresses: Any
        try:
            if isinstance(self.allowed_addresses, Unset):
                allowed_addresses = UNSET
            elif isinstance(self.allowed_addresses, list):
                allowed_addresses = self.allowed_addresses

            else:
                allowed_addresses = self.allowed_addresses

        except (AttributeError, TypeError):
            allowed_addresses = self.allowed_addresses

        allowed_numbers: Any
        try:
            if isinstance(self.allowed_numbers, Unset):
                allowed_numbers = UNSET
            elif isinstance(self.allowed_numbers, list):
                allowed_numbers = self.allowed_numbers

            else:
                allowed_numbers = self.allowed_numbers

        except (AttributeError, TypeError):
            allowed_numbers = self.allowed_numbers

        media_encryption: Any
        try:
            media_encryption = UNSET
            if not isinstance(self.media_encryption, Unset):
                media_encryption = self.media_encryption

        except (AttributeError, TypeError):
            media_encryption = self.media_encryption

        credentials: Any
        try:
            if isinstance(self.credentials, Unset):
                credentials = UNSET
            elif isinstance(self.credentials, SipTrunkCredentialsRequestModel):
                credentials = self.credentials.to_dict()
            else:
                credentials = self.credentials

        except (AttributeError, TypeError):
            credentials = self.credentials

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
        if allowed_addresses is not UNSET:
            field_dict["allowed_addresses"] = allowed_addresses
        if allowed_numbers is not UNSET:
            field_dict["allowed_numbers"] = allowed_numbers
        if media_encryption is not UNSET:
            field_dict["media_encryption"] = media_encryption
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
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
        inbound_sip_trunk_config_request_model = cls.__new__(cls)
        inbound_sip_trunk_config_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return inbound_sip_trunk_config_request_model

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


_read_allowed_addresses = plain_reader(
    "allowed_addresses",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)

_read_allowed_numbers = plain_reader(
    "allowed_numbers",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


def _read_media_encryption(cls: type[InboundSipTrunkConfigRequestModel], d: Mapping[str, Any]) -> Any:
    media_encryption_raw = d.get("media_encryption", UNSET)
    try:
        _media_encryption = media_encryption_raw
        media_encryption: SipMediaEncryptionEnum | Unset
        if isinstance(_media_encryption, Unset):
            media_encryption = UNSET
        else:
            media_encryption = check_sip_media_encryption_enum(_media_encryption)
    except (KeyError, TypeError, ValueError, AttributeError):
        media_encryption = deviating_field(cls, "media_encryption", media_encryption_raw)

    return media_encryption


def _read_credentials(cls: type[InboundSipTrunkConfigRequestModel], d: Mapping[str, Any]) -> Any:
    credentials_raw = d.get("credentials", UNSET)
    try:

        def _parse_credentials(data: object) -> None | SipTrunkCredentialsRequestModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            credentials_type_0 = SipTrunkCredentialsRequestModel.from_dict(data)

            return credentials_type_0

        credentials = _parse_credentials(credentials_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        credentials = deviating_field(cls, "credentials", credentials_raw)

    return credentials


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


def _read_attributes_to_headers(cls: type[InboundSipTrunkConfigRequestModel], d: Mapping[str, Any]) -> Any:
    attributes_to_headers_raw = d.get("attributes_to_headers", UNSET)
    try:
        _attributes_to_headers = attributes_to_headers_raw
        attributes_to_headers: InboundSipTrunkConfigRequestModelAttributesToHeaders | Unset
        if isinstance(_attributes_to_headers, Unset):
            attributes_to_headers = UNSET
        else:
            attributes_to_headers = InboundSipTrunkConfigRequestModelAttributesToHeaders.from_dict(
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
        "credentials",
        "remote_domains",
        "attributes_to_headers",
    )
)


def _read_additional_properties(cls: type[InboundSipTrunkConfigRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[InboundSipTrunkConfigRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    allowed_addresses = d.get("allowed_addresses", UNSET)
    if allowed_addresses.__class__ is not list and allowed_addresses is not None and allowed_addresses is not UNSET:
        allowed_addresses = _read_allowed_addresses(cls, d)
    elif allowed_addresses.__class__ is list and allowed_addresses:
        check_items(cls, "allowed_addresses", allowed_addresses, (str,), "a string")

    allowed_numbers = d.get("allowed_numbers", UNSET)
    if allowed_numbers.__class__ is not list and allowed_numbers is not None and allowed_numbers is not UNSET:
        allowed_numbers = _read_allowed_numbers(cls, d)
    elif allowed_numbers.__class__ is list and allowed_numbers:
        check_items(cls, "allowed_numbers", allowed_numbers, (str,), "a string")

    if "media_encryption" in known:
        media_encryption = known["media_encryption"]
    else:
        media_encryption = d.get("media_encryption", UNSET)
        if media_encryption is not UNSET:
            media_encryption = _read_media_encryption(cls, d)

    if "credentials" in known:
        credentials = known["credentials"]
    else:
        credentials = d.get("credentials", UNSET)
        if credentials is not UNSET and credentials is not None:
            credentials = _read_credentials(cls, d)

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
        "credentials": credentials,
        "remote_domains": remote_domains,
        "attributes_to_headers": attributes_to_headers,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    InboundSipTrunkConfigRequestModel,
    _all_fields,
    {
        "allowed_addresses": _read_allowed_addresses,
        "allowed_numbers": _read_allowed_numbers,
        "media_encryption": _read_media_encryption,
        "credentials": _read_credentials,
        "remote_domains": _read_remote_domains,
        "attributes_to_headers": _read_attributes_to_headers,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.inbound_sip_trunk_config_request_model_attributes_to_headers import (
    InboundSipTrunkConfigRequestModelAttributesToHeaders,
)
from ..models.sip_trunk_credentials_request_model import SipTrunkCredentialsRequestModel
