from typing import Literal

MusicFinetunesListSortDirection = Literal["asc", "desc"]

MUSIC_FINETUNES_LIST_SORT_DIRECTION_VALUES: set[MusicFinetunesListSortDirection] = {
    "asc",
    "desc",
}


def check_music_finetunes_list_sort_direction(value: str) -> MusicFinetunesListSortDirection:
    if value in MUSIC_FINETUNES_LIST_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MUSIC_FINETUNES_LIST_SORT_DIRECTION_VALUES!r}")
