"""Messages of the record layout and the table of kinds: references to members who had left, a
`left` before `joined`, references that wait on a broken record, studyctl's own folder."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "reference.left_author": {
        "zh": "作者 {value} 已于 {left} 离开，这篇心得却写于 {date}。",
        "en": "The author {value} left on {left}, but the essay is dated {date}.",
    },
    "reference.left_author.hint": {
        "zh": "检查心得的日期或作者；离开后的成员不再写心得（离开日期见 members/{value}.yaml 的 left）。",
        "en": "Check the essay's date or author; a member who left writes no essays (see left in members/{value}.yaml).",
    },
    "reference.left_reviewed": {
        "zh": "{value} 已于 {left} 离开，{date} 开始时已不在职，不应有该季度的检查。",
        "en": "{value} left on {left}, before {date} began: there is no review of that quarter for them.",
    },
    "reference.left_reviewed.hint": {
        "zh": "检查季度或成员；离开日期见 members/{value}.yaml 的 left。",
        "en": "Check the quarter or the member; see left in members/{value}.yaml.",
    },
    "reference.left_reporter": {
        "zh": "{value} 已于 {left} 离开，{date} 年开始时已不在职，不应有该年度的个人述学。",
        "en": "{value} left on {left}, before the year {date} began: there is no self-report of that year for them.",
    },
    "reference.left_reporter.hint": {
        "zh": "检查年份或成员；离开日期见 members/{value}.yaml 的 left。",
        "en": "Check the year or the member; see left in members/{value}.yaml.",
    },
    "reference.record": {
        "zh": "{kind} 中没有 {value}。",
        "en": "There is no {value} in {kind}.",
    },
    "reference.record.hint": {
        "zh": "检查拼写，或先登记该记录。",
        "en": "Check the spelling, or add that record first.",
    },
    "schema.left_order": {
        "zh": "离开日期（left）{value} 不晚于入职日期（joined）。",
        "en": "The date left ({value}) is not after the date joined.",
    },
    "schema.left_order.hint": {
        "zh": "left 是成员不再在职的第一天，必须晚于 joined；检查两个日期。",
        "en": "left is the first day a member is no longer active and must come after joined; check both dates.",
    },
    "check.waiting": {
        "zh": "{file} 未能读取，另有 {count} 处对它的引用暂时无法检查；修好该文件后再运行 check。",
        "en": "{file} could not be loaded: {count} references to it could not be checked; fix it and run check again.",
    },
    "state.not_a_folder": {
        "zh": "{path} 不是普通文件夹（是链接或文件）：studyctl 从不通过它写入，读取时不使用缓存，记录也无法写入。",
        "en": "{path} is not a plain folder (a link or a file): studyctl never writes through it; reading goes on without the cache, and records cannot be written.",
    },
    "state.not_a_folder.hint": {
        "zh": "删除它（git rm {path}），studyctl 会重新建立自己的文件夹。",
        "en": "Remove it (git rm {path}); studyctl makes its own folder again.",
    },
}
