from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    MediaCodec,
    SipMediaEncryptionEnum,
    SipTrunkTransportEnum,
    check_media_codec,
    check_sip_media_encryption_enum,
    check_sip_trunk_transport_enum,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="OutboundSipTrunkConfigRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class OutboundSipTrunkConfigRequestModel(Lazy):
    """Attributes:
    address (str): Hostname or IP the SIP INVITE is sent to.
    transport (SipTrunkTransportEnum | Unset):
    media_encryption (SipMediaEncryptionEnum | Unset):
    headers (OutboundSipTrunkConfigRequestModelHeaders | Unset): SIP X-* headers for INVITE request. These headers
        are sent as-is and may help identify this call.
    attributes_to_headers (OutboundSipTrunkConfigRequestModelAttributesToHeaders | Unset): Map of dynamic variable
        name to header name for attributes_to_headers
    credentials (None | SipTrunkCredentialsRequestModel | Unset): Optional digest authentication credentials
        (username/password). If not provided, ACL authentication is assumed.
    enabled_codecs (list[MediaCodec] | Unset): Media codecs that should be offered in the SDP for outbound calls. If
        empty, all supported codecs are offered.
    """

    address: str

    transport: SipTrunkTransportEnum | Unset = UNSET

    media_encryption: SipMediaEncryptionEnum | Unset = UNSET

    headers: OutboundSipTrunkConfigRequestModelHeaders | Unset = UNSET

    attributes_to_headers: OutboundSipTrunkConfigRequestModelAttributesToHeaders | Unset = UNSET

    credentials: None | SipTrunkCredentialsRequestModel | Unset = UNSET

    enabled_codecs: list[MediaCodec] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("address",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        address = self.address

        transport: Any
        try:
            transport = UNSET
            if not isinstance(self.transport, Unset):
                transport = self.transport

        except (AttributeError, TypeError):
            transport = self.transport

        media_encryption: Any
        try:
            media_encryption = UNSET
            if not isinstance(self.media_encryption, Unset):
                media_encryption = self.media_encryption

        except (AttributeError, TypeError):
            media_encryption = self.media_encryption

        headers: Any
        try:
            headers = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()
        except (AttributeError, TypeError):
            headers = self.headers

        attributes_to_headers: Any
        try:
            attributes_to_headers = UNSET
            if not isinstance(self.attributes_to_headers, Unset):
                attributes_to_headers = self.attributes_to_headers.to_dict()
        except (AttributeError, TypeError):
            attributes_to_headers = self.attributes_to_headers

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

        enabled_codecs: Any
        try:
            enabled_codecs = UNSET
            if not isinstance(self.enabled_codecs, Unset):
                enabled_codecs = []
                for enabled_codecs_item_data in self.enabled_codecs:
                    enabled_codecs_item: str = enabled_codecs_item_data
                    enabled_codecs.append(enabled_codecs_item)

        except (AttributeError, TypeError):
            enabled_codecs = self.enabled_codecs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if address is not None or "address" not in self._missing_fields:
            field_dict["address"] = address
        if transport is not UNSET:
            field_dict["transport"] = transport
        if media_encryption is not UNSET:
            field_dict["media_encryption"] = media_encryption
        if headers is not UNSET:
            field_dict["headers"] = headers
        if attributes_to_headers is not UNSET:
            field_dict["attributes_to_headers"] = attributes_to_headers
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if enabled_codecs is not UNSET:
            field_dict["enabled_codecs"] = enabled_codecs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        outbound_sip_trunk_config_request_model = cls.__new__(cls)
        outbound_sip_trunk_config_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return outbound_sip_trunk_config_request_model

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


_read_address = plain_reader("address", (str,), "a string", True)


def _read_transport(cls: type[OutboundSipTrunkConfigRequestModel], d: Mapping[str, Any]) -> Any:
    transport_raw = d.get("transport", UNSET)
    try:
        _transport = transport_raw
        transport: SipTrunkTransportEnum | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = check_sip_trunk_transport_enum(_transport)
    except (KeyError, TypeError, ValueError, AttributeError):
        transport = deviating_field(cls, "transport", transport_raw)

    return transport


def _read_media_encryption(cls: type[OutboundSipTrunkConfigRequestModel], d: Mapping[str, Any]) -> Any:
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


def _read_headers(cls: type[OutboundSipTrunkConfigRequestModel], d: Mapping[str, Any]) -> Any:
    headers_raw = d.get("headers", UNSET)
    try:
        _headers = headers_raw
        headers: OutboundSipTrunkConfigRequestModelHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = OutboundSipTrunkConfigRequestModelHeaders.from_dict(_headers)
    except (KeyError, TypeError, ValueError, AttributeError):
        headers = deviating_field(cls, "headers", headers_raw)

    return headers


def _read_attributes_to_headers(cls: type[OutboundSipTrunkConfigRequestModel], d: Mapping[str, Any]) -> Any:
    attributes_to_headers_raw = d.get("attributes_to_headers", UNSET)
    try:
        _attributes_to_headers = attributes_to_headers_raw
        attributes_to_headers: OutboundSipTrunkConfigRequestModelAttributesToHeaders | Unset
        if isinstance(_attributes_to_headers, Unset):
            attributes_to_headers = UNSET
        else:
            attributes_to_headers = OutboundSipTrunkConfigRequestModelAttributesToHeaders.from_dict(
                _attributes_to_headers
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        attributes_to_headers = deviating_field(cls, "attributes_to_headers", attributes_to_headers_raw)

    return attributes_to_headers


def _read_credentials(cls: type[OutboundSipTrunkConfigRequestModel], d: Mapping[str, Any]) -> Any:
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


def _read_enabled_codecs(cls: type[OutboundSipTrunkConfigRequestModel], d: Mapping[str, Any]) -> Any:
    enabled_codecs_raw = d.get("enabled_codecs", UNSET)
    try:
        expect_array("enabled_codecs", enabled_codecs_raw)
        _enabled_codecs = enabled_codecs_raw
        enabled_codecs: list[MediaCodec] | Unset = UNSET
        if _enabled_codecs is not UNSET:
            enabled_codecs = []
            for enabled_codecs_item_data in _enabled_codecs:
                enabled_codecs_item = check_media_codec(enabled_codecs_item_data)

                enabled_codecs.append(enabled_codecs_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        enabled_codecs = deviating_field(cls, "enabled_codecs", enabled_codecs_raw)

    return enabled_codecs


_FIELDS: frozenset[str] = frozenset(
    (
        "address",
        "transport",
        "media_encryption",
        "headers",
        "attributes_to_headers",
        "credentials",
        "enabled_codecs",
    )
)


def _read_additional_properties(cls: type[OutboundSipTrunkConfigRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[OutboundSipTrunkConfigRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    address = d.get("address", MISSING)
    if address.__class__ is not str:
        address = _read_address(cls, d)

    if "transport" in known:
        transport = known["transport"]
    else:
        transport = d.get("transport", UNSET)
        if transport is not UNSET:
            transport = _read_transport(cls, d)

    if "media_encryption" in known:
        media_encryption = known["media_encryption"]
    else:
        media_encryption = d.get("media_encryption", UNSET)
        if media_encryption is not UNSET:
            media_encryption = _read_media_encryption(cls, d)

    if "headers" in known:
        headers = known["headers"]
    else:
        headers = d.get("headers", UNSET)
        if headers is not UNSET:
            headers = _read_headers(cls, d)

    if "attributes_to_headers" in known:
        attributes_to_headers = known["attributes_to_headers"]
    else:
        attributes_to_headers = d.get("attributes_to_headers", UNSET)
        if attributes_to_headers is not UNSET:
            attributes_to_headers = _read_attributes_to_headers(cls, d)

    if "credentials" in known:
        credentials = known["credentials"]
    else:
        credentials = d.get("credentials", UNSET)
        if credentials is not UNSET and credentials is not None:
            credentials = _read_credentials(cls, d)

    if "enabled_codecs" in known:
        enabled_codecs = known["enabled_codecs"]
    else:
        enabled_codecs = d.get("enabled_codecs", UNSET)
        if enabled_codecs is not UNSET:
            enabled_codecs = _read_enabled_codecs(cls, d)

    return {
        "address": address,
        "transport": transport,
        "media_encryption": media_encryption,
        "headers": headers,
        "attributes_to_headers": attributes_to_headers,
        "credentials": credentials,
        "enabled_codecs": enabled_codecs,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    OutboundSipTrunkConfigRequestModel,
    _all_fields,
    {
        "address": _read_address,
        "transport": _read_transport,
        "media_encryption": _read_media_encryption,
        "headers": _read_headers,
        "attributes_to_headers": _read_attributes_to_headers,
        "credentials": _read_credentials,
        "enabled_codecs": _read_enabled_codecs,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.outbound_sip_trunk_config_request_model_attributes_to_headers import (
    OutboundSipTrunkConfigRequestModelAttributesToHeaders,
)
from ..models.outbound_sip_trunk_config_request_model_headers import OutboundSipTrunkConfigRequestModelHeaders
from ..models.sip_trunk_credentials_request_model import SipTrunkCredentialsRequestModel
