"""Messages of the cache and the speed-related options."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "help.check.no_cache": {
        "zh": "不读也不写缓存（.studyctl/cache），每个文件都重新读取和校验。",
        "en": "Neither read nor write the cache (.studyctl/cache): read and validate every file afresh.",
    },
}
