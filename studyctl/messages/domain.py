"""Messages of the shared domain notions (RULES 1.1): a session that nobody attended, a study day
or exchange that does not count because nobody was there, and a record dated after today."""

MESSAGES: dict[str, dict[str, str]] = {
    "attendance.none": {
        "zh": "本次学习没有任何考勤记录，不计入任何学习。",
        "en": "This session has no attendance at all, so it counts for nothing.",
    },
    "attendance.none.hint": {
        "zh": "在 attendance 下为每位应参加者记一行，如 zhang-wei: present（出席 present、迟到 late、"
        "请假 leave、缺席 absent；请假和缺席须写原因）；若学习并未举行，删去这个文件。",
        "en": "Add a line under attendance for each expected participant, like zhang-wei: present (present, "
        "late, leave or absent; leave and absent need a reason); if the session did not take place, "
        "delete this file.",
    },
    "study-day.not_held": {
        "zh": "{week} 的全员学习日 {date} 没有一名应参加者出席或迟到，不能计入。",
        "en": "{week}'s study day on {date} had no expected participant present or late, so it does not "
        "count.",
    },
    "study-day.not_held.hint": {
        "zh": "核对考勤（attendance）：出席记 present，迟到记 late；若学习并未举行，删去这个文件并说明原因。",
        "en": "Check the attendance: present or late for who came; if the session did not take place, "
        "delete this file and explain why at the quarterly check.",
    },
    "exchange.not_held": {
        "zh": "{week} 的交流学习心得 {date} 没有一名应参加者出席或迟到，不能计入。",
        "en": "{week}'s exchange on {date} had no expected participant present or late, so it does not "
        "count.",
    },
    "exchange.not_held.hint": {
        "zh": "核对考勤（attendance）和参加范围（units / participants）；若交流并未举行，删去这个文件。",
        "en": "Check the attendance and the session's units and participants; if the exchange did not take "
        "place, delete this file.",
    },
    "schema.future_date": {
        "zh": "{field} 为 {date}，晚于今天（{today}）：档案只记已经发生的事。",
        "en": "{field} is {date}, after today ({today}): records tell what happened, not what will.",
    },
    "schema.future_date.hint": {
        "zh": "核对日期是否写错；尚未发生的事等发生后再记（计划事项未完成时 done 留空）。",
        "en": "Check the date for a typo; record it once it has happened (leave done empty until an item "
        "is done).",
    },
}
