from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    AccountChangeActivityId,
    AuthenticationActivityId,
    EntityManagementActivityId,
    GroupManagementActivityId,
    SeverityId,
    StatusId,
    UserAccessManagementActivityId,
    UserTypeId,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class WorkspaceAuditLogsPageResponse(Lazy, AdditionalProperties[Any]):
    """Paginated workspace audit log response."""

    entries: list[WorkspaceAuditLogEntryResponse]

    has_more: bool

    next_cursor: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("entries", "entries", list_of(object_of("WorkspaceAuditLogEntryResponse")), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("next_cursor", "next_cursor", union(STR, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ActorModel(Lazy):
    """OCSF Actor object - describes the entity that performed the action.

    Spec: https://schema.ocsf.io/1.6.0/objects/actor

    Attributes:
        user: OCSF User object.

            Spec: https://schema.ocsf.io/1.6.0/objects/user
        app_name: Client application or service name
        app_uid: Client application unique identifier
        session: Session information
    """

    user: UserModel

    app_name: None | str | Unset = UNSET

    app_uid: None | str | Unset = UNSET

    session: ActorModelSessionType0 | None | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("user", "user", object_of("UserModel"), required=True),
        Field("app_name", "app_name", union(STR, NULL)),
        Field("app_uid", "app_uid", union(STR, NULL)),
        Field("session", "session", union(object_of("ActorModelSessionType0"), NULL)),
    )


@_attrs_define(slots=False)
class ActorModelSessionType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class DeviceModel(Lazy):
    """Device information.

    Spec: https://schema.ocsf.io/1.6.0/objects/device

    Attributes:
        ip: IP address
        hostname: Device hostname
        type_id: Device type ID (99 = Unknown) Defaults to 99 on the server.
    """

    ip: None | str | Unset = UNSET

    hostname: None | str | Unset = UNSET

    type_id: int | Unset = UNSET

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("ip", "ip", union(STR, NULL)),
        Field("hostname", "hostname", union(STR, NULL)),
        Field("type_id", "type_id", INT),
    )


@_attrs_define(slots=False)
class HttpRequestModel(Lazy):
    """HTTP request details.

    Spec: https://schema.ocsf.io/1.6.0/objects/http_request

    Attributes:
        http_method: HTTP method (GET, POST, etc.)
        url: OCSF URL object.

            Spec: https://schema.ocsf.io/1.6.0/objects/url
        user_agent: User agent string
        x_forwarded_for: X-Forwarded-For header as a list
    """

    http_method: str

    url: UrlModel

    user_agent: None | str | Unset = UNSET

    x_forwarded_for: list[str] | None | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("http_method", "http_method", STR, required=True),
        Field("url", "url", object_of("UrlModel"), required=True),
        Field("user_agent", "user_agent", union(STR, NULL)),
        Field("x_forwarded_for", "x_forwarded_for", union(list_of(STR), NULL)),
    )


@_attrs_define(slots=False)
class UrlModel(Lazy):
    """OCSF URL object.

    Spec: https://schema.ocsf.io/1.6.0/objects/url

    Attributes:
        url_string: Full URL string
        scheme: URL scheme (e.g., https)
        hostname: URL hostname
        port: URL port
        path: URL path
        query_string: URL query string
    """

    url_string: None | str | Unset = UNSET

    scheme: None | str | Unset = UNSET

    hostname: None | str | Unset = UNSET

    port: int | None | Unset = UNSET

    path: None | str | Unset = UNSET

    query_string: None | str | Unset = UNSET

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("url_string", "url_string", union(STR, NULL)),
        Field("scheme", "scheme", union(STR, NULL)),
        Field("hostname", "hostname", union(STR, NULL)),
        Field("port", "port", union(INT, NULL)),
        Field("path", "path", union(STR, NULL)),
        Field("query_string", "query_string", union(STR, NULL)),
    )


@_attrs_define(slots=False)
class UserModel(Lazy):
    """OCSF User object.

    Spec: https://schema.ocsf.io/1.6.0/objects/user

    Attributes:
        name: Username
        uid: Unique user identifier
        type_id: Account type identifier Defaults to 1 on the server.
        type_: Account type description
        email_addr: User email address
        full_name: Full name of the user
        domain: User's domain
    """

    name: None | str | Unset = UNSET

    uid: None | str | Unset = UNSET

    type_id: int | Unset | UserTypeId = UNSET

    type_: None | str | Unset = UNSET

    email_addr: None | str | Unset = UNSET

    full_name: None | str | Unset = UNSET

    domain: None | str | Unset = UNSET

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", union(STR, NULL)),
        Field("uid", "uid", union(STR, NULL)),
        Field("type_id", "type_id", union(literal("UserTypeId"), INT)),
        Field("type_", "type", union(STR, NULL)),
        Field("email_addr", "email_addr", union(STR, NULL)),
        Field("full_name", "full_name", union(STR, NULL)),
        Field("domain", "domain", union(STR, NULL)),
    )


@_attrs_define(slots=False)
class WorkspaceAuditLogEntryResponse(Lazy, AdditionalProperties[Any]):
    """Audit log entry with Firestore document ID for API responses.

    Attributes:
        activity_id: Activity ID
        activity_name: Activity name
        status_id: Status of the action
        actor: OCSF Actor object - describes the entity that performed the action.

            Spec: https://schema.ocsf.io/1.6.0/objects/actor
        message: Human-readable event description
        id: Firestore document ID
        time_dt: Event time in human-readable RFC 3339 format, derived from 'time'.
        type_uid: OCSF type_uid is class_uid * 100 + activity_id.
        type_name: OCSF type_name combines class_name and activity_name.
        metadata: Event metadata
        time: Event time in milliseconds since epoch
        category_name: Event category Defaults to 'Identity & Access Management' on the server.
        category_uid: Category UID for IAM Defaults to 3 on the server.
        class_name: Event class name Defaults to empty on the server.
        class_uid: Event class UID Defaults to 0 on the server.
        severity_id: Severity level Defaults to 1 on the server.
        device: Device information
        http_request: HTTP request details
        unmapped: Attributes not mapped to OCSF
    """

    activity_id: (
        AccountChangeActivityId
        | AuthenticationActivityId
        | EntityManagementActivityId
        | GroupManagementActivityId
        | int
        | UserAccessManagementActivityId
    )

    activity_name: str

    status_id: int | StatusId

    actor: ActorModel

    message: str

    id: str

    time_dt: str

    type_uid: int

    type_name: str

    metadata: WorkspaceAuditLogEntryResponseMetadata | Unset = UNSET

    time: int | Unset = UNSET

    category_name: str | Unset = UNSET

    category_uid: int | Unset = UNSET

    class_name: str | Unset = UNSET

    class_uid: int | Unset = UNSET

    severity_id: int | SeverityId | Unset = UNSET

    device: DeviceModel | None | Unset = UNSET

    http_request: HttpRequestModel | None | Unset = UNSET

    unmapped: WorkspaceAuditLogEntryResponseUnmapped | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "activity_id",
            "activity_id",
            union(
                literal("AccountChangeActivityId"),
                literal("AuthenticationActivityId"),
                literal("EntityManagementActivityId"),
                literal("UserAccessManagementActivityId"),
                literal("GroupManagementActivityId"),
                INT,
            ),
            required=True,
        ),
        Field("activity_name", "activity_name", STR, required=True),
        Field("status_id", "status_id", union(literal("StatusId"), INT), required=True),
        Field("actor", "actor", object_of("ActorModel"), required=True),
        Field("message", "message", STR, required=True),
        Field("id", "id", STR, required=True),
        Field("time_dt", "time_dt", STR, required=True),
        Field("type_uid", "type_uid", INT, required=True),
        Field("type_name", "type_name", STR, required=True),
        Field("metadata", "metadata", object_of("WorkspaceAuditLogEntryResponseMetadata")),
        Field("time", "time", INT),
        Field("category_name", "category_name", STR),
        Field("category_uid", "category_uid", INT),
        Field("class_name", "class_name", STR),
        Field("class_uid", "class_uid", INT),
        Field("severity_id", "severity_id", union(literal("SeverityId"), INT)),
        Field("device", "device", union(object_of("DeviceModel"), NULL)),
        Field("http_request", "http_request", union(object_of("HttpRequestModel"), NULL)),
        Field("unmapped", "unmapped", object_of("WorkspaceAuditLogEntryResponseUnmapped")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WorkspaceAuditLogEntryResponseMetadata(Lazy, AdditionalProperties[Any]):
    """Event metadata"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class WorkspaceAuditLogEntryResponseUnmapped(Lazy, AdditionalProperties[Any]):
    """Attributes not mapped to OCSF"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)
