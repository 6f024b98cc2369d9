from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    AccountChangeActivityId,
    AuthenticationActivityId,
    EntityManagementActivityId,
    GroupManagementActivityId,
    SeverityId,
    StatusId,
    UserAccessManagementActivityId,
)
from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    object_of,
    union,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.actor_model import ActorModel
from ..models.device_model import DeviceModel
from ..models.http_request_model import HttpRequestModel
from ..models.workspace_audit_log_entry_response_metadata import WorkspaceAuditLogEntryResponseMetadata
from ..models.workspace_audit_log_entry_response_unmapped import WorkspaceAuditLogEntryResponseUnmapped
