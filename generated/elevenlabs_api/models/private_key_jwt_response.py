from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    AuthConnectionStatus,
    PrivateKeyJwtResponseAlgorithmType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PrivateKeyJwtResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PrivateKeyJwtResponse(Lazy):
    """Response model for Private Key JWT auth connections

    Attributes:
        name (str):
        provider (str):
        issuer (str): JWT issuer (iss claim)
        audience (str): JWT audience (aud claim)
        subject (str): JWT subject (sub claim)
        id (str):
        auth_type (Literal['private_key_jwt'] | Unset):  Default: 'private_key_jwt'.
        algorithm (PrivateKeyJwtResponseAlgorithmType0 | str | Unset): JWT signing algorithm Defaults to 'HS256' on the
            server.
        key_id (None | str | Unset): Key ID (kid) for JWT header - useful for key rotation
        expiration_seconds (int | Unset): Token expiration time in seconds Defaults to 3600 on the server.
        extra_params (PrivateKeyJwtResponseExtraParams | Unset): Additional custom claims to include in the JWT
        used_by (AuthConnectionDependencies | None | Unset):
        status (AuthConnectionStatus | str | Unset): Defaults to 'active' on the server.
        status_detail (None | str | Unset):
        status_updated_at (None | str | Unset):
    """

    name: str

    provider: str

    issuer: str

    audience: str

    subject: str

    id: str

    auth_type: Literal["private_key_jwt"] | Unset = _attrs_field(
        default="private_key_jwt",
        kw_only=True,
        validator=types.tag("PrivateKeyJwtResponse", "auth_type", "private_key_jwt"),
    )

    algorithm: PrivateKeyJwtResponseAlgorithmType0 | str | Unset = UNSET

    key_id: None | str | Unset = UNSET

    expiration_seconds: int | Unset = UNSET

    extra_params: PrivateKeyJwtResponseExtraParams | Unset = UNSET

    used_by: AuthConnectionDependencies | None | Unset = UNSET

    status: AuthConnectionStatus | str | Unset = UNSET

    status_detail: None | str | Unset = UNSET

    status_updated_at: None | str | Unset = UNSET

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
        "id",
    )
    _tags: ClassVar[tuple[str, ...]] = ("auth_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "private_key_jwt")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        provider = self.provider

        issuer = self.issuer

        audience = self.audience

        subject = self.subject

        id = self.id

        auth_type = self.auth_type

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

        expiration_seconds = self.expiration_seconds

        extra_params: Any
        try:
            extra_params = UNSET
            if not isinstance(self.extra_params, Unset):
                extra_params = self.extra_params.to_dict()
        except (AttributeError, TypeError):
            extra_params = self.extra_params

        used_by: Any
        try:
            if isinstance(self.used_by, Unset):
                used_by = UNSET
            elif isinstance(self.used_by, AuthConnectionDependencies):
                used_by = self.used_by.to_dict()
            else:
                used_by = self.used_by

        except (AttributeError, TypeError):
            used_by = self.used_by

        status: Any
        try:
            if isinstance(self.status, Unset):
                status = UNSET
            elif isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        status_detail: Any
        try:
            status_detail = self.status_detail

        except (AttributeError, TypeError):
            status_detail = self.status_detail

        status_updated_at: Any
        try:
            status_updated_at = self.status_updated_at

        except (AttributeError, TypeError):
            status_updated_at = self.status_updated_at

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
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
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
        if used_by is not UNSET:
            field_dict["used_by"] = used_by
        if status is not UNSET:
            field_dict["status"] = status
        if status_detail is not UNSET:
            field_dict["status_detail"] = status_detail
        if status_updated_at is not UNSET:
            field_dict["status_updated_at"] = status_updated_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        private_key_jwt_response = cls.__new__(cls)
        private_key_jwt_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return private_key_jwt_response

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


def _read_auth_type(cls: type[PrivateKeyJwtResponse], d: Mapping[str, Any]) -> Any:
    auth_type_raw = d.get("auth_type", UNSET)
    auth_type = cast(Literal["private_key_jwt"] | Unset, auth_type_raw)
    if auth_type != "private_key_jwt" and not isinstance(auth_type, Unset):
        raise ValueError(f"auth_type must match const 'private_key_jwt', got '{auth_type}'")

    return auth_type


_read_name = plain_reader("name", (str,), "a string", True)

_read_provider = plain_reader("provider", (str,), "a string", True)

_read_issuer = plain_reader("issuer", (str,), "a string", True)

_read_audience = plain_reader("audience", (str,), "a string", True)

_read_subject = plain_reader("subject", (str,), "a string", True)

_read_id = plain_reader("id", (str,), "a string", True)

_read_algorithm = plain_reader("algorithm", (str,), "a string", False)

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


def _read_extra_params(cls: type[PrivateKeyJwtResponse], d: Mapping[str, Any]) -> Any:
    extra_params_raw = d.get("extra_params", UNSET)
    try:
        _extra_params = extra_params_raw
        extra_params: PrivateKeyJwtResponseExtraParams | Unset
        if isinstance(_extra_params, Unset):
            extra_params = UNSET
        else:
            extra_params = PrivateKeyJwtResponseExtraParams.from_dict(_extra_params)
    except (KeyError, TypeError, ValueError, AttributeError):
        extra_params = deviating_field(cls, "extra_params", extra_params_raw)

    return extra_params


def _read_used_by(cls: type[PrivateKeyJwtResponse], d: Mapping[str, Any]) -> Any:
    used_by_raw = d.get("used_by", UNSET)
    try:

        def _parse_used_by(data: object) -> AuthConnectionDependencies | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            used_by_type_0 = AuthConnectionDependencies.from_dict(data)

            return used_by_type_0

        used_by = _parse_used_by(used_by_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        used_by = deviating_field(cls, "used_by", used_by_raw)

    return used_by


_read_status = plain_reader("status", (str,), "a string", False)

_read_status_detail = plain_reader(
    "status_detail",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_status_updated_at = plain_reader(
    "status_updated_at",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "provider",
        "issuer",
        "audience",
        "subject",
        "id",
        "auth_type",
        "algorithm",
        "key_id",
        "expiration_seconds",
        "extra_params",
        "used_by",
        "status",
        "status_detail",
        "status_updated_at",
    )
)


def _read_additional_properties(cls: type[PrivateKeyJwtResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[PrivateKeyJwtResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    algorithm = d.get("algorithm", UNSET)
    if algorithm.__class__ is not str and algorithm is not UNSET:
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

    if "used_by" in known:
        used_by = known["used_by"]
    else:
        used_by = d.get("used_by", UNSET)
        if used_by is not UNSET and used_by is not None:
            used_by = _read_used_by(cls, d)

    status = d.get("status", UNSET)
    if status.__class__ is not str and status is not UNSET:
        status = _read_status(cls, d)

    status_detail = d.get("status_detail", UNSET)
    if status_detail.__class__ is not str and status_detail is not None and status_detail is not UNSET:
        status_detail = _read_status_detail(cls, d)

    status_updated_at = d.get("status_updated_at", UNSET)
    if status_updated_at.__class__ is not str and status_updated_at is not None and status_updated_at is not UNSET:
        status_updated_at = _read_status_updated_at(cls, d)

    return {
        "name": name,
        "provider": provider,
        "issuer": issuer,
        "audience": audience,
        "subject": subject,
        "id": id,
        "auth_type": auth_type,
        "algorithm": algorithm,
        "key_id": key_id,
        "expiration_seconds": expiration_seconds,
        "extra_params": extra_params,
        "used_by": used_by,
        "status": status,
        "status_detail": status_detail,
        "status_updated_at": status_updated_at,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    PrivateKeyJwtResponse,
    _all_fields,
    {
        "name": _read_name,
        "provider": _read_provider,
        "issuer": _read_issuer,
        "audience": _read_audience,
        "subject": _read_subject,
        "id": _read_id,
        "auth_type": _read_auth_type,
        "algorithm": _read_algorithm,
        "key_id": _read_key_id,
        "expiration_seconds": _read_expiration_seconds,
        "extra_params": _read_extra_params,
        "used_by": _read_used_by,
        "status": _read_status,
        "status_detail": _read_status_detail,
        "status_updated_at": _read_status_updated_at,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_dependencies import AuthConnectionDependencies
from ..models.private_key_jwt_response_extra_params import PrivateKeyJwtResponseExtraParams
