from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    CreateOAuth2JwtRequestAlgorithm,
    CreateOAuth2JwtRequestTokenResponseField,
    check_create_o_auth_2_jwt_request_algorithm,
    check_create_o_auth_2_jwt_request_token_response_field,
)
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

T = TypeVar("T", bound="CreateOAuth2JwtRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateOAuth2JwtRequest(Lazy):
    """Request model for creating OAuth2 JWT auth connections - inherits common settings and includes sensitive fields

    Attributes:
        name (str):
        provider (str):
        issuer (str): JWT issuer (iss claim)
        audience (str): JWT audience (aud claim)
        subject (str): JWT subject (sub claim)
        token_url (str): Token endpoint URL for exchanging JWT for access token
        secret_key (str):
        auth_type (Literal['oauth2_jwt'] | Unset):  Default: 'oauth2_jwt'.
        algorithm (CreateOAuth2JwtRequestAlgorithm | Unset): JWT signing algorithm Defaults to 'HS256' on the server.
        key_id (None | str | Unset): Key ID (kid) for JWT header - useful for key rotation
        expiration_seconds (int | Unset): Token expiration time in seconds Defaults to 3600 on the server.
        extra_params (CreateOAuth2JwtRequestExtraParams | Unset): Additional custom claims to include in the JWT
        scopes (list[str] | Unset): OAuth2 scopes to request when exchanging JWT for access token
        token_response_field (CreateOAuth2JwtRequestTokenResponseField | Unset): Token field to extract from the token
            endpoint response. Defaults to 'access_token' on the server.
    """

    name: str

    provider: str

    issuer: str

    audience: str

    subject: str

    token_url: str

    secret_key: str

    auth_type: Literal["oauth2_jwt"] | Unset = _attrs_field(
        default="oauth2_jwt",
        kw_only=True,
        validator=types.tag("CreateOAuth2JwtRequest", "auth_type", "oauth2_jwt"),
    )

    algorithm: CreateOAuth2JwtRequestAlgorithm | Unset = UNSET

    key_id: None | str | Unset = UNSET

    expiration_seconds: int | Unset = UNSET

    extra_params: CreateOAuth2JwtRequestExtraParams | Unset = UNSET

    scopes: list[str] | Unset = UNSET

    token_response_field: CreateOAuth2JwtRequestTokenResponseField | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "provider",
        "issuer",
        "audience",
        "subject",
        "token_url",
        "secret_key",
    )
    _tags: ClassVar[tuple[str, ...]] = ("auth_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "oauth2_jwt")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        provider = self.provider

        issuer = self.issuer

        audience = self.audience

        subject = self.subject

        token_url = self.token_url

        secret_key = self.secret_key

        auth_type = self.auth_type

        algorithm: Any
        try:
            algorithm = UNSET
            if not isinstance(self.algorithm, Unset):
                algorithm = self.algorithm

        except (AttributeError, TypeError):
            algorithm = self.algorithm

        key_id: Any
        try:
            key_id = self.key_id

        except (AttributeError, TypeError):
            key_id = self.key_id

        expiration_seconds = self.expiration_seconds

        extra_params: Any
        try:
            extra_params = UNSET
            if not isinstance(self.extra_params, Unset):
                extra_params = self.extra_params.to_dict()
        except (AttributeError, TypeError):
            extra_params = self.extra_params

        scopes: Any
        try:
            scopes = UNSET
            if not isinstance(self.scopes, Unset):
                scopes = self.scopes

        except (AttributeError, TypeError):
            scopes = self.scopes

        token_response_field: Any
        try:
            token_response_field = UNSET
            if not isinstance(self.token_response_field, Unset):
                token_response_field = self.token_response_field

        except (AttributeError, TypeError):
            token_response_field = self.token_response_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if provider is not None or "provider" not in self._missing_fields:
            field_dict["provider"] = provider
        if issuer is not None or "issuer" not in self._missing_fields:
            field_dict["issuer"] = issuer
        if audience is not None or "audience" not in self._missing_fields:
            field_dict["audience"] = audience
        if subject is not None or "subject" not in self._missing_fields:
            field_dict["subject"] = subject
        if token_url is not None or "token_url" not in self._missing_fields:
            field_dict["token_url"] = token_url
        if secret_key is not None or "secret_key" not in self._missing_fields:
            field_dict["secret_key"] = secret_key
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if expiration_seconds is not UNSET:
            field_dict["expiration_seconds"] = expiration_seconds
        if extra_params is not UNSET:
            field_dict["extra_params"] = extra_params
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if token_response_field is not UNSET:
            field_dict["token_response_field"] = token_response_field
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_o_auth_2_jwt_request = cls.__new__(cls)
        create_o_auth_2_jwt_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return create_o_auth_2_jwt_request

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


def _read_auth_type(cls: type[CreateOAuth2JwtRequest], d: Mapping[str, Any]) -> Any:
    auth_type_raw = d.get("auth_type", UNSET)
    auth_type = cast(Literal["oauth2_jwt"] | Unset, auth_type_raw)
    if auth_type != "oauth2_jwt" and not isinstance(auth_type, Unset):
        raise ValueError(f"auth_type must match const 'oauth2_jwt', got '{auth_type}'")

    return auth_type


_read_name = plain_reader("name", (str,), "a string", True)

_read_provider = plain_reader("provider", (str,), "a string", True)

_read_issuer = plain_reader("issuer", (str,), "a string", True)

_read_audience = plain_reader("audience", (str,), "a string", True)

_read_subject = plain_reader("subject", (str,), "a string", True)

_read_token_url = plain_reader("token_url", (str,), "a string", True)

_read_secret_key = plain_reader("secret_key", (str,), "a string", True)


def _read_algorithm(cls: type[CreateOAuth2JwtRequest], d: Mapping[str, Any]) -> Any:
    algorithm_raw = d.get("algorithm", UNSET)
    try:
        _algorithm = algorithm_raw
        algorithm: CreateOAuth2JwtRequestAlgorithm | Unset
        if isinstance(_algorithm, Unset):
            algorithm = UNSET
        else:
            algorithm = check_create_o_auth_2_jwt_request_algorithm(_algorithm)
    except (KeyError, TypeError, ValueError, AttributeError):
        algorithm = deviating_field(cls, "algorithm", algorithm_raw)

    return algorithm


_read_key_id = plain_reader(
    "key_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_expiration_seconds = plain_reader("expiration_seconds", (int,), "an integer", False)


def _read_extra_params(cls: type[CreateOAuth2JwtRequest], d: Mapping[str, Any]) -> Any:
    extra_params_raw = d.get("extra_params", UNSET)
    try:
        _extra_params = extra_params_raw
        extra_params: CreateOAuth2JwtRequestExtraParams | Unset
        if isinstance(_extra_params, Unset):
            extra_params = UNSET
        else:
            extra_params = CreateOAuth2JwtRequestExtraParams.from_dict(_extra_params)
    except (KeyError, TypeError, ValueError, AttributeError):
        extra_params = deviating_field(cls, "extra_params", extra_params_raw)

    return extra_params


_read_scopes = plain_reader("scopes", (list,), "an array", False, ((str,), "a string"))


def _read_token_response_field(cls: type[CreateOAuth2JwtRequest], d: Mapping[str, Any]) -> Any:
    token_response_field_raw = d.get("token_response_field", UNSET)
    try:
        _token_response_field = token_response_field_raw
        token_response_field: CreateOAuth2JwtRequestTokenResponseField | Unset
        if isinstance(_token_response_field, Unset):
            token_response_field = UNSET
        else:
            token_response_field = check_create_o_auth_2_jwt_request_token_response_field(_token_response_field)
    except (KeyError, TypeError, ValueError, AttributeError):
        token_response_field = deviating_field(cls, "token_response_field", token_response_field_raw)

    return token_response_field


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "provider",
        "issuer",
        "audience",
        "subject",
        "token_url",
        "secret_key",
        "auth_type",
        "algorithm",
        "key_id",
        "expiration_seconds",
        "extra_params",
        "scopes",
        "token_response_field",
    )
)


def _read_additional_properties(cls: type[CreateOAuth2JwtRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CreateOAuth2JwtRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "auth_type" in known:
        auth_type = known["auth_type"]
    else:
        auth_type = d.get("auth_type", UNSET)
        if auth_type is not UNSET:
            auth_type = _read_auth_type(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    provider = d.get("provider", MISSING)
    if provider.__class__ is not str:
        provider = _read_provider(cls, d)

    issuer = d.get("issuer", MISSING)
    if issuer.__class__ is not str:
        issuer = _read_issuer(cls, d)

    audience = d.get("audience", MISSING)
    if audience.__class__ is not str:
        audience = _read_audience(cls, d)

    subject = d.get("subject", MISSING)
    if subject.__class__ is not str:
        subject = _read_subject(cls, d)

    token_url = d.get("token_url", MISSING)
    if token_url.__class__ is not str:
        token_url = _read_token_url(cls, d)

    secret_key = d.get("secret_key", MISSING)
    if secret_key.__class__ is not str:
        secret_key = _read_secret_key(cls, d)

    if "algorithm" in known:
        algorithm = known["algorithm"]
    else:
        algorithm = d.get("algorithm", UNSET)
        if algorithm is not UNSET:
            algorithm = _read_algorithm(cls, d)

    key_id = d.get("key_id", UNSET)
    if key_id.__class__ is not str and key_id is not None and key_id is not UNSET:
        key_id = _read_key_id(cls, d)

    expiration_seconds = d.get("expiration_seconds", UNSET)
    if expiration_seconds.__class__ is not int and expiration_seconds is not UNSET:
        expiration_seconds = _read_expiration_seconds(cls, d)

    if "extra_params" in known:
        extra_params = known["extra_params"]
    else:
        extra_params = d.get("extra_params", UNSET)
        if extra_params is not UNSET:
            extra_params = _read_extra_params(cls, d)

    scopes = d.get("scopes", UNSET)
    if scopes.__class__ is not list and scopes is not UNSET:
        scopes = _read_scopes(cls, d)
    elif scopes.__class__ is list and scopes:
        check_items(cls, "scopes", scopes, (str,), "a string")

    if "token_response_field" in known:
        token_response_field = known["token_response_field"]
    else:
        token_response_field = d.get("token_response_field", UNSET)
        if token_response_field is not UNSET:
            token_response_field = _read_token_response_field(cls, d)

    return {
        "name": name,
        "provider": provider,
        "issuer": issuer,
        "audience": audience,
        "subject": subject,
        "token_url": token_url,
        "secret_key": secret_key,
        "auth_type": auth_type,
        "algorithm": algorithm,
        "key_id": key_id,
        "expiration_seconds": expiration_seconds,
        "extra_params": extra_params,
        "scopes": scopes,
        "token_response_field": token_response_field,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CreateOAuth2JwtRequest,
    _all_fields,
    {
        "name": _read_name,
        "provider": _read_provider,
        "issuer": _read_issuer,
        "audience": _read_audience,
        "subject": _read_subject,
        "token_url": _read_token_url,
        "secret_key": _read_secret_key,
        "auth_type": _read_auth_type,
        "algorithm": _read_algorithm,
        "key_id": _read_key_id,
        "expiration_seconds": _read_expiration_seconds,
        "extra_params": _read_extra_params,
        "scopes": _read_scopes,
        "token_response_field": _read_token_response_field,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.create_o_auth_2_jwt_request_extra_params import CreateOAuth2JwtRequestExtraParams
