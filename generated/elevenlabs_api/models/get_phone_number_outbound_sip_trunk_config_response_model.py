from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    MediaCodec,
    SipMediaEncryptionEnum,
    SipTrunkTransportEnum,
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

T = TypeVar("T", bound="GetPhoneNumberOutboundSipTrunkConfigResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetPhoneNumberOutboundSipTrunkConfigResponseModel(Lazy):
    """SIP Trunk configuration details for a phone number

    Attributes:
        address (str): Hostname or IP the SIP INVITE is sent to
        transport (SipTrunkTransportEnum | str): Protocol to use for SIP transport
        media_encryption (SipMediaEncryptionEnum | str): Whether or not to encrypt media (data layer).
        has_auth_credentials (bool): Whether authentication credentials are configured
        headers (GetPhoneNumberOutboundSipTrunkConfigResponseModelHeaders | Unset): SIP headers for INVITE request
        attributes_to_headers (GetPhoneNumberOutboundSipTrunkConfigResponseModelAttributesToHeaders | Unset): Map of
            dynamic variable name to header name for attributes_to_headers
        username (None | str | Unset): SIP trunk username (if available)
        has_outbound_trunk (bool | Unset): Whether a LiveKit SIP outbound trunk is configured Defaults to False on the
            server.
        enabled_codecs (list[MediaCodec | str] | Unset): Media codecs that are offered in the SDP for outbound calls. If
            empty, all supported codecs are offered.
    """

    address: str

    transport: SipTrunkTransportEnum | str

    media_encryption: SipMediaEncryptionEnum | str

    has_auth_credentials: bool

    headers: GetPhoneNumberOutboundSipTrunkConfigResponseModelHeaders | Unset = UNSET

    attributes_to_headers: GetPhoneNumberOutboundSipTrunkConfigResponseModelAttributesToHeaders | Unset = UNSET

    username: None | str | Unset = UNSET

    has_outbound_trunk: bool | Unset = UNSET

    enabled_codecs: list[MediaCodec | str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "address",
        "transport",
        "media_encryption",
        "has_auth_credentials",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        address = self.address

        transport: Any
        try:
            if isinstance(self.transport, str):
                transport = self.transport
            else:
                transport = self.transport

        except (AttributeError, TypeError):
            transport = self.transport

        media_encryption: Any
        try:
            if isinstance(self.media_encryption, str):
                media_encryption = self.media_encryption
            else:
                media_encryption = self.media_encryption

        except (AttributeError, TypeError):
            media_encryption = self.media_encryption

        has_auth_credentials = self.has_auth_credentials

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

        username: Any
        try:
            username = self.username

        except (AttributeError, TypeError):
            username = self.username

        has_outbound_trunk = self.has_outbound_trunk

        enabled_codecs: Any
        try:
            enabled_codecs = UNSET
            if not isinstance(self.enabled_codecs, Unset):
                enabled_codecs = []
                for enabled_codecs_item_data in self.enabled_codecs:
                    enabled_codecs_item: str
                    if isinstance(enabled_codecs_item_data, str):
                        enabled_codecs_item = enabled_codecs_item_data
                    else:
                        enabled_codecs_item = enabled_codecs_item_data

                    enabled_codecs.append(enabled_codecs_item)

        except (AttributeError, TypeError):
            enabled_codecs = self.enabled_codecs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if address is not None or "address" not in self._missing_fields:
            field_dict["address"] = address
        if transport is not None or "transport" not in self._missing_fields:
            field_dict["transport"] = transport
        if media_encryption is not None or "media_encryption" not in self._missing_fields:
            field_dict["media_encryption"] = media_encryption
        if has_auth_credentials is not None or "has_auth_credentials" not in self._missing_fields:
            field_dict["has_auth_credentials"] = has_auth_credentials
        if headers is not UNSET:
            field_dict["headers"] = headers
        if attributes_to_headers is not UNSET:
            field_dict["attributes_to_headers"] = attributes_to_headers
        if username is not UNSET:
            field_dict["username"] = username
        if has_outbound_trunk is not UNSET:
            field_dict["has_outbound_trunk"] = has_outbound_trunk
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
        get_phone_number_outbound_sip_trunk_config_response_model = cls.__new__(cls)
        get_phone_number_outbound_sip_trunk_config_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_phone_number_outbound_sip_trunk_config_response_model

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

_read_transport = plain_reader("transport", (str,), "a string", True)

_read_media_encryption = plain_reader("media_encryption", (str,), "a string", True)

_read_has_auth_credentials = plain_reader("has_auth_credentials", (bool,), "a boolean", True)


def _read_headers(cls: type[GetPhoneNumberOutboundSipTrunkConfigResponseModel], d: Mapping[str, Any]) -> Any:
    headers_raw = d.get("headers", UNSET)
    try:
        _headers = headers_raw
        headers: GetPhoneNumberOutboundSipTrunkConfigResponseModelHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = GetPhoneNumberOutboundSipTrunkConfigResponseModelHeaders.from_dict(_headers)
    except (KeyError, TypeError, ValueError, AttributeError):
        headers = deviating_field(cls, "headers", headers_raw)

    return headers


def _read_attributes_to_headers(
    cls: type[GetPhoneNumberOutboundSipTrunkConfigResponseModel], d: Mapping[str, Any]
) -> Any:
    attributes_to_headers_raw = d.get("attributes_to_headers", UNSET)
    try:
        _attributes_to_headers = attributes_to_headers_raw
        attributes_to_headers: GetPhoneNumberOutboundSipTrunkConfigResponseModelAttributesToHeaders | Unset
        if isinstance(_attributes_to_headers, Unset):
            attributes_to_headers = UNSET
        else:
            attributes_to_headers = GetPhoneNumberOutboundSipTrunkConfigResponseModelAttributesToHeaders.from_dict(
                _attributes_to_headers
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        attributes_to_headers = deviating_field(cls, "attributes_to_headers", attributes_to_headers_raw)

    return attributes_to_headers


_read_username = plain_reader(
    "username",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_has_outbound_trunk = plain_reader("has_outbound_trunk", (bool,), "a boolean", False)


def _read_enabled_codecs(cls: type[GetPhoneNumberOutboundSipTrunkConfigResponseModel], d: Mapping[str, Any]) -> Any:
    enabled_codecs_raw = d.get("enabled_codecs", UNSET)
    try:
        expect_array("enabled_codecs", enabled_codecs_raw)
        _enabled_codecs = enabled_codecs_raw
        enabled_codecs: list[MediaCodec | str] | Unset = UNSET
        if _enabled_codecs is not UNSET:
            enabled_codecs = []
            for enabled_codecs_item_data in _enabled_codecs:
                enabled_codecs_item = enabled_codecs_item_data

                enabled_codecs.append(enabled_codecs_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        enabled_codecs = deviating_field(cls, "enabled_codecs", enabled_codecs_raw)

    return enabled_codecs


_FIELDS: frozenset[str] = frozenset(
    (
        "address",
        "transport",
        "media_encryption",
        "has_auth_credentials",
        "headers",
        "attributes_to_headers",
        "username",
        "has_outbound_trunk",
        "enabled_codecs",
    )
)


def _read_additional_properties(
    cls: type[GetPhoneNumberOutboundSipTrunkConfigResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetPhoneNumberOutboundSipTrunkConfigResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    address = d.get("address", MISSING)
    if address.__class__ is not str:
        address = _read_address(cls, d)

    transport = d.get("transport", MISSING)
    if transport.__class__ is not str:
        transport = _read_transport(cls, d)

    media_encryption = d.get("media_encryption", MISSING)
    if media_encryption.__class__ is not str:
        media_encryption = _read_media_encryption(cls, d)

    has_auth_credentials = d.get("has_auth_credentials", MISSING)
    if has_auth_credentials.__class__ is not bool:
        has_auth_credentials = _read_has_auth_credentials(cls, d)

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

    username = d.get("username", UNSET)
    if username.__class__ is not str and username is not None and username is not UNSET:
        username = _read_username(cls, d)

    has_outbound_trunk = d.get("has_outbound_trunk", UNSET)
    if has_outbound_trunk.__class__ is not bool and has_outbound_trunk is not UNSET:
        has_outbound_trunk = _read_has_outbound_trunk(cls, d)

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
        "has_auth_credentials": has_auth_credentials,
        "headers": headers,
        "attributes_to_headers": attributes_to_headers,
        "username": username,
        "has_outbound_trunk": has_outbound_trunk,
        "enabled_codecs": enabled_codecs,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetPhoneNumberOutboundSipTrunkConfigResponseModel,
    _all_fields,
    {
        "address": _read_address,
        "transport": _read_transport,
        "media_encryption": _read_media_encryption,
        "has_auth_credentials": _read_has_auth_credentials,
        "headers": _read_headers,
        "attributes_to_headers": _read_attributes_to_headers,
        "username": _read_username,
        "has_outbound_trunk": _read_has_outbound_trunk,
        "enabled_codecs": _read_enabled_codecs,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_phone_number_outbound_sip_trunk_config_response_model_attributes_to_headers import (
    GetPhoneNumberOutboundSipTrunkConfigResponseModelAttributesToHeaders,
)
from ..models.get_phone_number_outbound_sip_trunk_config_response_model_headers import (
    GetPhoneNumberOutboundSipTrunkConfigResponseModelHeaders,
)
