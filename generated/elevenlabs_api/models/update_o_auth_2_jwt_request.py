from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    UpdateOAuth2JwtRequestAlgorithmType0,
    UpdateOAuth2JwtRequestTokenResponseFieldType0,
    check_update_o_auth_2_jwt_request_algorithm_type_0,
    check_update_o_auth_2_jwt_request_token_response_field_type_0,
)
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

T = TypeVar("T", bound="UpdateOAuth2JwtRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UpdateOAuth2JwtRequest(Lazy):
    """Attributes:
    auth_type (Literal['oauth2_jwt'] | Unset):  Default: 'oauth2_jwt'.
    provider (None | str | Unset):
    algorithm (None | Unset | UpdateOAuth2JwtRequestAlgorithmType0):
    key_id (None | str | Unset):
    issuer (None | str | Unset):
    audience (None | str | Unset):
    subject (None | str | Unset):
    expiration_seconds (int | None | Unset):
    extra_params (None | Unset | UpdateOAuth2JwtRequestExtraParamsType0):
    scopes (list[str] | None | Unset):
    token_response_field (None | Unset | UpdateOAuth2JwtRequestTokenResponseFieldType0):
    secret_key (None | str | Unset):
    """

    auth_type: Literal["oauth2_jwt"] | Unset = _attrs_field(
        default="oauth2_jwt",
        kw_only=True,
        validator=types.tag("UpdateOAuth2JwtRequest", "auth_type", "oauth2_jwt"),
    )

    provider: None | str | Unset = UNSET

    algorithm: None | Unset | UpdateOAuth2JwtRequestAlgorithmType0 = UNSET

    key_id: None | str | Unset = UNSET

    issuer: None | str | Unset = UNSET

    audience: None | str | Unset = UNSET

    subject: None | str | Unset = UNSET

    expiration_seconds: int | None | Unset = UNSET

    extra_params: None | Unset | UpdateOAuth2JwtRequestExtraParamsType0 = UNSET

    scopes: list[str] | None | Unset = UNSET

    token_response_field: None | Unset | UpdateOAuth2JwtRequestTokenResponseFieldType0 = UNSET

    secret_key: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("auth_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "oauth2_jwt")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        auth_type = self.auth_type

        provider: Any
        try:
            provider = self.provider

        except (AttributeError, TypeError):
            provider = self.provider

        algorithm: Any
        try:
            if isinstance(self.algorithm, Unset):
                algorithm = UNSET
            elif isinstance(self.algorithm, str):
                algorithm = self.algorithm
            else:
                algorithm = self.algorithm

        except (AttributeError, TypeError):
            algorithm = self.algorithm

        key_id: Any
        try:
            key_id = self.key_id

        except (AttributeError, TypeError):
            key_id = self.key_id

        issuer: Any
        try:
            issuer = self.issuer

        except (AttributeError, TypeError):
            issuer = self.issuer

        audience: Any
        try:
            audience = self.audience

        except (AttributeError, TypeError):
            audience = self.audience

        subject: Any
        try:
            subject = self.subject

        except (AttributeError, TypeError):
            subject = self.subject

        expiration_seconds: Any
        try:
            expiration_seconds = self.expiration_seconds

        except (AttributeError, TypeError):
            expiration_seconds = self.expiration_seconds

        extra_params: Any
        try:
            if isinstance(self.extra_params, Unset):
                extra_params = UNSET
            elif isinstance(self.extra_params, UpdateOAuth2JwtRequestExtraParamsType0):
                extra_params = self.extra_params.to_dict()
            else:
                extra_params = self.extra_params

        except (AttributeError, TypeError):
            extra_params = self.extra_params

        scopes: Any
        try:
            if isinstance(self.scopes, Unset):
                scopes = UNSET
            elif isinstance(self.scopes, list):
                scopes = self.scopes

            else:
                scopes = self.scopes

        except (AttributeError, TypeError):
            scopes = self.scopes

        token_response_field: Any
        try:
            if isinstance(self.token_response_field, Unset):
                token_response_field = UNSET
            elif isinstance(self.token_response_field, str):
                token_response_field = self.token_response_field
            else:
                token_response_field = self.token_response_field

        except (AttributeError, TypeError):
            token_response_field = self.token_response_field

        secret_key: Any
        try:
            secret_key = self.secret_key

        except (AttributeError, TypeError):
            secret_key = self.secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if provider is not UNSET:
            field_dict["provider"] = provider
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if audience is not UNSET:
            field_dict["audience"] = audience
        if subject is not UNSET:
            field_dict["subject"] = subject
        if expiration_seconds is not UNSET:
            field_dict["expiration_seconds"] = expiration_seconds
        if extra_params is not UNSET:
            field_dict["extra_params"] = extra_params
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if token_response_field is not UNSET:
            field_dict["token_response_field"] = token_response_field
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        update_o_auth_2_jwt_request = cls.__new__(cls)
        update_o_auth_2_jwt_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return update_o_auth_2_jwt_request

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


def _read_auth_type(cls: type[UpdateOAuth2JwtRequest], d: Mapping[str, Any]) -> Any:
    auth_type_raw = d.get("auth_type", UNSET)
    auth_type = cast(Literal["oauth2_jwt"] | Unset, auth_type_raw)
    if auth_type != "oauth2_jwt" and not isinstance(auth_type, Unset):
        raise ValueError(f"auth_type must match const 'oauth2_jwt', got '{auth_type}'")

    return auth_type


_read_provider = plain_reader(
    "provider",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_algorithm(cls: type[UpdateOAuth2JwtRequest], d: Mapping[str, Any]) -> Any:
    algorithm_raw = d.get("algorithm", UNSET)
    try:

        def _parse_algorithm(data: object) -> None | Unset | UpdateOAuth2JwtRequestAlgorithmType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            algorithm_type_0 = check_update_o_auth_2_jwt_request_algorithm_type_0(data)

            return algorithm_type_0

        algorithm = _parse_algorithm(algorithm_raw)
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

_read_issuer = plain_reader(
    "issuer",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_audience = plain_reader(
    "audience",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_subject = plain_reader(
    "subject",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_expiration_seconds = plain_reader(
    "expiration_seconds",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


def _read_extra_params(cls: type[UpdateOAuth2JwtRequest], d: Mapping[str, Any]) -> Any:
    extra_params_raw = d.get("extra_params", UNSET)
    try:

        def _parse_extra_params(data: object) -> None | Unset | UpdateOAuth2JwtRequestExtraParamsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            extra_params_type_0 = UpdateOAuth2JwtRequestExtraParamsType0.from_dict(data)

            return extra_params_type_0

        extra_params = _parse_extra_params(extra_params_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        extra_params = deviating_field(cls, "extra_params", extra_params_raw)

    return extra_params


_read_scopes = plain_reader(
    "scopes",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


def _read_token_response_field(cls: type[UpdateOAuth2JwtRequest], d: Mapping[str, Any]) -> Any:
    token_response_field_raw = d.get("token_response_field", UNSET)
    try:

        def _parse_token_response_field(data: object) -> None | Unset | UpdateOAuth2JwtRequestTokenResponseFieldType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            token_response_field_type_0 = check_update_o_auth_2_jwt_request_token_response_field_type_0(data)

            return token_response_field_type_0

        token_response_field = _parse_token_response_field(token_response_field_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        token_response_field = deviating_field(cls, "token_response_field", token_response_field_raw)

    return token_response_field


_read_secret_key = plain_reader(
    "secret_key",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "auth_type",
        "provider",
        "algorithm",
        "key_id",
        "issuer",
        "audience",
        "subject",
        "expiration_seconds",
        "extra_params",
        "scopes",
        "token_response_field",
        "secret_key",
    )
)


def _read_additional_properties(cls: type[UpdateOAuth2JwtRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UpdateOAuth2JwtRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "auth_type" in known:
        auth_type = known["auth_type"]
    else:
        auth_type = d.get("auth_type", UNSET)
        if auth_type is not UNSET:
            auth_type = _read_auth_type(cls, d)

    provider = d.get("provider", UNSET)
    if provider.__class__ is not str and provider is not None and provider is not UNSET:
        provider = _read_provider(cls, d)

    if "algorithm" in known:
        algorithm = known["algorithm"]
    else:
        algorithm = d.get("algorithm", UNSET)
        if algorithm is not UNSET and algorithm is not None:
            algorithm = _read_algorithm(cls, d)

    key_id = d.get("key_id", UNSET)
    if key_id.__class__ is not str and key_id is not None and key_id is not UNSET:
        key_id = _read_key_id(cls, d)

    issuer = d.get("issuer", UNSET)
    if issuer.__class__ is not str and issuer is not None and issuer is not UNSET:
        issuer = _read_issuer(cls, d)

    audience = d.get("audience", UNSET)
    if audience.__class__ is not str and audience is not None and audience is not UNSET:
        audience = _read_audience(cls, d)

    subject = d.get("subject", UNSET)
    if subject.__class__ is not str and subject is not None and subject is not UNSET:
        subject = _read_subject(cls, d)

    expiration_seconds = d.get("expiration_seconds", UNSET)
    if expiration_seconds.__class__ is not int and expiration_seconds is not None and expiration_seconds is not UNSET:
        expiration_seconds = _read_expiration_seconds(cls, d)

    if "extra_params" in known:
        extra_params = known["extra_params"]
    else:
        extra_params = d.get("extra_params", UNSET)
        if extra_params is not UNSET and extra_params is not None:
            extra_params = _read_extra_params(cls, d)

    scopes = d.get("scopes", UNSET)
    if scopes.__class__ is not list and scopes is not None and scopes is not UNSET:
        scopes = _read_scopes(cls, d)
    elif scopes.__class__ is list and scopes:
        check_items(cls, "scopes", scopes, (str,), "a string")

    if "token_response_field" in known:
        token_response_field = known["token_response_field"]
    else:
        token_response_field = d.get("token_response_field", UNSET)
        if token_response_field is not UNSET and token_response_field is not None:
            token_response_field = _read_token_response_field(cls, d)

    secret_key = d.get("secret_key", UNSET)
    if secret_key.__class__ is not str and secret_key is not None and secret_key is not UNSET:
        secret_key = _read_secret_key(cls, d)

    return {
        "auth_type": auth_type,
        "provider": provider,
        "algorithm": algorithm,
        "key_id": key_id,
        "issuer": issuer,
        "audience": audience,
        "subject": subject,
        "expiration_seconds": expiration_seconds,
        "extra_params": extra_params,
        "scopes": scopes,
        "token_response_field": token_response_field,
        "secret_key": secret_key,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    UpdateOAuth2JwtRequest,
    _all_fields,
    {
        "auth_type": _read_auth_type,
        "provider": _read_provider,
        "algorithm": _read_algorithm,
        "key_id": _read_key_id,
        "issuer": _read_issuer,
        "audience": _read_audience,
        "subject": _read_subject,
        "expiration_seconds": _read_expiration_seconds,
        "extra_params": _read_extra_params,
        "scopes": _read_scopes,
        "token_response_field": _read_token_response_field,
        "secret_key": _read_secret_key,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.update_o_auth_2_jwt_request_extra_params_type_0 import UpdateOAuth2JwtRequestExtraParamsType0
