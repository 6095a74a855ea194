"""Messages of `studyctl due`: its help, its headings, one line per kind of thing owed, and the
lines of the chat message (plain text, no markup a chat app would garble)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- help --------------------------------------------------------------------------------------
    "help.due": {
        "zh": "近期到期事项：今天起若干天内须完成的学习、安排、心得、检查和封存，在成为问题之前。",
        "en": "What falls due: the sessions, schedules, essays, reviews and seals owed in the next days, "
        "before they become findings.",
    },
    "help.due.days": {
        "zh": "向前看的天数（含今天）。",
        "en": "How many days to look ahead (today included).",
    },
    "help.due.member": {"zh": "只看这名成员（编号或姓名）。", "en": "Only this member (id or name)."},
    "help.due.unit": {"zh": "只看这个单位（编号或名称）。", "en": "Only this unit (id or name)."},
    "help.due.format": {
        "zh": "输出格式：text（终端）、json 或 message（可贴到工作群的纯文本）。",
        "en": "Output format: text (terminal), json, or message (plain text to paste into a chat group).",
    },
    "due.bad_days": {
        "zh": "--days 须是 1 到 366 之间的整数，而不是 {value}。",
        "en": "--days must be a whole number from 1 to 366, not {value}.",
    },
    "due.unknown_member": {
        "zh": "没有叫 {value} 的成员。相近的有：{candidates}",
        "en": "No member is called {value}. Close ones: {candidates}",
    },
    "due.unknown_unit": {
        "zh": "没有叫 {value} 的单位；用 studyctl unit list 查看单位编号。",
        "en": "No unit is called {value}; studyctl unit list shows the unit ids.",
    },
    # --- the terminal ------------------------------------------------------------------------------
    "due.title": {
        "zh": "{organization}到期事项：{start} 至 {end}（{days} 天）",
        "en": "{organization}: what falls due from {start} to {end} ({days} days)",
    },
    "due.when.overdue": {"zh": "已逾期", "en": "Overdue"},
    "due.when.this-week": {"zh": "本周到期", "en": "Due this week"},
    "due.when.later": {"zh": "以后到期", "en": "Due later"},
    "due.nothing": {
        "zh": "这段时间没有到期事项。",
        "en": "Nothing falls due in these days.",
    },
    "due.summary": {
        "zh": "共 {total} 项：已逾期 {overdue} 项，本周 {week} 项，以后 {later} 项。每项方括号内是它对应的检查规则。",
        "en": "{total} in all: {overdue} overdue, {week} this week, {later} later. The rule in brackets is "
        "what each keeps from becoming a finding.",
    },
    "due.date": {"zh": "{month}月{day}日（{weekday}）", "en": "{weekday} {month}/{day}"},
    "due.session": {
        "zh": "{week} {kind}尚未记录：{day}，{schedule}",
        "en": "{week} {kind} not yet recorded: {day}, {schedule}",
    },
    "due.session.no_workday": {
        "zh": "{week} {kind}尚未记录",
        "en": "{week} {kind} not yet recorded",
    },
    "due.session.listed": {"zh": "已列入 {schedule}", "en": "listed in {schedule}"},
    "due.session.unlisted": {"zh": "尚无安排", "en": "on no schedule yet"},
    "due.schedule": {
        "zh": "{week} 的{kind}（{day}）尚无已发布的学习安排",
        "en": "{week}: no published schedule lists the {kind} ({day})",
    },
    "due.seal": {
        "zh": "{quarter} 已结束，尚未封存；阻碍封存的错误：{errors}",
        "en": "{quarter} has ended and is not sealed; the errors in the way: {errors}",
    },
    "due.seal.ready": {
        "zh": "{quarter} 已结束，尚未封存；没有错误，提交全部档案后即可 studyctl seal {quarter}",
        "en": "{quarter} has ended and is not sealed; no errors: commit every record, then studyctl seal "
        "{quarter}",
    },
    "due.calendar": {
        "zh": "{year} 年的节假日和调休安排 studyctl 还不知道：公布后在 studyctl.yaml 的 calendar: 下写入 holidays 和 workdays",
        "en": "studyctl does not know {year}'s holidays and make-up working days: once published, add them "
        "under calendar: (holidays, workdays) in studyctl.yaml",
    },
    "due.group.reflections": {"zh": "按进度提交学习心得：{names}", "en": "Essays for the pace: {names}"},
    "due.group.review": {"zh": "季度学习情况检查：{names}", "en": "Quarterly reviews: {names}"},
    "due.group.notebook": {"zh": "专用学习笔记检查：{names}", "en": "Notebook checks: {names}"},
    "due.group.plan": {"zh": "年度学习计划：{names}", "en": "Yearly study plans: {names}"},
    "due.group.self-report": {"zh": "年度个人述学报告：{names}", "en": "Yearly self-reports: {names}"},
    "due.group.degree": {"zh": "学历达标：{names}", "en": "Degree target: {names}"},
    "due.group.other": {"zh": "{rule}：{names}", "en": "{rule}: {names}"},
    "due.plan_item": {
        "zh": "{name}的计划事项到期：{content}",
        "en": "{name}'s plan item falls due: {content}",
    },
    "due.more": {"zh": "等 {count} 人", "en": " and {count} more"},
    # --- the chat message --------------------------------------------------------------------------
    "due.msg.title": {
        "zh": "{organization}学习提醒（{date}）",
        "en": "{organization} study reminder ({date})",
    },
    "due.msg.week": {"zh": "本周学习安排：{sessions}", "en": "This week: {sessions}"},
    "due.msg.session": {"zh": "{day} {kind}", "en": "{day} {kind}"},
    "due.msg.session.topic": {"zh": "{day} {kind}（{topic}）", "en": "{day} {kind} ({topic})"},
    "due.msg.schedule": {
        "zh": "请于{date}前发布{week}的学习安排（{kinds}）。",
        "en": "Please publish the schedule of {week} ({kinds}) by {date}.",
    },
    "due.msg.reflections": {
        "zh": "请以下同志于{date}前提交第{quarter}季度学习心得：{names}",
        "en": "By {date}, please hand in your Q{quarter} study essay: {names}",
    },
    "due.msg.review": {
        "zh": "第{quarter}季度学习情况检查（含专用学习笔记）须于{date}前完成：{names}",
        "en": "The Q{quarter} reviews (notebook included) are due by {date}: {names}",
    },
    "due.msg.plan": {
        "zh": "请以下同志于{date}前制定或补全年度学习计划：{names}",
        "en": "By {date}, please write or complete your study plan for the year: {names}",
    },
    "due.msg.plan-overdue": {
        "zh": "请以下同志于{date}前完成学习计划事项：{names}",
        "en": "By {date}, please finish your plan items: {names}",
    },
    "due.msg.self-report": {
        "zh": "请以下同志于{date}前提交年度个人述学报告：{names}",
        "en": "By {date}, please hand in your yearly self-report: {names}",
    },
    "due.msg.degree": {
        "zh": "请以下同志注意学历达标期限{date}：{names}",
        "en": "The degree deadline is {date} for: {names}",
    },
    "due.msg.anti-corruption": {
        "zh": "{date}前须再组织反腐倡廉警示教育 {count} 次。",
        "en": "Hold {count} more anti-corruption sessions by {date}.",
    },
    "due.msg.exhibition": {
        "zh": "{date}前须举办学习交流和展评活动。",
        "en": "Hold the study exhibition by {date}.",
    },
    "due.msg.overdue": {
        "zh": "已逾期未办：{things}",
        "en": "Overdue: {things}",
    },
    "due.msg.overdue.people": {"zh": "{what}（{names}）", "en": "{what} ({names})"},
    "due.msg.what.reflections": {"zh": "学习心得", "en": "essays"},
    "due.msg.what.review": {"zh": "季度检查", "en": "quarterly reviews"},
    "due.msg.what.notebook": {"zh": "笔记检查", "en": "notebook checks"},
    "due.msg.what.plan": {"zh": "年度学习计划", "en": "study plans"},
    "due.msg.what.plan-overdue": {"zh": "计划事项", "en": "plan items"},
    "due.msg.what.self-report": {"zh": "述学报告", "en": "self-reports"},
    "due.msg.what.degree": {"zh": "学历达标", "en": "degree target"},
    "due.msg.what.study-day": {"zh": "周五学习日", "en": "study days"},
    "due.msg.what.exchange": {"zh": "交流学习心得", "en": "exchanges"},
    "due.msg.what.anti-corruption": {"zh": "反腐倡廉警示教育", "en": "anti-corruption sessions"},
    "due.msg.what.exhibition": {"zh": "学习交流和展评", "en": "the exhibition"},
    "due.msg.cut": {
        "zh": "另有 {count} 项，详见 studyctl due。",
        "en": "{count} more: see studyctl due.",
    },
    "due.msg.nothing": {"zh": "近期没有到期的学习事项。", "en": "Nothing falls due in the coming days."},
}
