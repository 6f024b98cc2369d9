from typing import Literal

DubbingListCreationSourcesType0Item = Literal["dubbing_api", "dubbing_ui", "flow_node"]

DUBBING_LIST_CREATION_SOURCES_TYPE_0_ITEM_VALUES: set[DubbingListCreationSourcesType0Item] = {
    "dubbing_api",
    "dubbing_ui",
    "flow_node",
}


def check_dubbing_list_creation_sources_type_0_item(value: str) -> DubbingListCreationSourcesType0Item:
    if value in DUBBING_LIST_CREATION_SOURCES_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DUBBING_LIST_CREATION_SOURCES_TYPE_0_ITEM_VALUES!r}")
