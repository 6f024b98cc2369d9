from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ListAuthConnectionsResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ListAuthConnectionsResponse(Lazy):
    """Attributes:
    auth_connections (list[ApiIntegrationOAuth2AuthCodeResponse | ApiIntegrationOAuth2CustomAppResponse |
        BasicAuthResponse | BearerAuthResponse | CustomHeaderAuthResponse | MtlsAuthResponse | OAuth2ClientCredsResponse
        | OAuth2JwtResponse | PrivateKeyJwtResponse | RefreshTokenAuthResponse | SlackBotAuthResponse | UnknownVariant |
        UrlSecretAuthResponse | WhatsAppAuthResponse]):
    """

    auth_connections: list[
        ApiIntegrationOAuth2AuthCodeResponse
        | ApiIntegrationOAuth2CustomAppResponse
        | BasicAuthResponse
        | BearerAuthResponse
        | CustomHeaderAuthResponse
        | MtlsAuthResponse
        | OAuth2ClientCredsResponse
        | OAuth2JwtResponse
        | PrivateKeyJwtResponse
        | RefreshTokenAuthResponse
        | SlackBotAuthResponse
        | UnknownVariant
        | UrlSecretAuthResponse
        | WhatsAppAuthResponse
    ]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("auth_connections",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        auth_connections: Any
        try:
            auth_connections = []
            for auth_connections_item_data in self.auth_connections:
                auth_connections_item: dict[str, Any]
                if (
                    isinstance(auth_connections_item_data, OAuth2ClientCredsResponse)
                    or isinstance(auth_connections_item_data, RefreshTokenAuthResponse)
                    or isinstance(auth_connections_item_data, BasicAuthResponse)
                    or isinstance(auth_connections_item_data, BearerAuthResponse)
                    or isinstance(auth_connections_item_data, OAuth2JwtResponse)
                    or isinstance(auth_connections_item_data, PrivateKeyJwtResponse)
                    or isinstance(auth_connections_item_data, MtlsAuthResponse)
                    or isinstance(auth_connections_item_data, CustomHeaderAuthResponse)
                    or isinstance(auth_connections_item_data, ApiIntegrationOAuth2AuthCodeResponse)
                    or isinstance(auth_connections_item_data, ApiIntegrationOAuth2CustomAppResponse)
                    or isinstance(auth_connections_item_data, WhatsAppAuthResponse)
                    or isinstance(auth_connections_item_data, SlackBotAuthResponse)
                    or isinstance(auth_connections_item_data, UrlSecretAuthResponse)
                    or isinstance(auth_connections_item_data, UnknownVariant)
                ):
                    auth_connections_item = auth_connections_item_data.to_dict()
                else:
                    auth_connections_item = auth_connections_item_data

                auth_connections.append(auth_connections_item)

        except (AttributeError, TypeError):
            auth_connections = self.auth_connections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if auth_connections is not None or "auth_connections" not in self._missing_fields:
            field_dict["auth_connections"] = auth_connections
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        list_auth_connections_response = cls.__new__(cls)
        list_auth_connections_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return list_auth_connections_response

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


def _read_auth_connections(cls: type[ListAuthConnectionsResponse], d: Mapping[str, Any]) -> Any:
    auth_connections_raw = d.get("auth_connections", MISSING)
    if auth_connections_raw is MISSING:
        auth_connections = missing_field(cls, "auth_connections")
    else:
        try:
            expect_array("auth_connections", auth_connections_raw)
            auth_connections = []
            _auth_connections = auth_connections_raw
            for auth_connections_item_data in _auth_connections:

                def _parse_auth_connections_item(
                    data: object,
                ) -> (
                    ApiIntegrationOAuth2AuthCodeResponse
                    | ApiIntegrationOAuth2CustomAppResponse
                    | BasicAuthResponse
                    | BearerAuthResponse
                    | CustomHeaderAuthResponse
                    | MtlsAuthResponse
                    | OAuth2ClientCredsResponse
                    | OAuth2JwtResponse
                    | PrivateKeyJwtResponse
                    | RefreshTokenAuthResponse
                    | SlackBotAuthResponse
                    | UnknownVariant
                    | UrlSecretAuthResponse
                    | WhatsAppAuthResponse
                ):
                    return parse_strictly(_parse_auth_connections_item_member, data)

                def _parse_auth_connections_item_member(
                    data: object,
                ) -> (
                    ApiIntegrationOAuth2AuthCodeResponse
                    | ApiIntegrationOAuth2CustomAppResponse
                    | BasicAuthResponse
                    | BearerAuthResponse
                    | CustomHeaderAuthResponse
                    | MtlsAuthResponse
                    | OAuth2ClientCredsResponse
                    | OAuth2JwtResponse
                    | PrivateKeyJwtResponse
                    | RefreshTokenAuthResponse
                    | SlackBotAuthResponse
                    | UnknownVariant
                    | UrlSecretAuthResponse
                    | WhatsAppAuthResponse
                ):
                    if isinstance(data, dict):
                        for known in (
                            OAuth2ClientCredsResponse,
                            RefreshTokenAuthResponse,
                            BasicAuthResponse,
                            BearerAuthResponse,
                            OAuth2JwtResponse,
                            PrivateKeyJwtResponse,
                            MtlsAuthResponse,
                            CustomHeaderAuthResponse,
                            ApiIntegrationOAuth2AuthCodeResponse,
                            ApiIntegrationOAuth2CustomAppResponse,
                            WhatsAppAuthResponse,
                            SlackBotAuthResponse,
                            UrlSecretAuthResponse,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        auth_connections_item_type_0 = OAuth2ClientCredsResponse.from_dict(data)

                        return auth_connections_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        auth_connections_item_type_1 = RefreshTokenAuthResponse.from_dict(data)

                        return auth_connections_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        auth_connections_item_type_2 = BasicAuthResponse.from_dict(data)

                        return auth_connections_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        auth_connections_item_type_3 = BearerAuthResponse.from_dict(data)

                        return auth_connections_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        auth_connections_item_type_4 = OAuth2JwtResponse.from_dict(data)

                        return auth_connections_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        auth_connections_item_type_5 = PrivateKeyJwtResponse.from_dict(data)

                        return auth_connections_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        auth_connections_item_type_6 = MtlsAuthResponse.from_dict(data)

                        return auth_connections_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        auth_connections_item_type_7 = CustomHeaderAuthResponse.from_dict(data)

                        return auth_connections_item_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        auth_connections_item_type_8 = ApiIntegrationOAuth2AuthCodeResponse.from_dict(data)

                        return auth_connections_item_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        auth_connections_item_type_9 = ApiIntegrationOAuth2CustomAppResponse.from_dict(data)

                        return auth_connections_item_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        auth_connections_item_type_10 = WhatsAppAuthResponse.from_dict(data)

                        return auth_connections_item_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        auth_connections_item_type_11 = SlackBotAuthResponse.from_dict(data)

                        return auth_connections_item_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        auth_connections_item_type_12 = UrlSecretAuthResponse.from_dict(data)

                        return auth_connections_item_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    auth_connections_item_type_13 = UnknownVariant.from_dict(data)

                    return auth_connections_item_type_13

                auth_connections_item = _parse_auth_connections_item(auth_connections_item_data)

                auth_connections.append(auth_connections_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            auth_connections = deviating_field(cls, "auth_connections", auth_connections_raw)

    return auth_connections


_FIELDS: frozenset[str] = frozenset(("auth_connections",))


def _read_additional_properties(cls: type[ListAuthConnectionsResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ListAuthConnectionsResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "auth_connections" in known:
        auth_connections = known["auth_connections"]
    else:
        auth_connections = _read_auth_connections(cls, d)

    return {
        "auth_connections": auth_connections,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ListAuthConnectionsResponse,
    _all_fields,
    {
        "auth_connections": _read_auth_connections,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.api_integration_o_auth_2_auth_code_response import ApiIntegrationOAuth2AuthCodeResponse
from ..models.api_integration_o_auth_2_custom_app_response import ApiIntegrationOAuth2CustomAppResponse
from ..models.basic_auth_response import BasicAuthResponse
from ..models.bearer_auth_response import BearerAuthResponse
from ..models.custom_header_auth_response import CustomHeaderAuthResponse
from ..models.mtls_auth_response import MtlsAuthResponse
from ..models.o_auth_2_client_creds_response import OAuth2ClientCredsResponse
from ..models.o_auth_2_jwt_response import OAuth2JwtResponse
from ..models.private_key_jwt_response import PrivateKeyJwtResponse
from ..models.refresh_token_auth_response import RefreshTokenAuthResponse
from ..models.slack_bot_auth_response import SlackBotAuthResponse
from ..models.unknown_variant import UnknownVariant
from ..models.url_secret_auth_response import UrlSecretAuthResponse
from ..models.whats_app_auth_response import WhatsAppAuthResponse
