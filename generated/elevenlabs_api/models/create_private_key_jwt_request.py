from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_private_key_jwt_request_algorithm import (
    CreatePrivateKeyJWTRequestAlgorithm,
    check_create_private_key_jwt_request_algorithm,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="CreatePrivateKeyJWTRequest")


@_attrs_define
class CreatePrivateKeyJWTRequest:
    """Request model for creating Private Key JWT auth connections - inherits common settings and includes sensitive fields

    Attributes:
        name (str):
        provider (str):
        issuer (str): JWT issuer (iss claim)
        audience (str): JWT audience (aud claim)
        subject (str): JWT subject (sub claim)
        secret_key (str):
        auth_type (Literal['private_key_jwt'] | Unset):  Default: 'private_key_jwt'.
        algorithm (CreatePrivateKeyJWTRequestAlgorithm | Unset): JWT signing algorithm Default: 'HS256'.
        key_id (None | str | Unset): Key ID (kid) for JWT header - useful for key rotation
        expiration_seconds (int | Unset): Token expiration time in seconds Default: 3600.
        extra_params (CreatePrivateKeyJWTRequestExtraParams | Unset): Additional custom claims to include in the JWT
    """

    name: str

    provider: str

    issuer: str

    audience: str

    subject: str

    secret_key: str

    auth_type: Literal["private_key_jwt"] | Unset = "private_key_jwt"

    algorithm: CreatePrivateKeyJWTRequestAlgorithm | Unset = "HS256"

    key_id: None | str | Unset = UNSET

    expiration_seconds: int | Unset = 3600

    extra_params: CreatePrivateKeyJWTRequestExtraParams | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "private_key_jwt")

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider = self.provider

        issuer = self.issuer

        audience = self.audience

        subject = self.subject

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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        auth_type_raw = d.pop("auth_type", UNSET)
        auth_type = cast(Literal["private_key_jwt"] | Unset, auth_type_raw)
        if auth_type != "private_key_jwt" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'private_key_jwt', got '{auth_type}'")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        provider = d.pop("provider", MISSING)
        if provider.__class__ is not str:
            if provider is MISSING:
                provider = missing_field(cls, "provider")
                _missing += ("provider",)
            else:
                provider = unexpected_type(cls, "provider", provider, "a string")

        issuer = d.pop("issuer", MISSING)
        if issuer.__class__ is not str:
            if issuer is MISSING:
                issuer = missing_field(cls, "issuer")
                _missing += ("issuer",)
            else:
                issuer = unexpected_type(cls, "issuer", issuer, "a string")

        audience = d.pop("audience", MISSING)
        if audience.__class__ is not str:
            if audience is MISSING:
                audience = missing_field(cls, "audience")
                _missing += ("audience",)
            else:
                audience = unexpected_type(cls, "audience", audience, "a string")

        subject = d.pop("subject", MISSING)
        if subject.__class__ is not str:
            if subject is MISSING:
                subject = missing_field(cls, "subject")
                _missing += ("subject",)
            else:
                subject = unexpected_type(cls, "subject", subject, "a string")

        secret_key = d.pop("secret_key", MISSING)
        if secret_key.__class__ is not str:
            if secret_key is MISSING:
                secret_key = missing_field(cls, "secret_key")
                _missing += ("secret_key",)
            else:
                secret_key = unexpected_type(cls, "secret_key", secret_key, "a string")

        algorithm_raw = d.pop("algorithm", UNSET)
        try:
            _algorithm = algorithm_raw
            algorithm: CreatePrivateKeyJWTRequestAlgorithm | Unset
            if isinstance(_algorithm, Unset):
                algorithm = UNSET
            else:
                algorithm = check_create_private_key_jwt_request_algorithm(_algorithm)
        except (KeyError, TypeError, ValueError, AttributeError):
            algorithm = deviating_field(cls, "algorithm", algorithm_raw)

        key_id = d.pop("key_id", UNSET)
        if key_id.__class__ is not str and key_id is not None and key_id is not UNSET:
            key_id = unexpected_type(cls, "key_id", key_id, "a string or null")

        expiration_seconds = d.pop("expiration_seconds", UNSET)
        if expiration_seconds.__class__ is not int and expiration_seconds is not UNSET:
            expiration_seconds = unexpected_type(cls, "expiration_seconds", expiration_seconds, "an integer")

        extra_params_raw = d.pop("extra_params", UNSET)
        try:
            _extra_params = extra_params_raw
            extra_params: CreatePrivateKeyJWTRequestExtraParams | Unset
            if isinstance(_extra_params, Unset):
                extra_params = UNSET
            else:
                extra_params = CreatePrivateKeyJWTRequestExtraParams.from_dict(_extra_params)
        except (KeyError, TypeError, ValueError, AttributeError):
            extra_params = deviating_field(cls, "extra_params", extra_params_raw)

        create_private_key_jwt_request = cls(
            name=name,
            provider=provider,
            issuer=issuer,
            audience=audience,
            subject=subject,
            secret_key=secret_key,
            auth_type=auth_type,
            algorithm=algorithm,
            key_id=key_id,
            expiration_seconds=expiration_seconds,
            extra_params=extra_params,
        )
        if _missing:
            create_private_key_jwt_request._missing_fields = _missing
        create_private_key_jwt_request.additional_properties = d
        return create_private_key_jwt_request

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
from ..models.create_private_key_jwt_request_extra_params import CreatePrivateKeyJWTRequestExtraParams
