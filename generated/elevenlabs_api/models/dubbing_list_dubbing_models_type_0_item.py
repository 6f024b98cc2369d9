from typing import Literal

DubbingListDubbingModelsType0Item = Literal["dubbing_v1", "dubbing_v2"]

DUBBING_LIST_DUBBING_MODELS_TYPE_0_ITEM_VALUES: set[DubbingListDubbingModelsType0Item] = {
    "dubbing_v1",
    "dubbing_v2",
}


def check_dubbing_list_dubbing_models_type_0_item(value: str) -> DubbingListDubbingModelsType0Item:
    if value in DUBBING_LIST_DUBBING_MODELS_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DUBBING_LIST_DUBBING_MODELS_TYPE_0_ITEM_VALUES!r}")
