"""Messages of recording: the store's refusals, names and sign-in sheets, git commits and undo,
the recording commands' prompts, output and help texts."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- kinds and areas, as the clerk says them -----------------------------------------------
    # --- commit subjects ------------------------------------------------------------------------
    "store.commit.session": {"zh": "记录学习: {date} {what}", "en": "Log session: {date} {what}"},
    "store.commit.member_add": {"zh": "登记成员: {name} ({id})", "en": "Add member: {name} ({id})"},
    "store.commit.member_leave": {
        "zh": "成员离开: {name} {date}",
        "en": "Member leaves: {name} on {date}",
    },
    "store.commit.unit_add": {"zh": "登记站所办: {name} ({id})", "en": "Add unit: {name} ({id})"},
    "store.commit.plan_new": {"zh": "学习计划: {name} {year}年", "en": "Study plan: {name} {year}"},
    "store.commit.plan_done": {
        "zh": "完成计划: {name} {content}",
        "en": "Plan item done: {name} {content}",
    },
    "store.commit.schedule": {
        "zh": "发布学习安排: {name}（{count} 项）",
        "en": "Publish schedule: {name} ({count} entries)",
    },
    "store.commit.essay": {"zh": "学习心得: {name}《{title}》", "en": "Study essay: {name}, {title}"},
    "store.commit.review": {"zh": "季度检查: {name} {quarter}", "en": "Quarterly review: {name} {quarter}"},
    "store.commit.self_report": {"zh": "个人述学: {name} {year}年", "en": "Self-report: {name} {year}"},
    "store.commit.undo": {"zh": "撤销: {subject}", "en": "Undo: {subject}"},
    # --- refusals -------------------------------------------------------------------------------
    "store.refused": {
        "zh": "没有写入 {path}，因为：",
        "en": "{path} was not written, because:",
    },
    "store.at_line": {"zh": "{file} 第 {line} 行：", "en": "{file}, line {line}: "},
    "store.exists": {
        "zh": "{path} 已经存在，没有覆盖。",
        "en": "{path} exists already; it was not overwritten.",
    },
    "store.exists.hint": {
        "zh": "要用新内容替换它，加上 --replace；要另记一条，换一个日期或名称（--slug / --name）。",
        "en": "To replace it with the new content, add --replace; to keep both, choose another date or "
        "name (--slug / --name).",
    },
    "store.changed": {
        "zh": "{path} 在读取之后被改动过，为免覆盖别人的修改，没有写入。",
        "en": "{path} changed on disk after it was read; nothing was written so that no change is lost.",
    },
    "store.changed.hint": {
        "zh": "看一下这个文件现在的内容，然后重新运行命令。",
        "en": "Look at the file as it is now, then run the command again.",
    },
    "store.missing": {"zh": "没有找到 {path}。", "en": "{path} does not exist."},
    "store.missing.hint": {
        "zh": "检查成员和年度；学习计划用 studyctl plan new 新建。",
        "en": "Check the member and the year; make a plan with studyctl plan new.",
    },
    "store.unreadable": {"zh": "无法读取 {path}：{detail}", "en": "Cannot read {path}: {detail}"},
    "store.editor_failed": {
        "zh": "编辑器 {editor} 没有正常结束（{detail}），没有写入任何内容。",
        "en": "The editor {editor} did not finish normally ({detail}); nothing was written.",
    },
    "store.editor_failed.hint": {
        "zh": "用环境变量 EDITOR 指定编辑器，或用文件选项直接给出内容。",
        "en": "Name an editor in the EDITOR variable, or give the text in a file.",
    },
    "store.round_trip": {
        "zh": "内部错误：{path} 写出后读回的内容与原意不符，已停止写入。",
        "en": "Internal error: {path} would not read back as written; nothing was written.",
    },
    "store.round_trip.hint": {
        "zh": "请把所用的命令报告给维护者。",
        "en": "Please report the command you ran to the maintainers.",
    },
    "store.locked": {
        "zh": "另一个 studyctl 正在写入这个档案目录（{holder}），等待 {wait} 秒后仍未结束。",
        "en": "Another studyctl is writing to this records folder ({holder}); it had not finished after "
        "{wait} seconds.",
    },
    "store.locked.hint": {
        "zh": "稍后再运行一次。",
        "en": "Run the command again in a moment.",
    },
    "store.flag_twice": {
        "zh": "{name} 被写了两次考勤（已记为 {first}）。",
        "en": "{name} is given twice (already {first}).",
    },
    "store.flag_twice.hint": {
        "zh": "每人只写一次 --absent、--leave 或 --late。",
        "en": "Name each person in only one of --absent, --leave and --late.",
    },
    "store.flag_no_reason": {
        "zh": "{flag} {name} 没有写原因。",
        "en": "{flag} {name} has no reason.",
    },
    "store.flag_no_reason.hint": {
        "zh": "写作 成员:原因，如 {flag} 王芳:病假。",
        "en": "Write MEMBER:REASON, like {flag} wang-fang:sick.",
    },
    "store.sheet_and_flags": {
        "zh": "--from-csv 不能和 --absent、--leave、--late 同时使用。",
        "en": "--from-csv cannot be combined with --absent, --leave or --late.",
    },
    "store.sheet_and_flags.hint": {
        "zh": "把请假、缺席和迟到写进签到表的状态和原因两列。",
        "en": "Put leave, absence and lateness in the sheet's status and reason columns.",
    },
    "store.already_left": {
        "zh": "{name} 已于 {date} 离开，没有改动。",
        "en": "{name} left on {date} already; nothing was changed.",
    },
    "store.leave_before_joined": {
        "zh": "离开日期必须晚于 {name} 的入职日期 {joined}。",
        "en": "The leaving date must be after {name} joined ({joined}).",
    },
    "store.template.plan": {
        "zh": "{name} {year} 年度学习计划。写明目标（goals），在每个学习领域写出学习内容（content）和完成日期（due）；以 # 开头的是说明。",
        "en": "{name}'s study plan for {year}. Write the goals, and for each area what to study (content) "
        "and by when (due); lines starting with # are notes.",
    },
    "store.template.minutes": {
        "zh": "在下面写学习记录（会议内容、发言要点等）。以 # 开头的行不会保存。保存并关闭编辑器即完成。",
        "en": "Write the minutes below (what was studied, the main points said). Lines starting with # are "
        "not kept. Save and close the editor when done.",
    },
    "store.template.body": {
        "zh": "在下面写正文。以 # 开头的行不会保存。保存并关闭编辑器即完成。",
        "en": "Write the text below. Lines starting with # are not kept. Save and close the editor when done.",
    },
    "store.template_broken": {
        "zh": "填写的内容有误（{line}）：{detail}",
        "en": "The text you wrote has a problem ({line}): {detail}",
    },
    "store.no_item": {
        "zh": "计划中没有“{value}”这一项。计划各项：{items}",
        "en": "The plan has no item “{value}”. Its items: {items}",
    },
    "store.no_item.hint": {
        "zh": "用编号（1、2……）或内容中的几个字指明是哪一项。",
        "en": "Name the item by its number (1, 2, …) or by words of its content.",
    },
    "store.many_items": {
        "zh": "“{value}”符合计划中的多项：{items}",
        "en": "“{value}” fits several items of the plan: {items}",
    },
    "store.many_items.hint": {
        "zh": "用编号（1、2……）指明是哪一项。",
        "en": "Name the item by its number (1, 2, …).",
    },
    "store.item_done": {
        "zh": "“{content}”已于 {date} 完成，没有改动。",
        "en": "“{content}” was done on {date} already; nothing was changed.",
    },
    "store.no_entries": {
        "zh": "学习安排中没有任何条目。",
        "en": "The schedule has no entries.",
    },
    "store.no_entries.hint": {
        "zh": "用 --entry 日期,类型,主题[,主持人[,单位]] 或 --file 文件 给出条目。",
        "en": "Give entries with --entry DATE,KIND,TOPIC[,HOST[,UNITS]] or --file FILE.",
    },
    "store.bad_entry": {
        "zh": "无法识别的条目：{value}",
        "en": "Not an entry: {value}",
    },
    "store.bad_entry.hint": {
        "zh": "写作 日期,类型,主题[,主持人[,单位]]，如 2026-04-03,周五学习日,学习《宪法》,李明",
        "en": "Write DATE,KIND,TOPIC[,HOST[,UNITS]], like 2026-04-03,study-day,The Constitution,li-ming",
    },
    "store.entry_date": {"zh": "{value} 不是有效日期。", "en": "{value} is not a valid date."},
    "store.entry_date.hint": {
        "zh": "日期写作 2026-04-03（年-月-日）。",
        "en": "Write dates as 2026-04-03 (year-month-day).",
    },
    "store.entry_kind": {"zh": "没有“{value}”这种学习形式。", "en": "There is no kind “{value}”."},
    "store.entry_kind.hint": {"zh": "可用的形式：{kinds}", "en": "The kinds are: {kinds}"},
    "store.schedule_header": {
        "zh": "{path} 的第一行应是列名：日期、类型、主题（可加 主持人、单位）。",
        "en": "The first line of {path} must name the columns: date, kind, topic (and host, units).",
    },
    # --- names ----------------------------------------------------------------------------------
    "names.unknown": {
        "zh": "没有叫“{value}”的成员。可能是：{candidates}",
        "en": "No member is called “{value}”. Perhaps: {candidates}",
    },
    "names.unknown.hint": {
        "zh": "写成员的编号或姓名；studyctl member list 列出全部成员。",
        "en": "Give a member's id or name; studyctl member list shows them all.",
    },
    "names.ambiguous": {
        "zh": "叫“{value}”的成员不止一位：{candidates}",
        "en": "More than one member is called “{value}”: {candidates}",
    },
    "names.ambiguous.hint": {
        "zh": "改用成员编号（括号中的第一项）。",
        "en": "Use the member's id (the first item in brackets).",
    },
    # --- sign-in sheets -------------------------------------------------------------------------
    "signin.no_header": {
        "zh": "签到表中没有“姓名”列。",
        "en": "The sign-in sheet has no name column (姓名, name or id).",
    },
    "signin.no_header.hint": {
        "zh": "第一行写列名：姓名、状态、原因。",
        "en": "Name the columns in the first line: 姓名 (or name), 状态 (or status), 原因 (or reason).",
    },
    "signin.no_status_column": {
        "zh": "签到表中没有“状态”列。",
        "en": "The sign-in sheet has no status column (状态 or status).",
    },
    "signin.no_status_column.hint": {
        "zh": "加一列“状态”，填 出席、迟到、请假 或 缺席。",
        "en": "Add a column 状态 (or status) with present, late, leave or absent.",
    },
    "signin.no_name": {"zh": "这一行没有姓名。", "en": "This row has no name."},
    "signin.no_name.hint": {
        "zh": "填上姓名，或删去这一行。",
        "en": "Fill in the name, or delete the row.",
    },
    "signin.bad_status": {
        "zh": "{name} 的状态“{value}”无法识别。",
        "en": "The status “{value}” of {name} is not known.",
    },
    "signin.bad_status.hint": {
        "zh": "状态填 出席、迟到、请假 或 缺席。",
        "en": "Write present, late, leave or absent (or 出席, 迟到, 请假, 缺席).",
    },
    "signin.no_reason": {
        "zh": "{name} {status}，但没有写原因。",
        "en": "{name} is {status}, but no reason is given.",
    },
    "signin.no_reason.hint": {
        "zh": "在“原因”列写明请假或缺席的原因。",
        "en": "Write the reason in the reason column (原因).",
    },
    "signin.unknown": {
        "zh": "签到表中的“{value}”不是成员。可能是：{candidates}",
        "en": "“{value}” on the sheet is no member. Perhaps: {candidates}",
    },
    "signin.unknown.hint": {
        "zh": "核对姓名的写法（studyctl member list 列出全部成员），或改写成员编号。",
        "en": "Check the name (studyctl member list shows all members), or write the member's id.",
    },
    "signin.ambiguous": {
        "zh": "签到表中的“{value}”可能是：{candidates}",
        "en": "“{value}” on the sheet could be: {candidates}",
    },
    "signin.ambiguous.hint": {
        "zh": "把这一行的姓名改成成员编号（括号中的第一项）。",
        "en": "Write the member's id (the first item in brackets) instead of the name.",
    },
    "signin.twice": {
        "zh": "“{value}”在签到表中出现了两次（第一次在第 {first} 行）。",
        "en": "“{value}” is on the sheet twice (first on line {first}).",
    },
    "signin.twice.hint": {"zh": "删去重复的一行。", "en": "Delete one of the two rows."},
    "signin.not_expected": {
        "zh": "“{value}”不在本次学习的应到人员中（已离开，或不属于参加学习的单位）。",
        "en": "“{value}” is not expected at this session (left, or not in its units).",
    },
    "signin.not_expected.hint": {
        "zh": "检查 --units、--participants 和日期，或删去这一行。",
        "en": "Check --units, --participants and the date, or delete the row.",
    },
    "signin.missing": {
        "zh": "签到表缺少应到人员：{candidates}",
        "en": "Expected participants missing from the sheet: {candidates}",
    },
    "signin.missing.hint": {
        "zh": "为他们各加一行，填上状态（没来的写 缺席 或 请假 及原因）。",
        "en": "Add a row for each, with a status (absent or leave, with a reason, for those who did not come).",
    },
    # --- git ------------------------------------------------------------------------------------
    "git.cause.index_lock": {
        "zh": "git 的索引被锁住（存在 {lock}）",
        "en": "git's index is locked ({lock} exists)",
    },
    "git.cause.index_lock.hint": {
        "zh": "确认没有其他 git 程序在运行后，删除 {lock}",
        "en": "Make sure no other git program is running, then delete {lock}",
    },
    "git.cause.identity": {
        "zh": "git 还不知道提交人的姓名和邮箱",
        "en": "git does not know who is committing (no user.name or user.email)",
    },
    "git.cause.identity.hint": {
        "zh": '运行 git config --global user.name "姓名" 和 git config --global user.email "邮箱"',
        "en": 'Run git config --global user.name "Your Name" and git config --global user.email "you@example.org"',
    },
    "git.cause.hook": {
        "zh": "仓库的 git 钩子拒绝了这次提交",
        "en": "a git hook of the repository refused the commit",
    },
    "git.cause.hook.hint": {
        "zh": "按钩子的输出修正问题",
        "en": "Fix what the hook's output says",
    },
    "git.cause.other": {"zh": "git 提交失败", "en": "git could not commit"},
    "git.cause.other.hint": {"zh": "按 git 的输出修正问题", "en": "Fix what git's output says"},
    "git.cause.revert": {"zh": "git revert 失败", "en": "git revert failed"},
    "git.cause.revert.hint": {"zh": "按 git 的输出处理", "en": "Follow git's output"},
    # --- output ---------------------------------------------------------------------------------
    "store.written": {"zh": "已写入 {path}", "en": "Wrote {path}"},
    "store.updated": {"zh": "已更新 {path}", "en": "Updated {path}"},
    "store.replaced_file": {"zh": "已替换 {path}", "en": "Replaced {path}"},
    "store.committed": {"zh": "已提交：{subject}", "en": "Committed: {subject}"},
    "store.not_in_git": {
        "zh": "档案目录不在 git 仓库中，未提交。",
        "en": "The records folder is not in a git repository; nothing was committed.",
    },
    "store.git_missing": {
        "zh": "找不到 git 程序，未提交；安装 git 后请提交这份记录。",
        "en": "git was not found, so nothing was committed; once git is installed, commit the record.",
    },
    "store.commit_failed": {
        "zh": "记录已写入 {path}，但没有提交：{cause}。\ngit 的输出：{detail}\n{hint}，然后运行：\n  {command}",
        "en": "The record is written to {path}, but not committed: {cause}.\ngit said: {detail}\n{hint}, then run:\n  {command}",
    },
    "store.member_added": {"zh": "成员编号：{id}", "en": "Member id: {id}"},
    "store.unit_added": {"zh": "站所办编号：{id}", "en": "Unit id: {id}"},
    "store.plan_item_done": {"zh": "已完成：{content}", "en": "Done: {content}"},
    "store.missing_option": {
        "zh": "缺少 {option}。",
        "en": "{option} is missing.",
    },
    "store.missing_option.hint": {
        "zh": "加上 {option}，或在终端中运行本命令逐项填写。",
        "en": "Add {option}, or run the command in a terminal to be asked for it.",
    },
    "store.bad_choice": {
        "zh": "“{value}”不是可选的 {option}：{choices}",
        "en": "“{value}” is not a choice for {option}: {choices}",
    },
    "store.bad_number": {"zh": "{option} 应为数字：{value}", "en": "{option} must be a number: {value}"},
    "store.bad_quarter": {"zh": "{value} 不是季度。", "en": "{value} is not a quarter."},
    "store.bad_quarter.hint": {"zh": "季度写作 2026Q2。", "en": "Write a quarter as 2026Q2."},
    "store.empty_text": {
        "zh": "{what}是空的，没有写入任何内容。",
        "en": "The {what} is empty; nothing was written.",
    },
    "store.what.minutes": {"zh": "学习记录", "en": "minutes"},
    "store.what.body": {"zh": "正文", "en": "text"},
    "store.undo_no_git": {
        "zh": "{path} 不在 git 仓库中，无法撤销。",
        "en": "{path} is not in a git repository; there is nothing to undo.",
    },
    "store.undo_nothing": {
        "zh": "没有可以撤销的 studyctl 提交。",
        "en": "There is no studyctl commit left to undo.",
    },
    "store.undo_changed_since": {
        "zh": "“{subject}”之后这些文件又被修改过（{commits}），无法自动撤销。",
        "en": "The files of “{subject}” changed in later commits ({commits}); it cannot be undone automatically.",
    },
    "store.undo_changed_since.hint": {
        "zh": "直接编辑有关文件并提交。",
        "en": "Edit the files by hand and commit.",
    },
    "store.undo_dirty": {
        "zh": "这些文件有尚未提交的改动：{paths}",
        "en": "These files have uncommitted changes: {paths}",
    },
    "store.undo_dirty.hint": {
        "zh": "先提交或放弃这些改动，再撤销。",
        "en": "Commit or discard those changes first, then undo.",
    },
    "store.undo_show": {
        "zh": "最近一次 studyctl 提交：{sha}  {date}  {subject}\n涉及文件：{paths}",
        "en": "The last studyctl commit: {sha}  {date}  {subject}\nFiles: {paths}",
    },
    "store.undo_confirm": {"zh": "撤销这次提交吗？", "en": "Undo this commit?"},
    "store.undo_needs_yes": {
        "zh": "不在终端中运行时，撤销需要加 --yes 确认。",
        "en": "Outside a terminal, undo needs --yes to go ahead.",
    },
    "store.undo_declined": {"zh": "没有撤销。", "en": "Nothing was undone."},
    "store.undone": {"zh": "已撤销：{subject}", "en": "Undone: {subject}"},
    "store.prompt.members": {"zh": "成员：{names}", "en": "Members: {names}"},
    "store.prompt.units": {"zh": "站所办：{names}", "en": "Units: {names}"},
    "store.prompt.date": {"zh": "日期", "en": "Date"},
    "store.prompt.kind": {"zh": "学习形式", "en": "Kind"},
    "store.prompt.host": {"zh": "主持人", "en": "Host"},
    "store.prompt.topic": {"zh": "学习主题", "en": "Topic"},
    "store.prompt.area": {"zh": "学习领域", "en": "Area"},
    "store.prompt.recorder": {"zh": "记录人", "en": "Recorder"},
    "store.prompt.name": {"zh": "姓名", "en": "Name"},
    "store.prompt.unit": {"zh": "所在站所办", "en": "Unit"},
    "store.prompt.role": {"zh": "职务层级", "en": "Role"},
    "store.prompt.born": {"zh": "出生日期", "en": "Born"},
    "store.prompt.education": {"zh": "学历", "en": "Education"},
    "store.prompt.party_member": {"zh": "是否党员", "en": "Party member"},
    "store.prompt.joined": {"zh": "入职日期", "en": "Joined"},
    "store.prompt.reviewer": {"zh": "检查人", "en": "Reviewer"},
    "store.prompt.attitude": {"zh": "学习态度", "en": "Attitude"},
    "store.prompt.content": {"zh": "学习内容", "en": "Content"},
    "store.prompt.results": {"zh": "学习成效", "en": "Results"},
    "store.prompt.notebook": {"zh": "专用笔记", "en": "Notebook"},
    "store.prompt.rating": {"zh": "自我评价", "en": "Self-rating"},
    "store.prompt.title": {"zh": "标题", "en": "Title"},
    "store.prompt.author": {"zh": "作者", "en": "Author"},
    "store.prompt.goals": {"zh": "学习目标", "en": "Goals"},
    "store.prompt.try_again": {"zh": "请重新输入。", "en": "Please try again."},
    "store.list.id": {"zh": "编号", "en": "id"},
    "store.list.name": {"zh": "姓名", "en": "name"},
    "store.list.unit": {"zh": "站所办", "en": "unit"},
    "store.list.role": {"zh": "职务层级", "en": "role"},
    "store.list.joined": {"zh": "入职", "en": "joined"},
    "store.list.left": {"zh": "离开", "en": "left"},
    "store.list.none": {"zh": "还没有登记成员。", "en": "No members yet."},
    "store.role.secretary": {"zh": "书记", "en": "secretary"},
    "store.role.leader": {"zh": "班子成员", "en": "leader"},
    "store.role.middle": {"zh": "中层干部", "en": "middle-level"},
    "store.role.staff": {"zh": "一般干部", "en": "staff"},
    # --- help texts ---------------------------------------------------------------------------
    "help.store.replace": {"zh": "覆盖已有的同名记录。", "en": "Overwrite the record if it exists."},
    "help.store.no_commit": {"zh": "写入后不提交到 git。", "en": "Write the record but do not commit it."},
    "help.log-session": {
        "zh": "记录一次学习活动：时间、形式、主持人、主题、记录和考勤。未列出的应到人员记为出席；"
        "缺少的选项在终端中会逐项询问。\n\n"
        "示例：studyctl log-session --date 2026-04-03 --kind study-day --host 李明 --topic 学习《宪法》 "
        "--area law --recorder 王芳 --minutes-file 记录.txt --leave 张伟:病假",
        "en": "Log a study session: date, kind, host, topic, minutes and attendance. Expected participants "
        "not named otherwise are present; missing options are asked for in a terminal.\n\n"
        "Example: studyctl log-session --date 2026-04-03 --kind study-day --host li-ming --topic 'The "
        "Constitution' --area law --recorder wang-fang --minutes-file minutes.txt --leave zhang-wei:sick",
    },
    "help.log.date": {"zh": "学习日期，如 2026-04-03。", "en": "The date, like 2026-04-03."},
    "help.log.kind": {
        "zh": "学习形式：study-day（周五学习日）、exchange（周二交流）、unit-study、cadre-meeting、"
        "branch-meeting、group-meeting、anti-corruption、patriotic、exhibition、joint-meeting、other；也可写中文名称。",
        "en": "The kind: study-day, exchange, unit-study, cadre-meeting, branch-meeting, group-meeting, "
        "anti-corruption, patriotic, exhibition, joint-meeting, other.",
    },
    "help.log.units": {
        "zh": "参加的站所办（编号或名称，逗号分隔）；站所办学习必须写明，其他形式默认 all（全体）。",
        "en": "The units taking part (ids or names, comma-separated); required for a unit study, "
        "all by default otherwise.",
    },
    "help.log.participants": {
        "zh": "指定的参加人员（编号或姓名，逗号分隔），如联席会议、党小组会议。",
        "en": "Named participants (ids or names, comma-separated), for a joint or group meeting.",
    },
    "help.log.host": {"zh": "主持人（编号或姓名）。", "en": "The host (id or name)."},
    "help.log.topic": {"zh": "学习主题。", "en": "The topic."},
    "help.log.area": {
        "zh": "学习领域：politics（政治理论）、law（法律法规）、economics（经济理论）、knowledge（科学文化和业务知识）。",
        "en": "The area: politics, law, economics or knowledge.",
    },
    "help.log.recorder": {"zh": "记录人（编号或姓名）。", "en": "Who took the minutes (id or name)."},
    "help.log.minutes_file": {
        "zh": "学习记录文件（- 表示从标准输入读取）；不给时在终端中打开编辑器。",
        "en": "A file with the minutes (- for standard input); without it, an editor opens in a terminal.",
    },
    "help.log.absent": {
        "zh": "缺席人员及原因，写作 成员:原因；可重复。",
        "en": "An absent member and the reason, as MEMBER:REASON; repeatable.",
    },
    "help.log.leave": {
        "zh": "请假人员及原因，写作 成员:原因；可重复。",
        "en": "A member on leave and the reason, as MEMBER:REASON; repeatable.",
    },
    "help.log.late": {"zh": "迟到人员；可重复。", "en": "A member who came late; repeatable."},
    "help.log.from_csv": {
        "zh": "从签到表（CSV，列：姓名、状态、原因）读取考勤；Excel 或 WPS 另存的 UTF-8 或 GBK 文件均可。",
        "en": "Take the attendance from a sign-in sheet (CSV with columns 姓名/name, 状态/status, 原因/reason), "
        "UTF-8 or GBK as Excel or WPS save it.",
    },
    "help.log.slug": {
        "zh": "文件名中日期之后的部分（默认：形式[-单位]）。",
        "en": "The file name after the date (default: the kind[-unit]).",
    },
    "help.undo": {
        "zh": "显示并撤销 studyctl 最近的一次提交（git revert，历史保留）。\n\n示例：studyctl undo",
        "en": "Show and undo studyctl's last commit (with git revert; history is kept).\n\nExample: studyctl undo",
    },
    "help.undo.yes": {"zh": "不再询问，直接撤销。", "en": "Undo without asking."},
    "help.member": {"zh": "登记、离开和列出成员。", "en": "Add, retire and list members."},
    "help.unit": {"zh": "登记站所办。", "en": "Add units."},
    "help.member.add": {
        "zh": "登记新成员；编号由姓名的拼音生成（张伟 → zhang-wei）。\n\n"
        "示例：studyctl member add 张伟 --unit 财政所 --role middle --born 1979-05-12 "
        "--education bachelor --party-member --joined 2020-03-01",
        "en": "Add a member; the id is made from the Chinese name in pinyin (张伟 → zhang-wei).\n\n"
        "Example: studyctl member add 张伟 --unit czs --role middle --born 1979-05-12 "
        "--education bachelor --party-member --joined 2020-03-01",
    },
    "help.member.name": {"zh": "姓名。", "en": "The member's name (Chinese)."},
    "help.member.unit": {"zh": "所在站所办（编号或名称）。", "en": "The unit (id or name)."},
    "help.member.role": {
        "zh": "职务层级：secretary（书记）、leader（班子成员）、middle（中层干部）、staff（一般干部）。",
        "en": "The role: secretary, leader, middle or staff.",
    },
    "help.member.born": {"zh": "出生日期。", "en": "The date of birth."},
    "help.member.education": {"zh": "最高学历。", "en": "The highest education."},
    "help.member.party_member": {"zh": "是否中共党员。", "en": "Whether a party member."},
    "help.member.oa": {"zh": "是否掌握办公自动化。", "en": "Whether the member masters office automation."},
    "help.member.joined": {"zh": "入职日期。", "en": "The date the member joined."},
    "help.member.id": {
        "zh": "自定编号（默认由姓名拼音生成）。",
        "en": "The id (default: made from the name in pinyin).",
    },
    "help.member.leave": {
        "zh": "记下成员离开的日期（档案不删除）。\n\n示例：studyctl member leave 张伟 --date 2026-06-30",
        "en": "Record the day a member leaves (records are never deleted).\n\n"
        "Example: studyctl member leave zhang-wei --date 2026-06-30",
    },
    "help.member.member": {"zh": "成员（编号或姓名）。", "en": "The member (id or name)."},
    "help.member.left": {"zh": "离开日期。", "en": "The day the member left."},
    "help.member.list": {
        "zh": "列出在职成员。\n\n示例：studyctl member list --all",
        "en": "List the active members.\n\nExample: studyctl member list --all",
    },
    "help.member.all": {"zh": "也列出已离开的成员。", "en": "Include members who left."},
    "help.unit.add": {
        "zh": "登记站所办；编号默认取名称拼音首字母（党政办 → dzb）。\n\n示例：studyctl unit add 党政办",
        "en": "Add a unit; the id defaults to the initials of its name in pinyin (党政办 → dzb).\n\n"
        "Example: studyctl unit add 党政办",
    },
    "help.unit.name": {"zh": "站所办名称。", "en": "The unit's name."},
    "help.unit.id": {"zh": "自定编号。", "en": "The id."},
    "help.plan": {"zh": "年度学习计划。", "en": "Annual study plans."},
    "help.plan.new": {
        "zh": "新建年度学习计划，四个学习领域各至少一项；不给内容时在终端中打开编辑器填写模板。\n\n"
        "示例：studyctl plan new 张伟 --year 2026 --goals 提高依法行政水平 --politics 学习党章 "
        "--law 学习《行政许可法》 --economics 学习财政知识 --knowledge 学习办公软件",
        "en": "Make a member's study plan for a year, with at least one item in each of the four areas; "
        "without items, a template opens in an editor.\n\n"
        "Example: studyctl plan new zhang-wei --year 2026 --goals 'Lawful administration' "
        "--politics 'Party constitution' --law 'Licensing law' --economics 'Public finance' --knowledge 'Office software'",
    },
    "help.plan.goals": {"zh": "年度学习目标。", "en": "The goals of the year."},
    "help.plan.essays_target": {
        "zh": "计划撰写心得篇数（默认取 studyctl.yaml 中的要求）。",
        "en": "Essays planned (default: essays_per_year of studyctl.yaml).",
    },
    "help.plan.area": {
        "zh": "该学习领域的一项学习内容；可重复。",
        "en": "An item to study in this area; repeatable.",
    },
    "help.plan.due": {
        "zh": "各项的完成期限（默认：当年 12 月 31 日）。",
        "en": "When the items are due (default: 31 December of the year).",
    },
    "help.plan.done": {
        "zh": "记下计划中某一项已完成。\n\n示例：studyctl plan done 张伟 2 --year 2026",
        "en": "Mark an item of a plan done.\n\nExample: studyctl plan done zhang-wei 2 --year 2026",
    },
    "help.plan.item": {
        "zh": "第几项（1、2……），或内容中的几个字。",
        "en": "The item's number (1, 2, …) or words of its content.",
    },
    "help.plan.done_date": {"zh": "完成日期（默认：今天）。", "en": "When it was done (default: today)."},
    "help.schedule": {"zh": "学习安排。", "en": "Study schedules."},
    "help.schedule.publish": {
        "zh": "发布学习安排（事先公布的学习日程）。\n\n"
        "示例：studyctl schedule publish --entry 2026-04-03,周五学习日,学习《宪法》,李明 --published 2026-03-28",
        "en": "Publish a study schedule in advance.\n\n"
        "Example: studyctl schedule publish --entry '2026-04-03,study-day,The Constitution,li-ming' "
        "--published 2026-03-28",
    },
    "help.schedule.entry": {
        "zh": "一条安排：日期,形式,主题[,主持人[,单位/单位]]；可重复。",
        "en": "An entry: DATE,KIND,TOPIC[,HOST[,UNIT/UNIT]]; repeatable.",
    },
    "help.schedule.file": {
        "zh": "从文件读取安排：CSV（列：日期、类型、主题、主持人、单位）或 YAML（entries:）。",
        "en": "Entries from a file: CSV (date, kind, topic, host, units) or YAML (entries:).",
    },
    "help.schedule.published": {
        "zh": "公布日期（默认：今天）。",
        "en": "The day it was published (default: today).",
    },
    "help.schedule.name": {
        "zh": "文件名（默认：第一条安排的年-月，如 2026-04）。",
        "en": "The file name (default: year-month of the first entry, like 2026-04).",
    },
    "help.essay": {"zh": "学习心得。", "en": "Study essays."},
    "help.essay.add": {
        "zh": "登记一篇学习心得；正文从文件读取，或在终端中用编辑器撰写。\n\n"
        "示例：studyctl essay add --author 张伟 --date 2026-04-10 --title 学习《行政许可法》的体会 --area law --body-file 心得.md",
        "en": "File a study essay; the text comes from a file, or from an editor in a terminal.\n\n"
        "Example: studyctl essay add --author zhang-wei --date 2026-04-10 --title 'On the licensing law' "
        "--area law --body-file essay.md",
    },
    "help.essay.author": {"zh": "作者（编号或姓名）。", "en": "The author (id or name)."},
    "help.essay.date": {"zh": "日期（默认：今天）。", "en": "The date (default: today)."},
    "help.essay.title": {"zh": "标题。", "en": "The title."},
    "help.essay.session": {
        "zh": "所针对的学习活动编号，如 2026-04-03-study-day。",
        "en": "The session it reflects on, like 2026-04-03-study-day.",
    },
    "help.essay.published_in": {
        "zh": "发表的刊物（有 CN 刊号）。",
        "en": "The CN-numbered journal that published it.",
    },
    "help.essay.suggestions": {"zh": "提出的合理化建议条数。", "en": "Improvement suggestions it raises."},
    "help.essay.body_file": {
        "zh": "正文文件（- 表示标准输入）；不给时在终端中打开编辑器。",
        "en": "A file with the text (- for standard input); without it, an editor opens in a terminal.",
    },
    "help.essay.slug": {
        "zh": "文件名中作者之后的部分（默认由标题拼音生成）。",
        "en": "The file name after the author (default: the title in pinyin).",
    },
    "help.review": {
        "zh": "记录对一名成员的季度检查：学习态度、学习内容、学习成效和专用笔记。\n\n"
        "示例：studyctl review 张伟 --quarter 2026Q2 --reviewer 王芳 --attitude good --content good "
        "--results fair --notebook kept",
        "en": "Record the quarterly check of a member: attitude, content, results and notebook.\n\n"
        "Example: studyctl review zhang-wei --quarter 2026Q2 --reviewer wang-fang --attitude good "
        "--content good --results fair --notebook kept",
    },
    "help.review.quarter": {"zh": "季度，如 2026Q2。", "en": "The quarter, like 2026Q2."},
    "help.review.reviewer": {"zh": "检查人（编号或姓名）。", "en": "The reviewer (id or name)."},
    "help.review.attitude": {"zh": "学习态度。", "en": "Study attitude."},
    "help.review.content": {"zh": "学习内容。", "en": "Study content."},
    "help.review.results": {"zh": "学习成效。", "en": "Study results."},
    "help.review.notebook": {
        "zh": "专用笔记：kept（完整）、incomplete（不完整）、missing（没有）。",
        "en": "The study notebook: kept, incomplete or missing.",
    },
    "help.review.notes": {"zh": "备注。", "en": "Notes."},
    "help.self-report": {
        "zh": "登记成员的年终个人述学。\n\n示例：studyctl self-report 张伟 --year 2026 --rating good --body-file 述学.md",
        "en": "File a member's year-end self-report.\n\n"
        "Example: studyctl self-report zhang-wei --year 2026 --rating good --body-file report.md",
    },
    "help.self_report.rating": {"zh": "自我评价等次。", "en": "The self-rating."},
    "help.self_report.body_file": {
        "zh": "述学正文文件（- 表示标准输入）；不给时在终端中打开编辑器。",
        "en": "A file with the text (- for standard input); without it, an editor opens in a terminal.",
    },
}
