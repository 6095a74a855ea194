"""Messages of the check rules (the five haves, the weekly rhythm, the member rules, the calendar),
of the check's tables and rhythm strip, of the `--member` / `--unit` filters, and of the hook.

Names a finding shows in either language (kinds, weekdays, education levels, areas) are passed to
its message as `<param>_zh` and `<param>_en`; each language's template picks its own.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # --- names ---------------------------------------------------------------------------------
    "check.weekday.monday": {"zh": "周一", "en": "Monday"},
    "check.weekday.tuesday": {"zh": "周二", "en": "Tuesday"},
    "check.weekday.wednesday": {"zh": "周三", "en": "Wednesday"},
    "check.weekday.thursday": {"zh": "周四", "en": "Thursday"},
    "check.weekday.friday": {"zh": "周五", "en": "Friday"},
    "check.weekday.saturday": {"zh": "周六", "en": "Saturday"},
    "check.weekday.sunday": {"zh": "周日", "en": "Sunday"},
    "check.education.none": {"zh": "无学历", "en": "no schooling"},
    "check.education.secondary": {"zh": "中专", "en": "secondary vocational school"},
    "check.education.high-school": {"zh": "高中", "en": "high school"},
    "check.education.associate": {"zh": "大专", "en": "an associate degree"},
    "check.education.bachelor": {"zh": "本科", "en": "a bachelor's degree"},
    "check.education.master": {"zh": "硕士研究生", "en": "a master's degree"},
    "check.education.doctor": {"zh": "博士研究生", "en": "a doctorate"},
    # --- schedule ------------------------------------------------------------------------------
    "schedule.missing": {
        "zh": "{date} 的{kind_zh}不在任何事先发布的学习安排中。",
        "en": "The {kind_en} of {date} is on no study schedule published before it.",
    },
    "schedule.missing.hint": {
        "zh": "学习须事先安排：查看 schedules/ 里的学习安排是否漏登了这一条（日期、类型、单位须一致）；"
        "确属临时组织的，季度检查时说明原因。",
        "en": "Study is planned ahead: check whether a schedule in schedules/ left it out (same date, kind "
        "and units); if it was arranged at short notice, explain why at the quarterly check.",
    },
    "schedule.late": {
        "zh": "{date} 的{kind_zh}只列在 {published} 才发布的学习安排 {schedule} 中，晚于活动当天。",
        "en": "The {kind_en} of {date} is only on {schedule}, published on {published}, after it took place.",
    },
    "schedule.late.hint": {
        "zh": "核对该安排的发布日期（published）；若确实是事后补登，季度检查时说明原因。",
        "en": "Check the schedule's published date; if it was written afterwards, explain why at the "
        "quarterly check.",
    },
    # --- attendance ----------------------------------------------------------------------------
    "attendance.missing": {
        "zh": "{name}（{id}）应参加本次学习，但没有考勤记录。",
        "en": "{name} ({id}) was expected but has no attendance entry.",
    },
    "attendance.missing.hint": {
        "zh": "在 attendance 下补记一行，如 {id}: present（出席 present、迟到 late、请假 leave、缺席 absent；"
        "请假和缺席须写原因）。",
        "en": "Add a line under attendance, like {id}: present (present, late, leave or absent; leave and "
        "absent need a reason).",
    },
    "attendance.not_active": {
        "zh": "{name}在 {date} 不在职，不应有考勤记录。",
        "en": "{name} was not active on {date} and should have no attendance entry.",
    },
    "attendance.not_active.hint": {
        "zh": "删去这一行，或核对该成员档案中的入职（joined）和离开（left）日期。",
        "en": "Delete this line, or check joined and left in the member's record.",
    },
    "attendance.not_invited": {
        "zh": "{name}不在本次学习的参加范围内（units / participants），不应有考勤记录。",
        "en": "{name} is outside this session's units and participants and should have no attendance entry.",
    },
    "attendance.not_invited.hint": {
        "zh": "删去这一行；若确实应参加，把其单位写进 units，或把其编号写进 participants。",
        "en": "Delete this line; if they were meant to attend, add their unit to units or their id to "
        "participants.",
    },
    "attendance.no_reason.leave": {
        "zh": "{name}请假，但没有写明原因。",
        "en": "{name} is on leave, but no reason is given.",
    },
    "attendance.no_reason.leave.hint": {
        "zh": "写成 {{status: leave, reason: 病假}} 的形式，注明请假原因。",
        "en": "Write it as {{status: leave, reason: sick}}, giving the reason.",
    },
    "attendance.no_reason.absent": {
        "zh": "{name}缺席，但没有写明原因。",
        "en": "{name} is absent, but no reason is given.",
    },
    "attendance.no_reason.absent.hint": {
        "zh": "写成 {{status: absent, reason: 外出执行任务}} 的形式，注明缺席原因。",
        "en": "Write it as {{status: absent, reason: on duty}}, giving the reason.",
    },
    # --- minutes -------------------------------------------------------------------------------
    "minutes.missing": {"zh": "本次学习没有学习记录。", "en": "This session has no minutes."},
    "minutes.missing.hint": {
        "zh": "补写 minutes：记录人（recorder）和学习内容（text）。",
        "en": "Add minutes: who recorded them (recorder) and what was studied (text).",
    },
    "minutes.no_recorder": {"zh": "学习记录没有记录人。", "en": "The minutes name no recorder."},
    "minutes.no_recorder.hint": {
        "zh": "在 minutes 下填写 recorder（记录人的编号）。",
        "en": "Fill in recorder (the member id of who took them) under minutes.",
    },
    "minutes.short": {
        "zh": "学习记录只有 {chars} 个字，少于规定的 {least} 个字。",
        "en": "The minutes hold {chars} characters, fewer than the {least} required.",
    },
    "minutes.short.hint": {
        "zh": "如实补充学习的主要内容、发言要点和下一步要求（空白不计字数）。",
        "en": "Record what was studied, the main points raised and what follows (spaces do not count).",
    },
    # --- reflections ---------------------------------------------------------------------------
    "reflections.behind": {
        "zh": "{name}在 {year} 年已写学习心得 {written} 篇，按进度截至 {date} 应有 {due} 篇。",
        "en": "{name} has written {written} study essays in {year}; the pace asks for {due} by {date}.",
    },
    "reflections.behind.hint": {
        "zh": "每人每年至少写学习心得 {per_year} 篇；写好后存入 essays/{year}/。",
        "en": "Everyone writes at least {per_year} essays a year; file them under essays/{year}/.",
    },
    # --- notebook ------------------------------------------------------------------------------
    "notebook.incomplete": {
        "zh": "{name}的 {quarter} 季度检查：专用学习笔记记得不完整。",
        "en": "{name}'s {quarter} review found the study notebook incomplete.",
    },
    "notebook.incomplete.hint": {
        "zh": "督促其补全笔记，下季度检查时复查。",
        "en": "Have the notebook completed and look at it again at the next review.",
    },
    "notebook.missing": {
        "zh": "{name}的 {quarter} 季度检查：没有专用学习笔记。",
        "en": "{name}'s {quarter} review found no study notebook.",
    },
    "notebook.missing.hint": {
        "zh": "每人须有专用学习笔记；督促其建立，下季度检查时复查。",
        "en": "Everyone keeps a dedicated study notebook; have one started and look at it at the next review.",
    },
    "notebook.no_review": {
        "zh": "{name}没有 {quarter} 的季度检查记录，专用学习笔记未经检查。",
        "en": "{name} has no {quarter} review, so the study notebook went unchecked.",
    },
    "notebook.no_review.hint": {
        "zh": "补做季度检查，把结果存入这个文件（notebook 填 kept、incomplete 或 missing）。",
        "en": "Hold the quarterly review and record it in this file (notebook: kept, incomplete or missing).",
    },
    # --- study-day and exchange ----------------------------------------------------------------
    "study-day.missed": {
        "zh": "{week}（{monday} 至 {sunday}）有 {workdays} 个工作日，却没有全员参加的{weekday_zh}学习日。",
        "en": "{week} ({monday} to {sunday}) had {workdays} working days but no whole-staff {weekday_en} "
        "study day.",
    },
    "study-day.missed.hint": {
        "zh": "学习日从不间断：若已举行而漏登，补录到 sessions/ 中（kind: study-day，units: [all]）；"
        "若确未举行，季度检查时说明原因。",
        "en": "The study day is never skipped: if it was held, record it in sessions/ (kind: study-day, "
        "units: [all]); if not, explain why at the quarterly check.",
    },
    "study-day.off_day": {
        "zh": "{week} 的全员学习日记在 {date}（{weekday_zh}），那天不是工作日，不能计入。",
        "en": "{week}'s study day is recorded on {date} ({weekday_en}), which is not a working day, so it "
        "does not count.",
    },
    "study-day.off_day.hint": {
        "zh": "核对日期是否写错；节假日调休以国务院安排为准，如有本地调整，写进 studyctl.yaml 的 calendar。",
        "en": "Check the date; working days follow the State Council's arrangement, and local changes go "
        "under calendar: in studyctl.yaml.",
    },
    "study-day.moved": {
        "zh": "{week} 的全员学习日改在 {date}（{weekday_zh}），而{study_weekday_zh}（{study_day}）是工作日。",
        "en": "{week}'s study day was held on {date} ({weekday_en}) although {study_weekday_en} "
        "{study_day} was a working day.",
    },
    "study-day.moved.hint": {
        "zh": "学习日固定在{study_weekday_zh}；改期的原因请在季度检查时说明。",
        "en": "The study day is fixed on {study_weekday_en}; explain the change at the quarterly check.",
    },
    "exchange.missed": {
        "zh": "{week}（{monday} 至 {sunday}）有 {workdays} 个工作日，却没有交流学习心得。",
        "en": "{week} ({monday} to {sunday}) had {workdays} working days but no exchange of study "
        "experience.",
    },
    "exchange.missed.hint": {
        "zh": "每周{weekday_zh}交流学习心得；若已举行而漏登，补录到 sessions/ 中（kind: exchange）。",
        "en": "The exchange is held every {weekday_en}; if it took place, record it in sessions/ "
        "(kind: exchange).",
    },
    # --- host ----------------------------------------------------------------------------------
    "host.below_middle": {
        "zh": "本次学习由一般干部{name}主持。",
        "en": "This session was hosted by {name}, a staff member.",
    },
    "host.below_middle.hint": {
        "zh": "学习由中层以上领导干部轮流主持；若记录有误，更正 host。",
        "en": "Middle-level cadres and above take turns to host; correct host if it was recorded wrongly.",
    },
    "host.unbalanced": {
        "zh": "{name}在 {year} 年主持学习 {count} 次，比主持最多的{top}（{most} 次）少 {gap} 次。",
        "en": "{name} hosted {count} sessions in {year}, {gap} fewer than {top} ({most}).",
    },
    "host.unbalanced.hint": {
        "zh": "中层以上领导干部轮流主持学习，次数相差不超过 2 次；请在后续学习安排中多安排其主持。",
        "en": "Hosts take turns, no more than 2 sessions apart; give them more sessions in the next schedules.",
    },
    # --- anti-corruption -----------------------------------------------------------------------
    "anti-corruption.behind": {
        "zh": "截至 {date}，今年只开展反腐倡廉警示教育 {held} 次，按进度应有 {due} 次。",
        "en": "{held} anti-corruption education sessions this year by {date}; the pace asks for {due}.",
    },
    "anti-corruption.behind.hint": {
        "zh": "每年开展 {per_year} 次；请在后续学习安排中补上（kind: anti-corruption）。",
        "en": "The year asks for {per_year}; add them to the coming schedules (kind: anti-corruption).",
    },
    # --- calendar ------------------------------------------------------------------------------
    "calendar.unknown": {
        "zh": "studyctl 还不知道 {year} 年的节假日和调休安排，工作日是按常规估算的（没有调休上班日）。",
        "en": "studyctl does not know {year}'s official holidays and make-up working days yet; working "
        "days are an estimate with no make-up days.",
    },
    "calendar.unknown.hint": {
        "zh": "国务院办公厅公布 {year} 年部分节假日安排后，把放假日写进 studyctl.yaml 的 calendar.holidays，"
        "调休上班日写进 calendar.workdays。",
        "en": "Once the State Council publishes {year}'s holiday arrangement, add its days off under "
        "calendar.holidays and its make-up working days under calendar.workdays in studyctl.yaml.",
    },
    # --- plan, review, degree, year end --------------------------------------------------------
    "plan.missing": {
        "zh": "{name}没有 {year} 年的学习计划。",
        "en": "{name} has no study plan for {year}.",
    },
    "plan.missing.hint": {
        "zh": "制定年度学习计划（目标、内容、进度），存入这个文件。",
        "en": "Write the year's study plan (goals, content, milestones) in this file.",
    },
    "plan.areas": {
        "zh": "{name}的学习计划缺少{areas_zh}方面的内容。",
        "en": "{name}'s plan has nothing on {areas_en}.",
    },
    "plan.areas.hint": {
        "zh": "学习计划须包括政治理论、法律法规、经济理论、科学文化和业务知识四个方面（“四学”）。",
        "en": "A plan covers all four areas: politics, law, economics and knowledge.",
    },
    "plan.essays_target": {
        "zh": "{name}的学习计划只打算写心得 {target} 篇，少于每年 {per_year} 篇的要求。",
        "en": "{name}'s plan aims at {target} essays, fewer than the {per_year} a year asked for.",
    },
    "plan.essays_target.hint": {
        "zh": "把 essays_target 改为至少 {per_year}。",
        "en": "Set essays_target to at least {per_year}.",
    },
    "plan-overdue.item": {
        "zh": "{name}的计划项目“{content}”应于 {due} 完成，尚未完成。",
        "en": "{name}'s plan item “{content}” was due on {due} and is not done.",
    },
    "plan-overdue.item.hint": {
        "zh": "完成后在该项填写 done（完成日期）；进度有变的，调整 due 并说明原因。",
        "en": "Fill in done with the date once it is done; if the plan changed, move due and say why.",
    },
    "review.missing": {
        "zh": "{name}没有 {quarter} 的季度检查记录。",
        "en": "{name} has no review for {quarter}.",
    },
    "review.missing.hint": {
        "zh": "补做季度检查：学习态度、学习内容、学习成效和专用笔记，存入这个文件。",
        "en": "Hold the quarterly review (attitude, content, results and the notebook) and record it in "
        "this file.",
    },
    "degree.ahead": {
        "zh": "{name}学历为{education_zh}，须在 {deadline} 前达到{required_zh}以上。",
        "en": "{name} holds {education_en} and must reach {required_en} or above by {deadline}.",
    },
    "degree.ahead_studying": {
        "zh": "{name}学历为{education_zh}，须在 {deadline} 前达到{required_zh}以上；正在攻读{studying_zh}，"
        "预计 {expected} 毕业。",
        "en": "{name} holds {education_en} and must reach {required_en} or above by {deadline}; "
        "{studying_en} is in progress, expected {expected}.",
    },
    "degree.passed": {
        "zh": "{name}学历为{education_zh}，已超过 {deadline} 的期限，仍未达到{required_zh}。",
        "en": "{name} holds {education_en}, and the deadline of {deadline} for {required_en} has passed.",
    },
    "degree.passed_studying": {
        "zh": "{name}学历为{education_zh}，已超过 {deadline} 的期限，仍未达到{required_zh}；正在攻读{studying_zh}，"
        "预计 {expected} 毕业。",
        "en": "{name} holds {education_en}, and the deadline of {deadline} for {required_en} has passed; "
        "{studying_en} is in progress, expected {expected}.",
    },
    "degree.ahead.hint": {
        "zh": "活动开始时未满规定年龄的干部须在期限内取得{required_zh}以上学历；报名学习后填写 degree_in_progress。",
        "en": "Members under the age limit at the start must reach {required_en} in time; once enrolled, "
        "fill in degree_in_progress.",
    },
    "degree.ahead_studying.hint": {
        "zh": "取得学历后更新 education，删去 degree_in_progress。",
        "en": "Once the degree is awarded, update education and remove degree_in_progress.",
    },
    "degree.passed.hint": {
        "zh": "督促其尽快报名学历教育，并填写 degree_in_progress；已取得学历的，更新 education。",
        "en": "Have them enrol without delay and fill in degree_in_progress; if the degree is held, update "
        "education.",
    },
    "degree.passed_studying.hint": {
        "zh": "取得学历后更新 education，删去 degree_in_progress。",
        "en": "Once the degree is awarded, update education and remove degree_in_progress.",
    },
    "self-report.missing": {
        "zh": "{name}没有 {year} 年的个人述学报告。",
        "en": "{name} has no self-report for {year}.",
    },
    "self-report.missing.hint": {
        "zh": "对照年度学习计划写述学报告（完成情况、主要收获、自我评价），存入这个文件；它计入年度考核。",
        "en": "Write the report against the plan (what was done, the results, a self-evaluation) in this "
        "file; it counts in the annual assessment.",
    },
    "exhibition.missing": {
        "zh": "{year} 年没有举办学习交流和展评。",
        "en": "No study exchange and exhibition was held in {year}.",
    },
    "exhibition.missing.hint": {
        "zh": "每年举办一次学习交流和展评（kind: exhibition）；若已举办而漏登，补录到 sessions/{year}/。",
        "en": "An exchange and exhibition is held once a year (kind: exhibition); if it took place, record "
        "it in sessions/{year}/.",
    },
    # --- the check's output --------------------------------------------------------------------
    "check.rule.yaml": {"zh": "YAML 格式", "en": "YAML"},
    "check.rule.schema": {"zh": "字段内容", "en": "fields"},
    "check.rule.reference": {"zh": "编号引用", "en": "references"},
    "check.rule.duplicate": {"zh": "重复档案", "en": "duplicates"},
    "check.rule.location": {"zh": "存放位置", "en": "locations"},
    "check.rule.schedule": {"zh": "有安排", "en": "schedule"},
    "check.rule.attendance": {"zh": "有考勤", "en": "attendance"},
    "check.rule.minutes": {"zh": "有记录", "en": "minutes"},
    "check.rule.reflections": {"zh": "有心得体会", "en": "reflections"},
    "check.rule.notebook": {"zh": "有专用笔记", "en": "notebook"},
    "check.rule.study-day": {"zh": "每周学习日", "en": "study day"},
    "check.rule.exchange": {"zh": "每周交流", "en": "exchange"},
    "check.rule.host": {"zh": "轮流主持", "en": "hosts"},
    "check.rule.anti-corruption": {"zh": "反腐倡廉警示教育", "en": "anti-corruption"},
    "check.rule.calendar": {"zh": "节假日安排", "en": "calendar"},
    "check.rule.plan": {"zh": "年度学习计划", "en": "plan"},
    "check.rule.plan-overdue": {"zh": "计划进度", "en": "plan progress"},
    "check.rule.review": {"zh": "季度检查", "en": "quarterly review"},
    "check.rule.degree": {"zh": "学历", "en": "degree"},
    "check.rule.self-report": {"zh": "个人述学", "en": "self-report"},
    "check.rule.exhibition": {"zh": "学习交流和展评", "en": "exhibition"},
    "check.group": {"zh": "{title}（{rule}）：{counts}", "en": "{rule}: {counts}"},
    "check.count.error": {"zh": "{n} 个错误", "en": "{n} errors"},
    "check.count.error.one": {"zh": "{n} 个错误", "en": "{n} error"},
    "check.count.warning": {"zh": "{n} 个警告", "en": "{n} warnings"},
    "check.count.warning.one": {"zh": "{n} 个警告", "en": "{n} warning"},
    "check.hint_line": {"zh": "提示：{hint}", "en": "hint: {hint}"},
    "check.count.separator": {"zh": "，", "en": ", "},
    "check.five_haves.title": {"zh": "五有", "en": "The five haves"},
    "check.five_haves.date": {"zh": "日期", "en": "date"},
    "check.five_haves.session": {"zh": "学习活动", "en": "session"},
    "check.five_haves.member": {"zh": "成员", "en": "member"},
    "check.five_haves.unit": {"zh": "站所办", "en": "unit"},
    "check.five_haves.other_sessions": {
        "zh": "其余 {n} 次学习",
        "en": "the other {n} sessions",
    },
    "check.five_haves.all_sessions": {"zh": "全部 {n} 次学习", "en": "all {n} sessions"},
    "check.five_haves.other_members": {"zh": "其余 {n} 人", "en": "the other {n} members"},
    "check.five_haves.all_members": {"zh": "全部 {n} 人", "en": "all {n} members"},
    "check.five_haves.none": {
        "zh": "本期没有需要检查的学习活动。",
        "en": "No session of the period to check.",
    },
    "check.rhythm.title": {"zh": "每周学习制度", "en": "The weekly rhythm"},
    "check.rhythm.study_day": {"zh": "学习日", "en": "study day"},
    "check.rhythm.exchange": {"zh": "交流", "en": "exchange"},
    "check.rhythm.legend": {
        "zh": "✓ 按时举行  ~ 改期举行  ✗ 未举行  - 无工作日  . 未到期",
        "en": "✓ held  ~ moved  ✗ missed  - no working day  . not yet due",
    },
    "check.filter.unknown_member": {
        "zh": "没有编号为 {value} 的成员。",
        "en": "There is no member with the id {value}.",
    },
    "check.filter.unknown_member.hint": {
        "zh": "成员编号是 members/ 中的文件名（不含 .yaml），如 zhang-wei。",
        "en": "A member's id is their file name in members/ without .yaml, like zhang-wei.",
    },
    "check.filter.unknown_unit": {
        "zh": "没有编号为 {value} 的站所办。",
        "en": "There is no unit with the id {value}.",
    },
    "check.filter.unknown_unit.hint": {
        "zh": "站所办编号是 units/ 中的文件名（不含 .yaml）。",
        "en": "A unit's id is its file name in units/ without .yaml.",
    },
    "help.check.member": {
        "zh": "只看与这名成员有关的问题（姓名或编号，如 张伟 或 zhang-wei）。",
        "en": "Only the findings about this member (a name or an id, like 张伟 or zhang-wei).",
    },
    "help.check.unit": {
        "zh": "只看与这个站所办及其成员有关的问题（名称或编号，如 党政办 或 dzb）。",
        "en": "Only the findings about this unit and its members (a name or an id, like 党政办 or dzb).",
    },
    # --- the pre-commit hook -------------------------------------------------------------------
    "help.hook": {
        "zh": "git 提交前自动检查档案格式。",
        "en": "Check the records' format before each git commit.",
    },
    "help.hook.install": {
        "zh": "安装 git pre-commit 钩子：此后每次提交档案前检查格式、编号和存放位置，有错误时阻止提交。\n\n"
        "示例：studyctl hook install",
        "en": "Install a git pre-commit hook: every commit of the records first runs the record rules, and an "
        "error stops the commit.\n\nExample: studyctl hook install",
    },
    "help.hook.install.force": {
        "zh": "替换已有的 pre-commit 钩子。",
        "en": "Replace an existing pre-commit hook.",
    },
    "help.hook.run": {
        "zh": "检查待提交的档案（由 pre-commit 钩子调用）；有错误时以 1 退出。\n\n示例：studyctl hook run",
        "en": "Check the records about to be committed (what the pre-commit hook runs); exits 1 on an "
        "error.\n\nExample: studyctl hook run",
    },
    "hook.not_git": {
        "zh": "{path} 不在 git 仓库中，无法安装提交钩子。",
        "en": "{path} is not inside a git repository, so no commit hook can be installed.",
    },
    "hook.not_git.hint": {
        "zh": "先在档案目录运行 git init（studyctl init 会自动完成）。",
        "en": "Run git init in the records folder first (studyctl init does this for you).",
    },
    "hook.foreign": {
        "zh": "{path} 已有别的 pre-commit 钩子，未作改动。",
        "en": "{path} holds another pre-commit hook; nothing was changed.",
    },
    "hook.foreign.hint": {
        "zh": "在该钩子中加一行 studyctl hook run -C {records}，或用 --force 替换它。",
        "en": "Add the line studyctl hook run -C {records} to it, or replace it with --force.",
    },
    "hook.installed": {
        "zh": "已安装提交钩子 {path}：此后提交档案前会先检查格式、编号和存放位置。",
        "en": "Installed the commit hook {path}: commits of the records now check them first.",
    },
    "hook.blocked": {
        "zh": "提交已阻止：档案中有 {errors} 个错误。改正后重新提交。",
        "en": "Commit stopped: the records hold {errors} errors. Correct them and commit again.",
    },
    "hook.passed": {
        "zh": "档案检查通过（待提交 {files} 个文件）。",
        "en": "The records pass their checks (staged files: {files}).",
    },
}
