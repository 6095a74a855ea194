"""Messages of `studyctl explain`: for every check rule, what it checks and when, the campaign
sentence it comes from (the office's own words, quoted from the year-end summary the campaign rests
on; in English with a translation), the example's story, and how to fix a finding by command and by
hand. The examples' records are in `studyctl/explain.py`, the findings they give in
`studyctl/explain_findings.py`. Also the line that ends every finding's hint, naming its explanation.
"""

from __future__ import annotations

FIVE_HAVES = "采取分层教育的方法，明确实施内容，明确学习要求，明确实施细则，努力做到“五有”：有安排、有考勤、有记录、有心得体会、有专用笔记。"
FIVE_HAVES_EN = (
    "By educating layer by layer, setting out the content, the requirements and the detailed rules, we strive "
    "for the “five haves”: a schedule, attendance, minutes, reflections and a dedicated notebook."
)
STANDARDS = (
    "由办公室专人对学习活动情况进行考评，并定期公布考评结果，推进了创建学习型机关的规范化、制度化、科学化。"
)
STANDARDS_EN = (
    "A dedicated person in the office assesses the study activities and publishes the results regularly, "
    "making the campaign standardised, institutional and scientific."
)
FRIDAY = "坚持周五学习日制度。每周五上午组织全体人员进行政治业务学习，从不间断。"
FRIDAY_EN = (
    "We keep to the Friday study day: every Friday morning all staff study politics and professional matters, "
    "never interrupted."
)
PLAN = "一要制定学习计划。干部职工根据以上学习内容结合自身实际，制订年度学习计划，明确学习目标，学习内容和学习进度。"
PLAN_EN = (
    "First, a study plan: each cadre draws up an annual study plan from the content above and their own "
    "situation, setting out the goals, the content and the progress of their study."
)
CHECKS = "二要组织定期检查。要求办公室每季度检查干部学习态度、学习内容和学习成效。"
CHECKS_EN = "Second, regular checks: the office checks every quarter each cadre's study attitude, content and results."

MESSAGES: dict[str, dict[str, str]] = {
    # --- the end of every hint ------------------------------------------------------------------
    "explain.see": {"zh": "详见 studyctl explain {rule}", "en": "See studyctl explain {rule}."},
    # --- the command's words --------------------------------------------------------------------
    "help.explain": {
        "zh": "说明一条检查规则：检查什么、出自总结的哪句话、不合格的例子和改正方法。不写规则时列出全部规则。\n\n"
        "示例：studyctl explain 有考勤",
        "en": "Explain a check rule: what it checks, the sentence of the campaign it comes from, an example "
        "that fails and how to fix it. Without a rule, list them all.\n\nExample: studyctl explain attendance",
    },
    "help.explain.rule": {
        "zh": "规则的编号或名称，如 attendance 或 有考勤。",
        "en": "The rule's id or name, like attendance.",
    },
    "explain.unknown_rule": {
        "zh": "没有名为 {value} 的检查规则。",
        "en": "There is no check rule called {value}.",
    },
    "explain.unknown_rule.hint": {
        "zh": "运行 studyctl explain 查看全部规则；可用编号（如 attendance）或名称（如 有考勤）。",
        "en": "Run studyctl explain to list the rules; name one by its id (attendance) or its name.",
    },
    "explain.list.title": {
        "zh": "studyctl check 的检查规则（共 {n} 条）",
        "en": "The rules of studyctl check ({n} of them)",
    },
    "explain.list.more": {
        "zh": "查看一条规则的详细说明：studyctl explain 规则编号或名称，如 studyctl explain 有考勤",
        "en": "For one rule at length: studyctl explain RULE, like studyctl explain attendance",
    },
    "explain.group.records": {
        "zh": "档案本身（任何命令读取档案时都检查）",
        "en": "The records themselves (checked whenever they are read)",
    },
    "explain.group.five-haves": {"zh": "五有（每次学习）", "en": "The five haves (each session)"},
    "explain.group.rhythm": {"zh": "每周学习制度", "en": "The weekly rhythm"},
    "explain.group.members": {
        "zh": "成员（计划、检查、学历、述学）",
        "en": "Members (plans, reviews, degrees, self-reports)",
    },
    "explain.group.audit": {"zh": "封存与 git", "en": "Seals and git"},
    "explain.seal-signature.name": {"zh": "封存签名", "en": "seal signature"},
    "explain.audit-skipped.name": {"zh": "检查未完成", "en": "audit skipped"},
    "explain.title": {"zh": "{title}（{rule}）", "en": "{rule} ({title})"},
    "explain.meta": {"zh": "{group} · {severity}", "en": "{group} · {severity}"},
    "explain.severity.error": {"zh": "错误", "en": "error"},
    "explain.severity.warning": {"zh": "警告", "en": "warning"},
    "explain.severity.both": {"zh": "错误或警告", "en": "error or warning"},
    "explain.heading.checks": {"zh": "检查什么、什么时候检查", "en": "What it checks, and when"},
    "explain.heading.source": {"zh": "出处", "en": "Where it comes from"},
    "explain.source_title": {
        "zh": "——《海复镇创建“学习型机关”总结》",
        "en": "— the year-end summary of Haifu town's learning-oriented office campaign",
    },
    "explain.heading.example": {"zh": "例子", "en": "An example"},
    "explain.heading.bad": {"zh": "不合格的记录：", "en": "A record that fails:"},
    "explain.heading.finding": {"zh": "{command} 给出：", "en": "{command} says:"},
    "explain.heading.good": {"zh": "改正后：", "en": "Mended:"},
    "explain.no_file": {"zh": "（没有这个文件）", "en": "(no such file)"},
    "explain.elided": {"zh": "……（其余 {n} 行从略）", "en": "… ({n} more lines)"},
    "explain.no_finding": {
        "zh": "（这条规则的例子需要签名密钥或特殊环境，这里不展示检查结果。）",
        "en": "(This rule's example needs signing keys or a particular machine; its finding is not shown here.)",
    },
    "explain.heading.fix": {"zh": "怎样改正", "en": "How to fix it"},
    "explain.by_command": {"zh": "用命令：", "en": "By command:"},
    "explain.by_hand": {"zh": "手工：", "en": "By hand:"},
}

_RULES: dict[str, dict[str, tuple[str, str]]] = {
    # --- the records themselves ------------------------------------------------------------------
    "yaml": {
        "summary": (
            "文件不是合格的 YAML（格式、编码、重复的字段、git 冲突标记）",
            "A file that is not valid YAML (syntax, encoding, a repeated key, a git conflict marker)",
        ),
        "checks": (
            "每个档案文件都必须是 UTF-8 编码的 YAML：字段名后跟英文冒号和空格，下一级字段用空格缩进（不能用 Tab），同一字段不能写两次，"
            "文件里不能留下 git 合并冲突的标记（<<<<<<<）。任何命令读取档案时都检查，git 提交前的钩子也检查。文件读不了，其中的记录就不算数，"
            "其他规则也无法检查它。",
            "Every record file must be YAML in UTF-8: a field name, a colon and a space; fields of the next level "
            "indented with spaces (never tabs); no field twice; no git conflict markers (<<<<<<<) left behind. "
            "Checked whenever a command reads the records, and by the pre-commit hook. A file that cannot be read "
            "counts for nothing, and no other rule can judge it.",
        ),
        "source": (STANDARDS, STANDARDS_EN),
        "example": (
            "文体站 6 月 3 日的站所办学习，主题里写了英文冒号，YAML 把“学习:”后面的文字当成了又一个字段。",
            "The topic of the culture station's study of 3 June holds an ASCII colon, so YAML takes what follows "
            "“学习:” for one more field.",
        ),
        "by_command": (
            "用 studyctl log-session … --replace 重新记录这次学习，命令会替您写出合格的文件。",
            "Record the session again with studyctl log-session … --replace: the command writes a valid file.",
        ),
        "by_hand": (
            "打开提示中的文件和行号，把含冒号的文字整段加上引号（或改用中文冒号“：”），缩进用空格，保存为 UTF-8 编码。",
            "Open the file at the line given, put quotes around text that holds a colon (or use the Chinese colon "
            "“：”), indent with spaces, and save as UTF-8.",
        ),
    },
    "schema": {
        "summary": (
            "缺少、多出或写错的字段；编号、日期或可选值写错",
            "A missing, unknown or ill-typed field; a bad id, date or choice",
        ),
        "checks": (
            "每种档案有规定的字段（见 docs/zh/档案格式.md）：必填的不能缺，不认识的字段不能有（防止拼写错误被悄悄放过），"
            "日期写作 2026-06-03，可选值照原样写英文（如考勤的 present、late、leave、absent）。还不能记录将来的事：学习、心得的日期"
            "和计划的完成日期不能晚于今天。成员的离开日期（left）必须晚于入职日期（joined）。任何命令读取档案时都检查。",
            "Each kind of record has its fields (docs/format.md): none required may be missing, none unknown may "
            "appear (so that a typo never passes silently), dates are written 2026-06-03, and choices are spelled "
            "as given (present, late, leave, absent for attendance). Records tell what happened: a session, an essay "
            "or a plan item's done date may not lie after today. A member's date left must come after the date "
            "joined. Checked whenever a command reads the records.",
        ),
        "source": (STANDARDS, STANDARDS_EN),
        "example": (
            "考勤里把卢晓燕的“迟到”写成了中文，考勤状态只认 present、late、leave、absent。",
            "Lu Xiaoyan's attendance is written in Chinese (迟到); a status is one of present, late, leave, absent.",
        ),
        "by_command": (
            "用 studyctl log-session … --late 卢晓燕 --replace 重新记录，命令接受中文姓名，写出正确的值。",
            "Record it again with studyctl log-session … --late 卢晓燕 --replace: the command takes the Chinese "
            "name and writes the right value.",
        ),
        "by_hand": (
            "按提示改成可选值之一（迟到写 late）；缺字段就补上，多出的字段删去或改正拼写。",
            "Write one of the choices the hint lists (late); add a missing field, delete or respell an unknown one.",
        ),
    },
    "reference": {
        "summary": (
            "引用了不存在的成员、站所办或学习，或当天不在职的人",
            "A member, unit or session that does not exist, or was not active that day",
        ),
        "checks": (
            "档案里写的编号必须确有其人其事：主持人、记录人、考勤名单、计划和心得的作者、检查人、站所办、心得所谈的学习。"
            "主持人、记录人和检查人还必须在当天在职；已离开的成员，离开之后不能再有心得、季度检查或述学。任何命令读取档案时都检查。"
            "被引用的档案本身读不了时，只报告那个文件一次，再用一行说明另有几处对它的引用暂时无法检查；修好它后重新检查。",
            "Every id a record names must exist: hosts, recorders, attendance keys, authors, reviewers, units and "
            "the session an essay reflects on. Hosts, recorders and reviewers must also have been active that day, "
            "and a member who left has no essays, reviews or self-reports after leaving. Checked whenever a command "
            "reads the records. When the record referred to cannot itself be loaded, that file is reported once, "
            "and one line says how many references to it wait to be checked; fix it and check again.",
        ),
        "source": (STANDARDS, STANDARDS_EN),
        "example": (
            "文体站 6 月 3 日的学习，主持人陶文的编号少写了连字符：taowen。",
            "The host of the culture station's study of 3 June is written without the hyphen of her id: taowen.",
        ),
        "by_command": (
            "记录命令接受中文姓名（--host 陶文），写错时会列出最接近的成员；新成员先用 studyctl member add 登记。",
            "The recording commands take Chinese names (--host 陶文) and list the closest members when one is "
            "wrong; add a new member first with studyctl member add.",
        ),
        "by_hand": (
            "改成正确的编号：成员编号就是 members/ 中的文件名（不含 .yaml），站所办编号是 units/ 中的文件名。",
            "Write the right id: a member's id is their file name in members/ without .yaml; a unit's, its file "
            "name in units/.",
        ),
    },
    "duplicate": {
        "summary": ("同一份档案有两个文件", "One record in two files"),
        "checks": (
            "一份档案只能有一个文件：同一成员、站所办只能登记一次，同一人同一年只有一份计划、一份述学，同一季度只有一份季度检查。"
            "任何命令读取档案时都检查。",
            "A record lives in one file: a member or unit is registered once, a member has one plan and one "
            "self-report a year and one review a quarter. Checked whenever a command reads the records.",
        ),
        "source": (STANDARDS, STANDARDS_EN),
        "example": (
            "严佳的 2026 年学习计划被复制了一份，另存为 yan-jia-2.yaml。",
            "Yan Jia's 2026 plan was copied and saved again as yan-jia-2.yaml.",
        ),
        "by_command": (
            "要改一份档案，用原来的命令加 --replace（如 studyctl plan new … --replace），不要另存新文件。",
            "To change a record, run its command again with --replace (studyctl plan new … --replace) rather "
            "than saving another file.",
        ),
        "by_hand": (
            "把两个文件的内容合并到按规定命名的那一个（plans/2026/yan-jia.yaml），删去另一个，然后提交。",
            "Merge the two into the file named as the layout says (plans/2026/yan-jia.yaml), delete the other, "
            "and commit.",
        ),
    },
    "location": {
        "summary": (
            "文件所在的文件夹或文件名与内容不符",
            "A file whose folder or name disagrees with its content",
        ),
        "checks": (
            "档案按年份分文件夹，文件名也有规定（如学习记录是 sessions/2026/2026-06-03-unit-study-wtz.yaml）。"
            "文件名里的日期、所在的年份文件夹、成员编号必须与文件内容一致；不认识的文件和拼错的文件夹也会报告。文件夹名和文件名里的"
            "年份、日期一律用半角数字（写成全角的２０２６不算年份文件夹）。符号链接从不读取；studyctl 自己的 .studyctl 文件夹"
            "必须是普通文件夹，不能是链接或文件。任何命令读取档案时都检查。",
            "Records sit in year folders under set names (a session is sessions/2026/2026-06-03-unit-study-wtz.yaml). "
            "The date in the name, the year folder and the member id must agree with what the file says; unknown "
            "files and misspelt folders are reported too. Years and dates in folder and file names are written in "
            "ASCII digits (a folder named with full-width digits, ２０２６, is no year folder). Symbolic links are never "
            "read through; studyctl's own folder .studyctl must be a plain folder, not a link or a file. Checked "
            "whenever a command reads the records.",
        ),
        "source": (STANDARDS, STANDARDS_EN),
        "example": (
            "文件名是 6 月 3 日，文件里的日期却改成了 6 月 4 日。",
            "The file is named for 3 June, but the date inside says 4 June.",
        ),
        "by_command": (
            "日期记错了，就用正确的日期重新记录（studyctl log-session --date 2026-06-04 …），再删去旧文件。",
            "If the date was wrong, record the session again with the right date (studyctl log-session --date "
            "2026-06-04 …) and delete the old file.",
        ),
        "by_hand": (
            "改正文件里的字段，或把文件移到正确的文件夹、改成正确的文件名（用 git mv，这样历史不断）。"
            ".studyctl 是链接或文件时，删去它（git rm .studyctl），studyctl 会重新建立这个文件夹。",
            "Correct the field, or move and rename the file to where it belongs (with git mv, to keep its history). "
            "If .studyctl is a link or a file, remove it (git rm .studyctl): studyctl makes the folder again.",
        ),
    },
    # --- the five haves -------------------------------------------------------------------------
    "schedule": {
        "summary": (
            "有安排：学习须在事先发布的学习安排中",
            "Schedule: a session is on a study schedule published before it",
        ),
        "checks": (
            "每次学习都要列在一份学习安排（schedules/）里，这份安排的发布日期（published）不晚于学习当天；日期、类型和站所办要对得上。"
            "检查期内已经过去的每次学习都检查。",
            "Each session must be on a study schedule (schedules/) published on or before its day, with the same "
            "date and kind and overlapping units. Every session of the period that has taken place is checked.",
        ),
        "source": (
            FIVE_HAVES + "……镇机关内部制定周学习制度，并定期公布学习计划与学习内容",
            FIVE_HAVES_EN
            + " … The town office set a weekly study system and publishes the study plan and its "
            "content regularly.",
        ),
        "example": (
            "文体站把站所办学习改到 6 月 4 日（周四）举行，但 6 月的学习安排里没有这一天。",
            "The culture station held its study on Thursday 4 June, which no published schedule lists.",
        ),
        "by_command": (
            "活动之前用 studyctl schedule publish 发布安排（--entry '2026-06-04,unit-study,学习公共文化服务相关政策'）。",
            "Publish the schedule before the session with studyctl schedule publish (--entry "
            "'2026-06-04,unit-study,…').",
        ),
        "by_hand": (
            "若安排确已事先发布而漏登，在 schedules/2026/ 中补上这份安排（published 写真实的发布日期）；若确属临时组织，季度检查时说明原因。",
            "If the schedule was published but not filed, add it under schedules/2026/ with its real published "
            "date; if the session was arranged at short notice, explain why at the quarterly check.",
        ),
    },
    "attendance": {
        "summary": (
            "有考勤：应参加的人都有考勤，请假、缺席写明原因",
            "Attendance: everyone expected has a status; leave and absence give a reason",
        ),
        "checks": (
            "每次学习，应参加的人（participants 名单；没有名单时，是 units 中当天在职的全体成员）每人都要有一条考勤："
            "出席 present、迟到 late、请假 leave、缺席 absent；请假和缺席要写原因。不该参加的人不能有考勤。一条考勤都没有的学习不算举行。"
            "检查期内已经过去的每次学习都检查。",
            "At each session everyone expected (the participants, or else the members of its units active that "
            "day) has one status: present, late, leave or absent; leave and absent give a reason. Nobody else has "
            "one. A session with no attendance at all counts as not held. Every session of the period that has "
            "taken place is checked.",
        ),
        "source": (FIVE_HAVES, FIVE_HAVES_EN),
        "example": (
            "文体站 6 月 3 日的学习，考勤里漏了严佳。",
            "The culture station's study of 3 June leaves Yan Jia out of its attendance.",
        ),
        "by_command": (
            "用签到表重新记录：studyctl log-session … --from-csv 签到表.csv --replace；或用 --late、--leave、--absent 写明例外，其余的人记为出席。",
            "Record it again from the sign-in sheet: studyctl log-session … --from-csv sheet.csv --replace; or name "
            "the exceptions with --late, --leave and --absent, and everyone else is present.",
        ),
        "by_hand": (
            "在 attendance 下补一行（yan-jia: present）；请假写成 status 和 reason 两行，如 reason: 病假。",
            "Add a line under attendance (yan-jia: present); leave is written as status and reason, like reason: 病假.",
        ),
    },
    "minutes": {
        "summary": (
            "有记录：每次学习有记录人和像样的记录",
            "Minutes: each session has minutes with a recorder and real content",
        ),
        "checks": (
            "每次学习都要有学习记录（minutes）：记录人（recorder）和记录内容（text），内容不少于 studyctl.yaml 中 minutes_min_chars 规定的字数"
            "（默认 50 字；空格、换行和看不见的字符不算）。检查期内已经过去的每次学习都检查。",
            "Each session has minutes: a recorder and a text of at least minutes_min_chars characters (50 unless "
            "studyctl.yaml says otherwise; spaces, line breaks and invisible characters do not count). Every "
            "session of the period that has taken place is checked.",
        ),
        "source": (FIVE_HAVES, FIVE_HAVES_EN),
        "example": (
            "文体站 6 月 3 日的学习记录只写了一句话。",
            "The minutes of the culture station's study of 3 June are one sentence.",
        ),
        "by_command": (
            "把完整的记录写进一个文本文件，用 studyctl log-session … --recorder 钱丽娟 --minutes-file 记录.txt --replace 重新记录。",
            "Write the full minutes in a text file and record the session again with studyctl log-session … "
            "--recorder 钱丽娟 --minutes-file minutes.txt --replace.",
        ),
        "by_hand": (
            "在 minutes 的 text 下如实补充学习的主要内容、发言要点和会后要求（每行缩进 4 个空格）。",
            "Under minutes, complete text with what was studied, the points raised and what follows (each line "
            "indented by four spaces).",
        ),
    },
    "reflections": {
        "summary": (
            "有心得体会：每人每年至少四篇学习心得，按季度进度",
            "Reflections: four essays a year per member, at a quarterly pace",
        ),
        "checks": (
            "每人每年至少写 essays_per_year 篇学习心得（默认 4 篇），按季度进度检查：到第 q 个季度末，应有“全年篇数 × q ÷ 4”篇（向上取整）；"
            "年中入职的从入职那个季度算起。只检查检查期内在职的成员。是警告。",
            "Each member writes essays_per_year essays a year (4 by default), judged at a quarterly pace: by the "
            "end of quarter q, the year's number × q ÷ 4, rounded up; a member who joined this year counts from the "
            "quarter they joined in. Only members active in the period are judged. A warning.",
        ),
        "source": (
            FIVE_HAVES + "……要求全体同志全年写学习心得不少于四篇。",
            FIVE_HAVES_EN + " … Everyone writes no fewer than four study essays a year.",
        ),
        "example": (
            "严佳 6 月 26 日写的心得没有存进档案，到二季度末她只有一篇心得。",
            "Yan Jia's essay of 26 June was never filed, so by the end of the second quarter she has one.",
        ),
        "by_command": (
            "用 studyctl essay add --author 严佳 --date 2026-06-26 --title … --area politics --body-file 心得.md 存入心得。",
            "File the essay with studyctl essay add --author 严佳 --date 2026-06-26 --title … --area politics --body-file essay.md.",
        ),
        "by_hand": (
            "在 essays/2026/ 中新建 日期-作者-简称.md，开头写 author、date、title、area，正文写心得。",
            "Create essays/2026/DATE-AUTHOR-SLUG.md with author, date, title and area in its front matter and the "
            "essay below.",
        ),
    },
    "notebook": {
        "summary": (
            "有专用笔记：季度检查时每人有完整的专用学习笔记",
            "Notebook: each member's study notebook is complete at the quarterly review",
        ),
        "checks": (
            "每个季度结束后，季度检查要看每人的专用学习笔记：notebook 为 incomplete（不完整）或 missing（没有），或者这名成员没有季度检查，"
            "都报告。只检查已经结束的季度和当时在职的成员。",
            "Once a quarter has ended, its review looks at each member's study notebook: incomplete or missing, or "
            "no review at all, is reported. Only quarters that have ended, and members active then, are judged.",
        ),
        "source": (FIVE_HAVES + "……" + CHECKS, FIVE_HAVES_EN + " … " + CHECKS_EN),
        "example": (
            "二季度检查时，严佳的笔记记得不完整。",
            "At the second-quarter review, Yan Jia's notebook was found incomplete.",
        ),
        "by_command": (
            "笔记补全后，下季度检查时如实记录：studyctl review 严佳 --quarter 2026Q3 … --notebook kept。已做的检查不要改。",
            "Once the notebook is complete, record it truthfully at the next review: studyctl review 严佳 "
            "--quarter 2026Q3 … --notebook kept. Do not change a review already held.",
        ),
        "by_hand": (
            "督促其补全笔记；只有检查记录本身写错时，才改正 notebook 的值（kept、incomplete、missing）。",
            "Have the notebook completed; change notebook (kept, incomplete, missing) only if the review itself "
            "was written down wrongly.",
        ),
    },
    # --- the weekly rhythm ----------------------------------------------------------------------
    "study-day": {
        "summary": (
            "周五学习日：每周全体人员学习一次，从不间断",
            "Study day: a whole-staff study every week, never skipped",
        ),
        "checks": (
            "每个有工作日的星期（按国家法定节假日和调休计算），都要有一次全员参加（units: [all]，不列 participants）的学习日（kind: study-day），"
            "至少有一人出席。没有，是错误；学习日（默认周五）是工作日却改在别的日子举行，是警告。检查期内已经过去的每周都检查。",
            "Every week with a working day (China's public holidays and make-up days counted) needs one whole-staff "
            "study day (kind: study-day, units: [all], no participants) with someone present. None is an error; "
            "held on another day although the study day (Friday by default) was a working day is a warning. Every "
            "week of the period that has passed is checked.",
        ),
        "source": (FRIDAY, FRIDAY_EN),
        "example": (
            "6 月 12 日（周五）的学习日举行了，但没有记录进档案，于是第 24 周没有学习日。",
            "The study day of Friday 12 June took place but was never recorded, so week 24 has none.",
        ),
        "by_command": (
            "补录：studyctl log-session --date 2026-06-12 --kind 周五学习日 --host … --topic … --area economics "
            "--recorder 钱丽娟 --minutes-file 记录.txt --from-csv 签到表.csv",
            "Record it: studyctl log-session --date 2026-06-12 --kind study-day --host … --topic … --area economics "
            "--recorder 钱丽娟 --minutes-file minutes.txt --from-csv sheet.csv",
        ),
        "by_hand": (
            "在 sessions/2026/ 中新建 2026-06-12-study-day.yaml（kind: study-day，units: [all]，全体考勤）；若确未举行，季度检查时说明原因。",
            "Create sessions/2026/2026-06-12-study-day.yaml (kind: study-day, units: [all], everyone's "
            "attendance); if it was not held, explain why at the quarterly check.",
        ),
    },
    "exchange": {
        "summary": ("周二交流：每周交流一次学习心得", "Exchange: a weekly exchange of study experience"),
        "checks": (
            "每个有工作日的星期都要有一次交流学习心得（kind: exchange），哪天举行都可以，至少有一人出席。没有，是警告。检查期内已经过去的每周都检查。",
            "Every week with a working day needs one exchange (kind: exchange), on any day, with someone present. "
            "None is a warning. Every week of the period that has passed is checked.",
        ),
        "source": (
            "镇机关内部制定周学习制度，并定期公布学习计划与学习内容，每周二定期组织工作人员在交流学习心得。",
            "The town office set a weekly study system, publishes the study plan and content regularly, and every "
            "Tuesday gathers the staff to exchange study experience.",
        ),
        "example": (
            "6 月 9 日（周二）的交流没有记录进档案，于是第 24 周没有交流。",
            "The exchange of Tuesday 9 June was never recorded, so week 24 has none.",
        ),
        "by_command": (
            "补录：studyctl log-session --date 2026-06-09 --kind 周二交流学习心得 --host … --topic … --area … --recorder 钱丽娟 "
            "--minutes-file 记录.txt --from-csv 签到表.csv",
            "Record it: studyctl log-session --date 2026-06-09 --kind exchange --host … --topic … --area … "
            "--recorder 钱丽娟 --minutes-file minutes.txt --from-csv sheet.csv",
        ),
        "by_hand": (
            "在 sessions/2026/ 中新建 2026-06-09-exchange.yaml（kind: exchange），写明考勤和记录。",
            "Create sessions/2026/2026-06-09-exchange.yaml (kind: exchange) with its attendance and minutes.",
        ),
    },
    "host": {
        "summary": (
            "轮流主持：中层以上领导干部轮流主持学习",
            "Hosts: middle-level cadres and above take turns to host",
        ),
        "checks": (
            "学习由中层干部以上（中层、班子成员、书记）主持：一般干部主持是错误。全员学习日和交流的主持次数，"
            "中层以上每人今年的次数与最多的人相差超过 2 次，是警告（站所办自己的学习不计）。检查期内已经过去的学习都检查。",
            "Sessions are hosted by middle-level cadres or above (middle, leader, secretary): a staff host is an "
            "error. Among them, anyone who has hosted more than 2 fewer whole-staff study days and exchanges this "
            "year than the most gets a warning (a unit's own study does not count).",
        ),
        "source": (
            "并充分发挥中层以上领导干部作用，分别轮流主持学习，使每一位同志有了展示自己学习效能的舞台",
            "Middle-level cadres and above play their part, taking turns to host the study, so that everyone has a "
            "stage to show what they have learnt.",
        ),
        "example": (
            "文体站 6 月 3 日的学习，主持人记成了一般干部严佳（实为站长陶文）。",
            "The culture station's study of 3 June names Yan Jia, a staff member, as its host (it was the head, Tao Wen).",
        ),
        "by_command": (
            "用 studyctl log-session … --host 陶文 --replace 重新记录；今后在 studyctl schedule publish 的安排中轮流安排主持人。",
            "Record it again with studyctl log-session … --host 陶文 --replace; share out the hosts in the coming "
            "studyctl schedule publish.",
        ),
        "by_hand": (
            "把 host 改为实际主持人的编号；主持次数不均时，在后面的学习安排里多安排次数少的人。",
            "Set host to the id of who really hosted; when turns are uneven, give the coming sessions to those "
            "with fewer.",
        ),
    },
    "anti-corruption": {
        "summary": (
            "反腐倡廉警示教育：按进度每年十次",
            "Anti-corruption education: ten a year, at a quarterly pace",
        ),
        "checks": (
            "每年开展 anti_corruption_per_year 次反腐倡廉警示教育（kind: anti-corruption，默认 10 次），按季度进度检查：到第 q 个季度末，"
            "应有“全年次数 × q ÷ 4”次（向上取整），按学习的日期计年。是警告。",
            "The year asks for anti_corruption_per_year anti-corruption sessions (kind: anti-corruption, 10 by "
            "default), at a quarterly pace: by the end of quarter q, the year's number × q ÷ 4, rounded up, counted "
            "by the sessions' dates. A warning.",
        ),
        "source": (
            "二是开展反腐倡廉警示学习。一年来，我们组织大家观看反腐倡廉电视教育片10余次",
            "Second, anti-corruption warning education: in the year we watched anti-corruption education films "
            "more than ten times.",
        ),
        "example": (
            "3 月 18 日观看警示教育片的记录没有存进档案，一季度只有 2 次，按进度应有 3 次。",
            "The film session of 18 March was never recorded, so the first quarter has 2 where the pace asks for 3.",
        ),
        "by_command": (
            "补录：studyctl log-session --date 2026-03-18 --kind 反腐倡廉警示教育 …；今后在学习安排中均匀安排。",
            "Record it: studyctl log-session --date 2026-03-18 --kind anti-corruption …; spread them evenly over "
            "the coming schedules.",
        ),
        "by_hand": (
            "在 sessions/2026/ 中新建 2026-03-18-anti-corruption.yaml（kind: anti-corruption）。",
            "Create sessions/2026/2026-03-18-anti-corruption.yaml (kind: anti-corruption).",
        ),
    },
    "calendar": {
        "summary": (
            "节假日安排：studyctl 不知道某年的放假和调休时提醒",
            "Calendar: a year whose holidays and make-up days studyctl does not know",
        ),
        "checks": (
            "学习日和交流按工作日计算，工作日依据国务院办公厅公布的节假日和调休安排。检查的年份若还不知道这份安排，"
            "而 studyctl.yaml 的 calendar 也没有这一年的日子，就提醒：这一年的工作日只是估算。是警告。",
            "The study day and the exchange go by working days, which follow the State Council's holidays and "
            "make-up working days. When the year checked is not known yet, and studyctl.yaml's calendar has no day "
            "of it, this warns that its working days are an estimate.",
        ),
        "source": (FRIDAY, FRIDAY_EN),
        "example": (
            "2027 年 1 月检查一季度时，studyctl 还不知道 2027 年的放假安排。",
            "Checking the first quarter of 2027 in January, studyctl does not know 2027's holidays yet.",
        ),
        "by_command": (
            "没有专门的命令：按下面的方法编辑 studyctl.yaml，再运行 studyctl check 确认。",
            "There is no command for it: edit studyctl.yaml as below, then run studyctl check.",
        ),
        "by_hand": (
            "国务院办公厅公布安排后，在 studyctl.yaml 的 calendar 下把放假日写进 holidays，调休上班日写进 workdays。",
            "Once the State Council publishes the year's arrangement, list its days off under calendar: holidays "
            "and its make-up working days under workdays in studyctl.yaml.",
        ),
    },
    # --- members ----------------------------------------------------------------------------------
    "plan": {
        "summary": (
            "年度学习计划：每人一份，覆盖“四学”，心得目标不少于四篇",
            "Plan: one a year per member, covering the four areas, four essays or more",
        ),
        "checks": (
            "每个在职成员每年都要有学习计划（plans/年份/编号.yaml），计划要包括政治理论、法律法规、经济理论、科学文化和业务知识四个方面，"
            "心得目标 essays_target 不少于每年要求的篇数。每次检查都检查当时在职的成员。",
            "Every active member has a plan for the year (plans/YEAR/ID.yaml) covering all four areas — politics, "
            "law, economics, knowledge — with essays_target no lower than the essays a year asks for. Each check "
            "judges the members active then.",
        ),
        "source": (PLAN, PLAN_EN),
        "example": ("严佳的学习计划里没有经济理论方面的内容。", "Yan Jia's plan has nothing on economics."),
        "by_command": (
            "用 studyctl plan new 严佳 --year 2026 … --replace 重新写计划，每个方面至少一项。",
            "Write the plan again with studyctl plan new 严佳 --year 2026 … --replace, with an item in each area.",
        ),
        "by_hand": (
            "在 items 下补一项 area: economics（写明 content 和 due）；心得目标不足时改 essays_target。",
            "Add an item with area: economics (its content and due) under items; raise essays_target if it is "
            "too low.",
        ),
    },
    "plan-overdue": {
        "summary": (
            "计划进度：到期的计划项目应已完成",
            "Plan progress: a plan item past its due date is done",
        ),
        "checks": (
            "计划里每一项都有完成期限（due）；期限在检查期末或之前、到检查那天还没有完成日期（done）的，报告。"
            "完成日期晚于检查那天的不算完成。是警告。",
            "Each plan item has a due date; one due by the end of the period and not done by the day of the check "
            "is reported. A done date after that day does not count. A warning.",
        ),
        "source": (PLAN, PLAN_EN),
        "example": (
            "严佳计划在 6 月 30 日前学完《环境保护法》，done 还空着。",
            "Yan Jia's plan item on the Environmental Protection Law was due on 30 June; done is still empty.",
        ),
        "by_command": (
            "完成后记下：studyctl plan done 严佳 环境保护法 --year 2026 --date 2026-06-22。",
            "Once done, say so: studyctl plan done 严佳 环境保护法 --year 2026 --date 2026-06-22.",
        ),
        "by_hand": (
            "在该项填写 done（实际完成的日期）；计划有变的，改 due 并在季度检查时说明原因。",
            "Fill in done with the day it was done; if the plan changed, move due and say why at the quarterly "
            "check.",
        ),
    },
    "review": {
        "summary": (
            "季度检查：每个季度检查每人的学习态度、内容、成效",
            "Review: each quarter, each member's attitude, content and results",
        ),
        "checks": (
            "每个季度结束后，办公室要给每个当时在职的成员做一次季度检查（reviews/年份/Q季度/编号.yaml）：学习态度、学习内容、学习成效和专用笔记。"
            "季度没结束不检查。",
            "Once a quarter has ended, the office reviews each member active then (reviews/YEAR/Qn/ID.yaml): "
            "attitude, content, results and the notebook. A quarter not yet over is not judged.",
        ),
        "source": (CHECKS, CHECKS_EN),
        "example": (
            "二季度结束了，严佳没有季度检查记录。",
            "The second quarter is over, and Yan Jia has no review for it.",
        ),
        "by_command": (
            "studyctl review 严佳 --quarter 2026Q2 --reviewer 钱丽娟 --attitude excellent --content excellent "
            "--results excellent --notebook kept",
            "studyctl review 严佳 --quarter 2026Q2 --reviewer 钱丽娟 --attitude excellent --content excellent "
            "--results excellent --notebook kept",
        ),
        "by_hand": (
            "新建 reviews/2026/Q2/yan-jia.yaml，写 member、quarter、reviewer、attitude、content、results、notebook。",
            "Create reviews/2026/Q2/yan-jia.yaml with member, quarter, reviewer, attitude, content, results and "
            "notebook.",
        ),
    },
    "degree": {
        "summary": (
            "学历：五十岁以下三年内达到大专以上",
            "Degree: members under 50 reach an associate degree within three years",
        ),
        "checks": (
            "活动开始（campaign_start）时未满 degree_age_limit 岁（默认 50 岁）的成员，学历要在 degree_deadline_years 年内（默认 3 年）"
            "达到 degree_min（默认大专）以上。期限之前是警告（期限当天仍算按期），过了期限是错误。",
            "Members under degree_age_limit (50) at the campaign's start must reach degree_min (an associate "
            "degree) within degree_deadline_years (3). Before the deadline it is a warning (the deadline day itself "
            "is still in time); after it, an error.",
        ),
        "source": (
            "一是抓好学历教育，提升学历层次。年龄50岁以下的工作人员要在近三年内取得专科以上学历。",
            "Promote degree education: staff under 50 obtain an associate degree or above within about three years.",
        ),
        "example": (
            "严佳的成员档案把学历误写成了高中（她是本科）。",
            "Yan Jia's member record says high school by mistake (she holds a bachelor's degree).",
        ),
        "by_command": (
            "成员档案没有改写的命令，请按下面的方法手工改正；改后运行 studyctl check 确认。",
            "No command rewrites a member record: correct it by hand as below, then run studyctl check.",
        ),
        "by_hand": (
            "改正 education；正在读的，填写 degree_in_progress（level 和 expected）；取得学历后更新 education。",
            "Correct education; for a degree in progress, fill in degree_in_progress (level and expected); once "
            "awarded, update education.",
        ),
    },
    "self-report": {
        "summary": (
            "个人述学：年末每人对照计划写述学报告",
            "Self-report: each member reports against the plan at year end",
        ),
        "checks": (
            "一年结束后，每个当时在职的成员要有这一年的个人述学（self-reports/年份/编号.md）：完成情况、主要成效、自我评价。"
            "检查全年（--year）或第四季度时，年份结束后才检查。",
            "Once a year has ended, every member active then has a self-report for it (self-reports/YEAR/ID.md): "
            "what was done, the results, a self-evaluation. Checked for a year (--year) or its fourth quarter, "
            "once the year is over.",
        ),
        "source": (
            "三要个人述学。年末，干部对照学习计划，对学习完成情况、主要成效进行总结和自我评价。并将述学内容纳入干部年度考核。",
            "Third, the personal self-report: at year end each cadre sums up, against the plan, what was completed "
            "and the main results, with a self-evaluation, and it counts in the annual assessment.",
        ),
        "example": (
            "2026 年结束了，严佳还没有交述学报告。",
            "2026 is over, and Yan Jia has handed in no self-report.",
        ),
        "by_command": (
            "studyctl self-report 严佳 --year 2026 --rating good --body-file 述学.md",
            "studyctl self-report 严佳 --year 2026 --rating good --body-file report.md",
        ),
        "by_hand": (
            "新建 self-reports/2026/yan-jia.md：开头写 member、year、self_rating，正文写述学内容。",
            "Create self-reports/2026/yan-jia.md with member, year and self_rating in its front matter and the "
            "report below.",
        ),
    },
    "exhibition": {
        "summary": ("学习交流和展评：每年一次", "Exhibition: a study exchange and exhibition once a year"),
        "checks": (
            "每年要举办一次学习交流和学习展评（kind: exhibition）。检查全年（--year）或第四季度时，年份结束后才检查。",
            "Each year holds one study exchange and exhibition (kind: exhibition). Checked for a year (--year) or "
            "its fourth quarter, once the year is over.",
        ),
        "source": (
            "二要组织定期检查。要求办公室每季度检查干部学习态度、学习内容和学习成效。每年组织一次学习交流和学习展评。",
            CHECKS_EN + " Once a year, a study exchange and exhibition.",
        ),
        "example": (
            "12 月 18 日举办了年度展评，但没有记录进档案。",
            "The exhibition of 18 December took place but was never recorded.",
        ),
        "by_command": (
            "studyctl log-session --date 2026-12-18 --kind 学习交流和展评 --host 沈国华 --topic … --area politics --recorder 钱丽娟 "
            "--minutes-file 记录.txt --from-csv 签到表.csv",
            "studyctl log-session --date 2026-12-18 --kind exhibition --host 沈国华 --topic … --area politics "
            "--recorder 钱丽娟 --minutes-file minutes.txt --from-csv sheet.csv",
        ),
        "by_hand": (
            "在 sessions/2026/ 中新建 2026-12-18-exhibition.yaml（kind: exhibition），写明考勤和记录。",
            "Create sessions/2026/2026-12-18-exhibition.yaml (kind: exhibition) with its attendance and minutes.",
        ),
    },
    # --- seals and git ----------------------------------------------------------------------------
    "sealed": {
        "summary": (
            "封存后改动：已封存季度的记录被修改、删除或补加",
            "Changed after sealing: a record of a sealed quarter changed, deleted or added",
        ),
        "checks": (
            "studyctl seal 封存一个季度时，把这个季度每份记录的内容指纹记进 git 标签。此后每次检查都比对：记录被改、被删、或这个季度又多出记录，"
            "都是错误，并指出是哪次提交、谁改的。需要 git。",
            "studyctl seal records the content hash of each record of a quarter in a git tag. Every later check "
            "compares: a record changed, deleted, or added to that quarter is an error naming the commit and its "
            "author. Needs git.",
        ),
        "source": (STANDARDS, STANDARDS_EN),
        "example": (
            "二季度封存后，有人把文体站 6 月 3 日学习中卢晓燕的“迟到”改成了“出席”并提交。",
            "After the second quarter was sealed, someone changed Lu Xiaoyan from late to present at the culture "
            "station's study of 3 June and committed it.",
        ),
        "by_command": (
            "git restore --source=studyctl/sealed/2026Q2 -- 文件名（提示里给出整条命令），恢复封存时的内容，再提交；"
            "确需更正，经负责人同意，另作记录并说明。",
            "git restore --source=studyctl/sealed/2026Q2 -- FILE (the hint gives the whole command) brings back "
            "the sealed content; then commit. A correction needs the sign-off of the person in charge and a note "
            "of its own.",
        ),
        "by_hand": (
            "不要手工改回：手工改的内容与封存时不完全一样也会报告。用上面的 git restore 命令恢复封存时的内容。",
            "Do not change it back by hand: anything not byte for byte as sealed is still reported. Use the git "
            "restore command above to bring back the sealed content.",
        ),
    },
    "seal-signature": {
        "summary": (
            "封存签名：封存须由 signers 中的密钥签名",
            "Seal signature: a seal is signed by a key listed in signers",
        ),
        "checks": (
            "档案文件夹中有 signers 文件（列出可以封存的公钥）时，每次检查都让 git 验证每个封存标签的签名：没有签名、签名的密钥不在 signers 中、"
            "或签名不对，都是错误。没有 signers 文件时不检查。需要 git。",
            "When the records folder holds a signers file (the public keys allowed to seal), every check has git "
            "verify each seal's signature: unsigned, signed by a key not listed, or badly signed is an error. "
            "Without a signers file nothing is checked. Needs git.",
        ),
        "source": (
            "同时，建立联席会议制度，定期研究、部署、督促、检查学习型机关创建活动工作。",
            "A joint meeting system was set up to study, deploy, supervise and check the campaign's work "
            "regularly.",
        ),
        "example": (
            "二季度的封存标签是用没有列在 signers 中的密钥（或根本没有签名）做的。",
            "The seal of the second quarter was made with a key not listed in signers, or not signed at all.",
        ),
        "by_command": (
            "由 signers 中列出的负责人删去这个标签（git tag -d studyctl/sealed/2026Q2），在配置了签名密钥的电脑上重新 studyctl seal 2026Q2。",
            "The person whose key is in signers deletes the tag (git tag -d studyctl/sealed/2026Q2) and seals "
            "again with studyctl seal 2026Q2 on a machine with the signing key configured.",
        ),
        "by_hand": (
            "新增封存人时，把其公钥加进 signers（一行一个），提交后再封存；不要修改已有的封存标签。",
            "To add someone who may seal, add their public key to signers (one per line) and commit it before "
            "sealing; never edit a seal's tag.",
        ),
    },
    "uncommitted": {
        "summary": (
            "未提交的改动：档案有改动还没有提交到 git",
            "Not committed: a record changed but not committed to git",
        ),
        "checks": (
            "档案文件有改动、新增或删除，但还没有提交到 git 的，提醒一下：只有提交了的才有据可查，封存也只封存 git 里的版本。"
            "用 studyctl 的命令记录时会自动提交。需要 git。是警告。",
            "A record file changed, added or deleted but not committed to git is flagged: only what is committed "
            "can be traced, and a seal covers what git holds. studyctl's recording commands commit by themselves. "
            "Needs git. A warning.",
        ),
        "source": (STANDARDS, STANDARDS_EN),
        "example": (
            "手工把卢晓燕的考勤改成了出席，保存了但没有提交。",
            "Lu Xiaoyan's attendance was changed to present by hand and saved, but not committed.",
        ),
        "by_command": (
            'git add sessions/2026/2026-06-03-unit-study-wtz.yaml，然后 git commit -m "更正考勤"。',
            'git add sessions/2026/2026-06-03-unit-study-wtz.yaml, then git commit -m "Correct attendance".',
        ),
        "by_hand": (
            "改错了就用 git restore 文件名 放弃改动；确认无误就提交。",
            "If the change was a mistake, git restore FILE drops it; if it is right, commit it.",
        ),
    },
    "temp-file": {
        "summary": (
            "中断写入留下的临时文件：下次写入时自动清理",
            "Temp files of interrupted writes: removed by the next write",
        ),
        "checks": (
            "studyctl 写档案时先写一个临时文件，写完再换上去；写到一半被中断（断电、强行关闭），会留下 .文件名.tmp-xxxx 这样的临时文件。"
            "检查时报告这样的文件，但从不改动档案；下一次用命令写入档案时会把它删去。记录本身是完好的。是警告。",
            "studyctl writes a record to a temp file first and puts it in place when complete; a write cut short "
            "(a power cut, a killed program) leaves a temp file like .NAME.tmp-xxxx. A check reports it but never "
            "changes the records; the next write of a record removes it. The record itself is whole. A warning.",
        ),
        "source": (STANDARDS, STANDARDS_EN),
        "example": (
            "记录文体站学习时电脑断电，留下了一个临时文件。",
            "The computer lost power while the culture station's study was being recorded, and a temp file was "
            "left behind.",
        ),
        "by_command": (
            "下一次记录（如 studyctl log-session …）会删去它；若当时的记录命令没有显示“已写入”，重新运行一次那条命令。",
            "The next recording (studyctl log-session …, say) removes it. If the recording command did not say it "
            "wrote the record, run it again.",
        ),
        "by_hand": (
            "也可以直接删去这个临时文件：它不是记录，任何命令都不读它。",
            "Or delete the temp file yourself: it is not a record and no command reads it.",
        ),
    },
    "audit-skipped": {
        "summary": (
            "检查未完成：没有 git，封存和提交情况没有检查",
            "Audit skipped: without git, seals and commits went unchecked",
        ),
        "checks": (
            "档案文件夹在 git 仓库中，但这台电脑找不到 git 程序时，封存（sealed）和未提交（uncommitted）两项检查无法进行；"
            "这时提醒哪些没有检查，而不是悄悄当作没有问题。是警告。",
            "When the records folder is in a git repository but this computer has no git program, the sealed and "
            "uncommitted rules cannot run; this warns which went unchecked rather than passing silently. A warning.",
        ),
        "source": (STANDARDS, STANDARDS_EN),
        "example": (
            "在一台没有安装 git 的电脑上检查封存过的档案。",
            "The sealed records are checked on a computer without git installed.",
        ),
        "by_command": (
            "安装 git（Windows 上装 Git for Windows，Debian/Ubuntu 上 apt-get install git），再运行 studyctl check。",
            "Install git (Git for Windows, or apt-get install git on Debian and Ubuntu), then run studyctl check "
            "again.",
        ),
        "by_hand": (
            "确认 git 在命令行能运行（git --version），必要时把它的目录加进 PATH。",
            "Make sure git runs from the command line (git --version); add its folder to PATH if needed.",
        ),
    },
}

for _rule, _parts in _RULES.items():
    for _part, (_zh, _en) in _parts.items():
        MESSAGES[f"explain.{_rule}.{_part}"] = {"zh": _zh, "en": _en}
