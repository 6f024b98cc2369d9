from typing import Literal

BranchProtectionStatus = Literal["admin_perms_required", "writer_perms_required"]

BRANCH_PROTECTION_STATUS_VALUES: set[BranchProtectionStatus] = {
    "admin_perms_required",
    "writer_perms_required",
}


def check_branch_protection_status(value: str) -> BranchProtectionStatus:
    if value in BRANCH_PROTECTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BRANCH_PROTECTION_STATUS_VALUES!r}")
