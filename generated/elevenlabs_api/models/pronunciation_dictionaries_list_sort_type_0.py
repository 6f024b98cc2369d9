from typing import Literal

PronunciationDictionariesListSortType0 = Literal["creation_time_unix", "name"]

PRONUNCIATION_DICTIONARIES_LIST_SORT_TYPE_0_VALUES: set[PronunciationDictionariesListSortType0] = {
    "creation_time_unix",
    "name",
}


def check_pronunciation_dictionaries_list_sort_type_0(value: str) -> PronunciationDictionariesListSortType0:
    if value in PRONUNCIATION_DICTIONARIES_LIST_SORT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRONUNCIATION_DICTIONARIES_LIST_SORT_TYPE_0_VALUES!r}"
    )
