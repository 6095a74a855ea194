"""Messages of the cache and the speed-related options."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "help.check.no_cache": {
        "zh": "不读也不写缓存（.studyctl/cache），每个文件都重新读取和校验。",
        "en": "Neither read nor write the cache (.studyctl/cache): read and validate every file afresh.",
    },
    "yaml.control_escape": {
        "zh": "这段文字里的转义写出了一个控制字符（{detail}，如 \\e 或 \\x1b）。控制字符会扰乱终端的显示，档案里不能有。",
        "en": "An escape in this text makes a control character ({detail}, such as \\e or \\x1b). Control characters can disturb a terminal and have no place in a record.",
    },
    "yaml.control_escape.hint": {
        "zh": "删去这个转义；文字里只能有制表符（\\t）和换行（\\n）这两种控制字符。",
        "en": "Remove the escape; tab (\\t) and newline (\\n) are the only control characters text may hold.",
    },
}
