from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_change_activity_id import AccountChangeActivityId, check_account_change_activity_id
from ..models.authentication_activity_id import AuthenticationActivityId, check_authentication_activity_id
from ..models.entity_management_activity_id import EntityManagementActivityId, check_entity_management_activity_id
from ..models.group_management_activity_id import GroupManagementActivityId, check_group_management_activity_id
from ..models.severity_id import SeverityId, check_severity_id
from ..models.status_id import StatusId, check_status_id
from ..models.user_access_management_activity_id import (
    UserAccessManagementActivityId,
    check_user_access_management_activity_id,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    parse_strictly,
    unexpected_type,
)

T = TypeVar("T", bound="WorkspaceAuditLogEntryResponse")


@_attrs_define
class WorkspaceAuditLogEntryResponse:
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
        category_name (str | Unset): Event category Default: 'Identity & Access Management'.
        category_uid (int | Unset): Category UID for IAM Default: 3.
        class_name (str | Unset): Event class name Default: ''.
        class_uid (int | Unset): Event class UID Default: 0.
        severity_id (int | SeverityId | Unset): Severity level Default: 1.
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

    category_name: str | Unset = "Identity & Access Management"

    category_uid: int | Unset = 3

    class_name: str | Unset = ""

    class_uid: int | Unset = 0

    severity_id: int | SeverityId | Unset = 1

    device: DeviceModel | None | Unset = UNSET

    http_request: HttpRequestModel | None | Unset = UNSET

    unmapped: WorkspaceAuditLogEntryResponseUnmapped | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        activity_id_raw = d.pop("activity_id", MISSING)
        if activity_id_raw is MISSING:
            activity_id = missing_field(cls, "activity_id")
            _missing += ("activity_id",)
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

        activity_name = d.pop("activity_name", MISSING)
        if activity_name.__class__ is not str:
            if activity_name is MISSING:
                activity_name = missing_field(cls, "activity_name")
                _missing += ("activity_name",)
            else:
                activity_name = unexpected_type(cls, "activity_name", activity_name, "a string")

        status_id_raw = d.pop("status_id", MISSING)
        if status_id_raw is MISSING:
            status_id = missing_field(cls, "status_id")
            _missing += ("status_id",)
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

        actor_raw = d.pop("actor", MISSING)
        if actor_raw is MISSING:
            actor = missing_field(cls, "actor")
            _missing += ("actor",)
        else:
            try:
                actor = ActorModel.from_dict(actor_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                actor = deviating_field(cls, "actor", actor_raw)

        message = d.pop("message", MISSING)
        if message.__class__ is not str:
            if message is MISSING:
                message = missing_field(cls, "message")
                _missing += ("message",)
            else:
                message = unexpected_type(cls, "message", message, "a string")

        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        time_dt = d.pop("time_dt", MISSING)
        if time_dt.__class__ is not str:
            if time_dt is MISSING:
                time_dt = missing_field(cls, "time_dt")
                _missing += ("time_dt",)
            else:
                time_dt = unexpected_type(cls, "time_dt", time_dt, "a string")

        type_uid = d.pop("type_uid", MISSING)
        if type_uid.__class__ is not int:
            if type_uid is MISSING:
                type_uid = missing_field(cls, "type_uid")
                _missing += ("type_uid",)
            else:
                type_uid = unexpected_type(cls, "type_uid", type_uid, "an integer")

        type_name = d.pop("type_name", MISSING)
        if type_name.__class__ is not str:
            if type_name is MISSING:
                type_name = missing_field(cls, "type_name")
                _missing += ("type_name",)
            else:
                type_name = unexpected_type(cls, "type_name", type_name, "a string")

        metadata_raw = d.pop("metadata", UNSET)
        try:
            _metadata = metadata_raw
            metadata: WorkspaceAuditLogEntryResponseMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = WorkspaceAuditLogEntryResponseMetadata.from_dict(_metadata)
        except (KeyError, TypeError, ValueError, AttributeError):
            metadata = deviating_field(cls, "metadata", metadata_raw)

        time = d.pop("time", UNSET)
        if time.__class__ is not int and time is not UNSET:
            time = unexpected_type(cls, "time", time, "an integer")

        category_name = d.pop("category_name", UNSET)
        if category_name.__class__ is not str and category_name is not UNSET:
            category_name = unexpected_type(cls, "category_name", category_name, "a string")

        category_uid = d.pop("category_uid", UNSET)
        if category_uid.__class__ is not int and category_uid is not UNSET:
            category_uid = unexpected_type(cls, "category_uid", category_uid, "an integer")

        class_name = d.pop("class_name", UNSET)
        if class_name.__class__ is not str and class_name is not UNSET:
            class_name = unexpected_type(cls, "class_name", class_name, "a string")

        class_uid = d.pop("class_uid", UNSET)
        if class_uid.__class__ is not int and class_uid is not UNSET:
            class_uid = unexpected_type(cls, "class_uid", class_uid, "an integer")

        severity_id_raw = d.pop("severity_id", UNSET)
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

        device_raw = d.pop("device", UNSET)
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

        http_request_raw = d.pop("http_request", UNSET)
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

        unmapped_raw = d.pop("unmapped", UNSET)
        try:
            _unmapped = unmapped_raw
            unmapped: WorkspaceAuditLogEntryResponseUnmapped | Unset
            if isinstance(_unmapped, Unset):
                unmapped = UNSET
            else:
                unmapped = WorkspaceAuditLogEntryResponseUnmapped.from_dict(_unmapped)
        except (KeyError, TypeError, ValueError, AttributeError):
            unmapped = deviating_field(cls, "unmapped", unmapped_raw)

        workspace_audit_log_entry_response = cls(
            activity_id=activity_id,
            activity_name=activity_name,
            status_id=status_id,
            actor=actor,
            message=message,
            id=id,
            time_dt=time_dt,
            type_uid=type_uid,
            type_name=type_name,
            metadata=metadata,
            time=time,
            category_name=category_name,
            category_uid=category_uid,
            class_name=class_name,
            class_uid=class_uid,
            severity_id=severity_id,
            device=device,
            http_request=http_request,
            unmapped=unmapped,
        )
        if _missing:
            workspace_audit_log_entry_response._missing_fields = _missing
        workspace_audit_log_entry_response.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.actor_model import ActorModel
from ..models.device_model import DeviceModel
from ..models.http_request_model import HttpRequestModel
from ..models.workspace_audit_log_entry_response_metadata import WorkspaceAuditLogEntryResponseMetadata
from ..models.workspace_audit_log_entry_response_unmapped import WorkspaceAuditLogEntryResponseUnmapped
