from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

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
    check_account_change_activity_id,
    check_authentication_activity_id,
    check_entity_management_activity_id,
    check_group_management_activity_id,
    check_severity_id,
    check_status_id,
    check_user_access_management_activity_id,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkspaceAuditLogEntryResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkspaceAuditLogEntryResponse(Lazy):
    """Audit log entry with Firestore document ID for API responses.

    Attributes:
        activity_id (AccountChangeActivityId | AuthenticationActivityId | EntityManagementActivityId |
            GroupManagementActivityId | int | UserAccessManagementActivityId): Activity ID
        activity_name (str): Activity name
        status_id (int | StatusId): Status of the action
        actor (ActorModel): OCSF Actor object - describes the entity that performed the action.

            Spec: https://schema.ocsf.io/1.6.0/objects/actor
        message (str): Human-readable event description
        id (str): Firestore document ID
        time_dt (str): Event time in human-readable RFC 3339 format, derived from 'time'.
        type_uid (int): OCSF type_uid is class_uid * 100 + activity_id.
        type_name (str): OCSF type_name combines class_name and activity_name.
        metadata (WorkspaceAuditLogEntryResponseMetadata | Unset): Event metadata
        time (int | Unset): Event time in milliseconds since epoch
        category_name (str | Unset): Event category Defaults to 'Identity & Access Management' on the server.
        category_uid (int | Unset): Category UID for IAM Defaults to 3 on the server.
        class_name (str | Unset): Event class name Defaults to empty on the server.
        class_uid (int | Unset): Event class UID Defaults to 0 on the server.
        severity_id (int | SeverityId | Unset): Severity level Defaults to 1 on the server.
        device (DeviceModel | None | Unset): Device information
        http_request (HttpRequestModel | None | Unset): HTTP request details
        unmapped (WorkspaceAuditLogEntryResponseUnmapped | Unset): Attributes not mapped to OCSF
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "activity_id",
        "activity_name",
        "status_id",
        "actor",
        "message",
        "id",
        "time_dt",
        "type_uid",
        "type_name",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        activity_id: Any
        try:
            if (
                isinstance(self.activity_id, int)
                or isinstance(self.activity_id, int)
                or isinstance(self.activity_id, int)
                or isinstance(self.activity_id, int)
                or isinstance(self.activity_id, int)
            ):
                activity_id = self.activity_id
            else:
                activity_id = self.activity_id

        except (AttributeError, TypeError):
            activity_id = self.activity_id

        activity_name = self.activity_name

        status_id: Any
        try:
            if isinstance(self.status_id, int):
                status_id = self.status_id
            else:
                status_id = self.status_id

        except (AttributeError, TypeError):
            status_id = self.status_id

        actor: Any
        try:
            actor = self.actor.to_dict()
        except (AttributeError, TypeError):
            actor = self.actor

        message = self.message

        id = self.id

        time_dt = self.time_dt

        type_uid = self.type_uid

        type_name = self.type_name

        metadata: Any
        try:
            metadata = UNSET
            if not isinstance(self.metadata, Unset):
                metadata = self.metadata.to_dict()
        except (AttributeError, TypeError):
            metadata = self.metadata

        time = self.time

        category_name = self.category_name

        category_uid = self.category_uid

        class_name = self.class_name

        class_uid = self.class_uid

        severity_id: Any
        try:
            if isinstance(self.severity_id, Unset):
                severity_id = UNSET
            elif isinstance(self.severity_id, int):
                severity_id = self.severity_id
            else:
                severity_id = self.severity_id

        except (AttributeError, TypeError):
            severity_id = self.severity_id

        device: Any
        try:
            if isinstance(self.device, Unset):
                device = UNSET
            elif isinstance(self.device, DeviceModel):
                device = self.device.to_dict()
            else:
                device = self.device

        except (AttributeError, TypeError):
            device = self.device

        http_request: Any
        try:
            if isinstance(self.http_request, Unset):
                http_request = UNSET
            elif isinstance(self.http_request, HttpRequestModel):
                http_request = self.http_request.to_dict()
            else:
                http_request = self.http_request

        except (AttributeError, TypeError):
            http_request = self.http_request

        unmapped: Any
        try:
            unmapped = UNSET
            if not isinstance(self.unmapped, Unset):
                unmapped = self.unmapped.to_dict()
        except (AttributeError, TypeError):
            unmapped = self.unmapped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if activity_id is not None or "activity_id" not in self._missing_fields:
            field_dict["activity_id"] = activity_id
        if activity_name is not None or "activity_name" not in self._missing_fields:
            field_dict["activity_name"] = activity_name
        if status_id is not None or "status_id" not in self._missing_fields:
            field_dict["status_id"] = status_id
        if actor is not None or "actor" not in self._missing_fields:
            field_dict["actor"] = actor
        if message is not None or "message" not in self._missing_fields:
            field_dict["message"] = message
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if time_dt is not None or "time_dt" not in self._missing_fields:
            field_dict["time_dt"] = time_dt
        if type_uid is not None or "type_uid" not in self._missing_fields:
            field_dict["type_uid"] = type_uid
        if type_name is not None or "type_name" not in self._missing_fields:
            field_dict["type_name"] = type_name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if time is not UNSET:
            field_dict["time"] = time
        if category_name is not UNSET:
            field_dict["category_name"] = category_name
        if category_uid is not UNSET:
            field_dict["category_uid"] = category_uid
        if class_name is not UNSET:
            field_dict["class_name"] = class_name
        if class_uid is not UNSET:
            field_dict["class_uid"] = class_uid
        if severity_id is not UNSET:
            field_dict["severity_id"] = severity_id
        if device is not UNSET:
            field_dict["device"] = device
        if http_request is not UNSET:
            field_dict["http_request"] = http_request
        if unmapped is not UNSET:
            field_dict["unmapped"] = unmapped
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workspace_audit_log_entry_response = cls.__new__(cls)
        workspace_audit_log_entry_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workspace_audit_log_entry_response

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


def _read_activity_id(cls: type[WorkspaceAuditLogEntryResponse], d: Mapping[str, Any]) -> Any:
    activity_id_raw = d.get("activity_id", MISSING)
    if activity_id_raw is MISSING:
        activity_id = missing_field(cls, "activity_id")
    else:
        try:

            def _parse_activity_id(
                data: object,
            ) -> (
                AccountChangeActivityId
                | AuthenticationActivityId
                | EntityManagementActivityId
                | GroupManagementActivityId
                | int
                | UserAccessManagementActivityId
            ):
                return parse_strictly(_parse_activity_id_member, data)

            def _parse_activity_id_member(
                data: object,
            ) -> (
                AccountChangeActivityId
                | AuthenticationActivityId
                | EntityManagementActivityId
                | GroupManagementActivityId
                | int
                | UserAccessManagementActivityId
            ):

                try:
                    if not isinstance(data, int):
                        raise TypeError(f"got {type(data).__name__}")
                    activity_id_type_0 = check_account_change_activity_id(data)

                    return activity_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, int):
                        raise TypeError(f"got {type(data).__name__}")
                    activity_id_type_1 = check_authentication_activity_id(data)

                    return activity_id_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, int):
                        raise TypeError(f"got {type(data).__name__}")
                    activity_id_type_2 = check_entity_management_activity_id(data)

                    return activity_id_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, int):
                        raise TypeError(f"got {type(data).__name__}")
                    activity_id_type_3 = check_user_access_management_activity_id(data)

                    return activity_id_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, int):
                        raise TypeError(f"got {type(data).__name__}")
                    activity_id_type_4 = check_group_management_activity_id(data)

                    return activity_id_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    "AccountChangeActivityId | AuthenticationActivityId | EntityManagementActivityId | GroupManagementActivityId | int | UserAccessManagementActivityId",
                    data,
                )

            activity_id = _parse_activity_id(activity_id_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            activity_id = deviating_field(cls, "activity_id", activity_id_raw)

    return activity_id


_read_activity_name = plain_reader("activity_name", (str,), "a string", True)


def _read_status_id(cls: type[WorkspaceAuditLogEntryResponse], d: Mapping[str, Any]) -> Any:
    status_id_raw = d.get("status_id", MISSING)
    if status_id_raw is MISSING:
        status_id = missing_field(cls, "status_id")
    else:
        try:

            def _parse_status_id(data: object) -> int | StatusId:

                try:
                    if not isinstance(data, int):
                        raise TypeError(f"got {type(data).__name__}")
                    status_id_type_0 = check_status_id(data)

                    return status_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("int | StatusId", data)

            status_id = _parse_status_id(status_id_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            status_id = deviating_field(cls, "status_id", status_id_raw)

    return status_id


def _read_actor(cls: type[WorkspaceAuditLogEntryResponse], d: Mapping[str, Any]) -> Any:
    actor_raw = d.get("actor", MISSING)
    if actor_raw is MISSING:
        actor = missing_field(cls, "actor")
    else:
        try:
            actor = ActorModel.from_dict(actor_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            actor = deviating_field(cls, "actor", actor_raw)

    return actor


_read_message = plain_reader("message", (str,), "a string", True)

_read_id = plain_reader("id", (str,), "a string", True)

_read_time_dt = plain_reader("time_dt", (str,), "a string", True)

_read_type_uid = plain_reader("type_uid", (int,), "an integer", True)

_read_type_name = plain_reader("type_name", (str,), "a string", True)


def _read_metadata(cls: type[WorkspaceAuditLogEntryResponse], d: Mapping[str, Any]) -> Any:
    metadata_raw = d.get("metadata", UNSET)
    try:
        _metadata = metadata_raw
        metadata: WorkspaceAuditLogEntryResponseMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = WorkspaceAuditLogEntryResponseMetadata.from_dict(_metadata)
    except (KeyError, TypeError, ValueError, AttributeError):
        metadata = deviating_field(cls, "metadata", metadata_raw)

    return metadata


_read_time = plain_reader("time", (int,), "an integer", False)

_read_category_name = plain_reader("category_name", (str,), "a string", False)

_read_category_uid = plain_reader("category_uid", (int,), "an integer", False)

_read_class_name = plain_reader("class_name", (str,), "a string", False)

_read_class_uid = plain_reader("class_uid", (int,), "an integer", False)


def _read_severity_id(cls: type[WorkspaceAuditLogEntryResponse], d: Mapping[str, Any]) -> Any:
    severity_id_raw = d.get("severity_id", UNSET)
    try:

        def _parse_severity_id(data: object) -> int | SeverityId | Unset:
            if isinstance(data, Unset):
                return data

            try:
                if not isinstance(data, int):
                    raise TypeError(f"got {type(data).__name__}")
                severity_id_type_0 = check_severity_id(data)

                return severity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("int | SeverityId | Unset", data)

        severity_id = _parse_severity_id(severity_id_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        severity_id = deviating_field(cls, "severity_id", severity_id_raw)

    return severity_id


def _read_device(cls: type[WorkspaceAuditLogEntryResponse], d: Mapping[str, Any]) -> Any:
    device_raw = d.get("device", UNSET)
    try:

        def _parse_device(data: object) -> DeviceModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            device_type_0 = DeviceModel.from_dict(data)

            return device_type_0

        device = _parse_device(device_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        device = deviating_field(cls, "device", device_raw)

    return device


def _read_http_request(cls: type[WorkspaceAuditLogEntryResponse], d: Mapping[str, Any]) -> Any:
    http_request_raw = d.get("http_request", UNSET)
    try:

        def _parse_http_request(data: object) -> HttpRequestModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            http_request_type_0 = HttpRequestModel.from_dict(data)

            return http_request_type_0

        http_request = _parse_http_request(http_request_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        http_request = deviating_field(cls, "http_request", http_request_raw)

    return http_request


def _read_unmapped(cls: type[WorkspaceAuditLogEntryResponse], d: Mapping[str, Any]) -> Any:
    unmapped_raw = d.get("unmapped", UNSET)
    try:
        _unmapped = unmapped_raw
        unmapped: WorkspaceAuditLogEntryResponseUnmapped | Unset
        if isinstance(_unmapped, Unset):
            unmapped = UNSET
        else:
            unmapped = WorkspaceAuditLogEntryResponseUnmapped.from_dict(_unmapped)
    except (KeyError, TypeError, ValueError, AttributeError):
        unmapped = deviating_field(cls, "unmapped", unmapped_raw)

    return unmapped


_FIELDS: frozenset[str] = frozenset(
    (
        "activity_id",
        "activity_name",
        "status_id",
        "actor",
        "message",
        "id",
        "time_dt",
        "type_uid",
        "type_name",
        "metadata",
        "time",
        "category_name",
        "category_uid",
        "class_name",
        "class_uid",
        "severity_id",
        "device",
        "http_request",
        "unmapped",
    )
)


def _read_additional_properties(cls: type[WorkspaceAuditLogEntryResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkspaceAuditLogEntryResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "activity_id" in known:
        activity_id = known["activity_id"]
    else:
        activity_id = _read_activity_id(cls, d)

    activity_name = d.get("activity_name", MISSING)
    if activity_name.__class__ is not str:
        activity_name = _read_activity_name(cls, d)

    if "status_id" in known:
        status_id = known["status_id"]
    else:
        status_id = _read_status_id(cls, d)

    if "actor" in known:
        actor = known["actor"]
    else:
        actor = _read_actor(cls, d)

    message = d.get("message", MISSING)
    if message.__class__ is not str:
        message = _read_message(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    time_dt = d.get("time_dt", MISSING)
    if time_dt.__class__ is not str:
        time_dt = _read_time_dt(cls, d)

    type_uid = d.get("type_uid", MISSING)
    if type_uid.__class__ is not int:
        type_uid = _read_type_uid(cls, d)

    type_name = d.get("type_name", MISSING)
    if type_name.__class__ is not str:
        type_name = _read_type_name(cls, d)

    if "metadata" in known:
        metadata = known["metadata"]
    else:
        metadata = d.get("metadata", UNSET)
        if metadata is not UNSET:
            metadata = _read_metadata(cls, d)

    time = d.get("time", UNSET)
    if time.__class__ is not int and time is not UNSET:
        time = _read_time(cls, d)

    category_name = d.get("category_name", UNSET)
    if category_name.__class__ is not str and category_name is not UNSET:
        category_name = _read_category_name(cls, d)

    category_uid = d.get("category_uid", UNSET)
    if category_uid.__class__ is not int and category_uid is not UNSET:
        category_uid = _read_category_uid(cls, d)

    class_name = d.get("class_name", UNSET)
    if class_name.__class__ is not str and class_name is not UNSET:
        class_name = _read_class_name(cls, d)

    class_uid = d.get("class_uid", UNSET)
    if class_uid.__class__ is not int and class_uid is not UNSET:
        class_uid = _read_class_uid(cls, d)

    if "severity_id" in known:
        severity_id = known["severity_id"]
    else:
        severity_id = d.get("severity_id", UNSET)
        if severity_id is not UNSET:
            severity_id = _read_severity_id(cls, d)

    if "device" in known:
        device = known["device"]
    else:
        device = d.get("device", UNSET)
        if device is not UNSET and device is not None:
            device = _read_device(cls, d)

    if "http_request" in known:
        http_request = known["http_request"]
    else:
        http_request = d.get("http_request", UNSET)
        if http_request is not UNSET and http_request is not None:
            http_request = _read_http_request(cls, d)

    if "unmapped" in known:
        unmapped = known["unmapped"]
    else:
        unmapped = d.get("unmapped", UNSET)
        if unmapped is not UNSET:
            unmapped = _read_unmapped(cls, d)

    return {
        "activity_id": activity_id,
        "activity_name": activity_name,
        "status_id": status_id,
        "actor": actor,
        "message": message,
        "id": id,
        "time_dt": time_dt,
        "type_uid": type_uid,
        "type_name": type_name,
        "metadata": metadata,
        "time": time,
        "category_name": category_name,
        "category_uid": category_uid,
        "class_name": class_name,
        "class_uid": class_uid,
        "severity_id": severity_id,
        "device": device,
        "http_request": http_request,
        "unmapped": unmapped,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkspaceAuditLogEntryResponse,
    _all_fields,
    {
        "activity_id": _read_activity_id,
        "activity_name": _read_activity_name,
        "status_id": _read_status_id,
        "actor": _read_actor,
        "message": _read_message,
        "id": _read_id,
        "time_dt": _read_time_dt,
        "type_uid": _read_type_uid,
        "type_name": _read_type_name,
        "metadata": _read_metadata,
        "time": _read_time,
        "category_name": _read_category_name,
        "category_uid": _read_category_uid,
        "class_name": _read_class_name,
        "class_uid": _read_class_uid,
        "severity_id": _read_severity_id,
        "device": _read_device,
        "http_request": _read_http_request,
        "unmapped": _read_unmapped,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.actor_model import ActorModel
from ..models.device_model import DeviceModel
from ..models.http_request_model import HttpRequestModel
from ..models.workspace_audit_log_entry_response_metadata import WorkspaceAuditLogEntryResponseMetadata
from ..models.workspace_audit_log_entry_response_unmapped import WorkspaceAuditLogEntryResponseUnmapped
