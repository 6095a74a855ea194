"""The finding each example of `studyctl explain` gives, as `studyctl check` prints it.

Written by tests/test_explain.py from real runs (STUDYCTL_REGEN_DOCS=1); do not edit by hand.
"""

# ruff: noqa: E501  (a finding is one line, as check prints it)

FINDINGS: dict[str, dict[str, str]] = {
    "anti-corruption": {
        "zh": "sessions/2026/: 警告 截至 2026-03-31，今年只开展反腐倡廉警示教育 2 次，按进度应有 3 次。\n    提示：每年开展 10 次；请在后续学习安排中补上（kind: anti-corruption）。详见 studyctl explain anti-corruption",
        "en": "sessions/2026/: warning 2 anti-corruption education sessions this year by 2026-03-31; the pace asks for 3.\n    hint: The year asks for 10; add them to the coming schedules (kind: anti-corruption). See studyctl explain anti-corruption.",
    },
    "attendance": {
        "zh": "sessions/2026/2026-06-03-unit-study-wtz.yaml:13: 错误 严佳（yan-jia）应参加本次学习，但没有考勤记录。\n    13 | attendance:\n    提示：在 attendance 下补记一行，如 yan-jia: present（出席 present、迟到 late、请假 leave、缺席 absent；请假和缺席须写原因）。详见 studyctl explain attendance",
        "en": "sessions/2026/2026-06-03-unit-study-wtz.yaml:13: error 严佳 (yan-jia) was expected but has no attendance entry.\n    13 | attendance:\n    hint: Add a line under attendance, like yan-jia: present (present, late, leave or absent; leave and absent need a reason). See studyctl explain attendance.",
    },
    "calendar": {
        "zh": "studyctl.yaml:1: 警告 studyctl 还不知道 2027 年的节假日和调休安排，工作日是按常规估算的（没有调休上班日）。\n    1 | organization: 青石镇机关\n    提示：国务院办公厅公布 2027 年部分节假日安排后，把放假日写进 studyctl.yaml 的 calendar.holidays，调休上班日写进 calendar.workdays。详见 studyctl explain calendar",
        "en": "studyctl.yaml:1: warning studyctl does not know 2027's official holidays and make-up working days yet; working days are an estimate with no make-up days.\n    1 | organization: 青石镇机关\n    hint: Once the State Council publishes 2027's holiday arrangement, add its days off under calendar.holidays and its make-up working days under calendar.workdays in studyctl.yaml. See studyctl explain calendar.",
    },
    "degree": {
        "zh": "members/yan-jia.yaml:6: 警告 严佳学历为高中，须在 2029-01-01 前达到大专以上。\n    6 | education: high-school\n    提示：活动开始时未满规定年龄的干部须在期限内取得大专以上学历；报名学习后填写 degree_in_progress。详见 studyctl explain degree",
        "en": "members/yan-jia.yaml:6: warning 严佳 holds high school and must reach an associate degree or above by 2029-01-01.\n    6 | education: high-school\n    hint: Members under the age limit at the start must reach an associate degree in time; once enrolled, fill in degree_in_progress. See studyctl explain degree.",
    },
    "duplicate": {
        "zh": "plans/2026/yan-jia-2.yaml:1: 错误 与 plans/2026/yan-jia.yaml 重复：同一份档案只能有一个文件。\n    1 | member: yan-jia\n    提示：合并两份文件，删去多余的一份。详见 studyctl explain duplicate",
        "en": "plans/2026/yan-jia-2.yaml:1: error Duplicates plans/2026/yan-jia.yaml: a record may exist in one file only.\n    1 | member: yan-jia\n    hint: Merge the two files and delete the extra one. See studyctl explain duplicate.",
    },
    "exchange": {
        "zh": "sessions/2026/: 警告 2026-W24（2026-06-08 至 2026-06-14）有 5 个工作日，却没有交流学习心得。\n    提示：每周周二交流学习心得；若已举行而漏登，补录到 sessions/ 中（kind: exchange）。详见 studyctl explain exchange",
        "en": "sessions/2026/: warning 2026-W24 (2026-06-08 to 2026-06-14) had 5 working days but no exchange of study experience.\n    hint: The exchange is held every Tuesday; if it took place, record it in sessions/ (kind: exchange). See studyctl explain exchange.",
    },
    "exhibition": {
        "zh": "sessions/2026/: 错误 2026 年没有举办学习交流和展评。\n    提示：每年举办一次学习交流和展评（kind: exhibition）；若已举办而漏登，补录到 sessions/2026/。详见 studyctl explain exhibition",
        "en": "sessions/2026/: error No study exchange and exhibition was held in 2026.\n    hint: An exchange and exhibition is held once a year (kind: exhibition); if it took place, record it in sessions/2026/. See studyctl explain exhibition.",
    },
    "host": {
        "zh": "sessions/2026/2026-06-03-unit-study-wtz.yaml:6: 错误 本次学习由一般干部严佳主持。\n    6 | host: yan-jia\n    提示：学习由中层以上领导干部轮流主持；若记录有误，更正 host。详见 studyctl explain host",
        "en": "sessions/2026/2026-06-03-unit-study-wtz.yaml:6: error This session was hosted by 严佳, a staff member.\n    6 | host: yan-jia\n    hint: Middle-level cadres and above take turns to host; correct host if it was recorded wrongly. See studyctl explain host.",
    },
    "location": {
        "zh": "sessions/2026/2026-06-03-unit-study-wtz.yaml:1: 错误 date 是 2026-06-04，但文件所在位置要求 2026-06-03。\n    1 | date: 2026-06-04\n    提示：改正字段，或把文件移到正确的文件夹、改为正确的文件名。详见 studyctl explain location",
        "en": "sessions/2026/2026-06-03-unit-study-wtz.yaml:1: error date is 2026-06-04, but where the file sits says 2026-06-03.\n    1 | date: 2026-06-04\n    hint: Correct the field, or move and rename the file to where it belongs. See studyctl explain location.",
    },
    "minutes": {
        "zh": "sessions/2026/2026-06-03-unit-study-wtz.yaml:11: 错误 学习记录只有 14 个字，少于规定的 50 个字。\n    11 |   text: |\n    提示：如实补充学习的主要内容、发言要点和下一步要求（空白不计字数）。详见 studyctl explain minutes",
        "en": "sessions/2026/2026-06-03-unit-study-wtz.yaml:11: error The minutes hold 14 characters, fewer than the 50 required.\n    11 |   text: |\n    hint: Record what was studied, the main points raised and what follows (spaces do not count). See studyctl explain minutes.",
    },
    "notebook": {
        "zh": "reviews/2026/Q2/yan-jia.yaml:7: 错误 严佳的 2026Q2 季度检查：专用学习笔记记得不完整。\n    7 | notebook: incomplete\n    提示：督促其补全笔记，下季度检查时复查。详见 studyctl explain notebook",
        "en": "reviews/2026/Q2/yan-jia.yaml:7: error 严佳's 2026Q2 review found the study notebook incomplete.\n    7 | notebook: incomplete\n    hint: Have the notebook completed and look at it again at the next review. See studyctl explain notebook.",
    },
    "plan": {
        "zh": "plans/2026/yan-jia.yaml:5: 错误 严佳的学习计划缺少经济理论方面的内容。\n    5 | items:\n    提示：学习计划须包括政治理论、法律法规、经济理论、科学文化和业务知识四个方面（“四学”）。详见 studyctl explain plan",
        "en": "plans/2026/yan-jia.yaml:5: error 严佳's plan has nothing on economic theory.\n    5 | items:\n    hint: A plan covers all four areas: politics, law, economics and knowledge. See studyctl explain plan.",
    },
    "plan-overdue": {
        "zh": "plans/2026/yan-jia.yaml:10: 警告 严佳的计划项目“学习《环境保护法》并撰写心得体会一篇”应于 2026-06-30 完成，尚未完成。\n    10 |   - area: law\n    提示：完成后在该项填写 done（完成日期）；进度有变的，调整 due 并说明原因。详见 studyctl explain plan-overdue",
        "en": "plans/2026/yan-jia.yaml:10: warning 严佳's plan item “学习《环境保护法》并撰写心得体会一篇” was due on 2026-06-30 and is not done.\n    10 |   - area: law\n    hint: Fill in done with the date once it is done; if the plan changed, move due and say why. See studyctl explain plan-overdue.",
    },
    "reference": {
        "zh": "sessions/2026/2026-06-03-unit-study-wtz.yaml:6: 错误 没有编号为 taowen 的成员。\n    6 | host: taowen\n    提示：检查拼写，或先用 studyctl member add 登记该成员；成员编号见 members/ 文件夹。详见 studyctl explain reference",
        "en": "sessions/2026/2026-06-03-unit-study-wtz.yaml:6: error There is no member with the id taowen.\n    6 | host: taowen\n    hint: Check the spelling, or add the member first (studyctl member add); ids are the file names in members/. See studyctl explain reference.",
    },
    "reflections": {
        "zh": "essays/2026/: 警告 严佳在 2026 年已写学习心得 1 篇，按进度截至 2026-06-30 应有 2 篇。\n    提示：每人每年至少写学习心得 4 篇；写好后存入 essays/2026/。详见 studyctl explain reflections",
        "en": "essays/2026/: warning 严佳 has written 1 study essays in 2026; the pace asks for 2 by 2026-06-30.\n    hint: Everyone writes at least 4 essays a year; file them under essays/2026/. See studyctl explain reflections.",
    },
    "review": {
        "zh": "reviews/2026/Q2/yan-jia.yaml: 错误 严佳没有 2026Q2 的季度检查记录。\n    提示：补做季度检查：学习态度、学习内容、学习成效和专用笔记，存入这个文件。详见 studyctl explain review",
        "en": "reviews/2026/Q2/yan-jia.yaml: error 严佳 has no review for 2026Q2.\n    hint: Hold the quarterly review (attitude, content, results and the notebook) and record it in this file. See studyctl explain review.",
    },
    "schedule": {
        "zh": "sessions/2026/2026-06-04-unit-study-wtz.yaml:1: 错误 2026-06-04 的站所办学习不在任何事先发布的学习安排中。\n    1 | date: 2026-06-04\n    提示：学习须事先安排：查看 schedules/ 里的学习安排是否漏登了这一条（日期、类型、单位须一致）；确属临时组织的，季度检查时说明原因。详见 studyctl explain schedule",
        "en": "sessions/2026/2026-06-04-unit-study-wtz.yaml:1: error The unit study of 2026-06-04 is on no study schedule published before it.\n    1 | date: 2026-06-04\n    hint: Study is planned ahead: check whether a schedule in schedules/ left it out (same date, kind and units); if it was arranged at short notice, explain why at the quarterly check. See studyctl explain schedule.",
    },
    "schema": {
        "zh": "sessions/2026/2026-06-03-unit-study-wtz.yaml:19: 错误 attendance.lu-xiaoyan 的值 迟到 不在可选范围内。\n    19 |   lu-xiaoyan: 迟到\n    提示：照原样（小写英文）填写其中之一：present | late | leave | absent。详见 studyctl explain schema",
        "en": "sessions/2026/2026-06-03-unit-study-wtz.yaml:19: error attendance.lu-xiaoyan is 迟到, which is not one of the choices.\n    19 |   lu-xiaoyan: 迟到\n    hint: Write one of these, as they are spelled: present | late | leave | absent. See studyctl explain schema.",
    },
    "sealed": {
        "zh": "sessions/2026/2026-06-03-unit-study-wtz.yaml: 错误 2026Q2 已封存，此记录在封存后被修改：提交 41c2525（钱丽娟，2026-07-10）。\n    提示：封存的记录不得改动。用 git restore --source=studyctl/sealed/2026Q2 -- sessions/2026/2026-06-03-unit-study-wtz.yaml 恢复封存时的内容后提交；确需更正，请经负责人同意后另行记录并说明。详见 studyctl explain sealed",
        "en": "sessions/2026/2026-06-03-unit-study-wtz.yaml: error 2026Q2 is sealed, and this record was changed after the seal: commit 41c2525 (钱丽娟, 2026-07-10).\n    hint: A sealed record must not change. Bring back its sealed content with git restore --source=studyctl/sealed/2026Q2 -- sessions/2026/2026-06-03-unit-study-wtz.yaml, then commit; a correction needs the sign-off of the person in charge and a note of its own. See studyctl explain sealed.",
    },
    "self-report": {
        "zh": "self-reports/2026/yan-jia.md: 错误 严佳没有 2026 年的个人述学报告。\n    提示：对照年度学习计划写述学报告（完成情况、主要收获、自我评价），存入这个文件；它计入年度考核。详见 studyctl explain self-report",
        "en": "self-reports/2026/yan-jia.md: error 严佳 has no self-report for 2026.\n    hint: Write the report against the plan (what was done, the results, a self-evaluation) in this file; it counts in the annual assessment. See studyctl explain self-report.",
    },
    "study-day": {
        "zh": "sessions/2026/: 错误 2026-W24（2026-06-08 至 2026-06-14）有 5 个工作日，却没有全员参加的周五学习日。\n    提示：学习日从不间断：若已举行而漏登，补录到 sessions/ 中（kind: study-day，units: [all]）；若确未举行，季度检查时说明原因。详见 studyctl explain study-day",
        "en": "sessions/2026/: error 2026-W24 (2026-06-08 to 2026-06-14) had 5 working days but no whole-staff Friday study day.\n    hint: The study day is never skipped: if it was held, record it in sessions/ (kind: study-day, units: [all]); if not, explain why at the quarterly check. See studyctl explain study-day.",
    },
    "temp-file": {
        "zh": "sessions/2026/.2026-06-03-unit-study-wtz.yaml.tmp-k3v9q1: 警告 一次被中断的写入留下了这个临时文件；记录本身完好（仍是写入前或写入后的版本）。\n    提示：它不是记录，任何命令都不会读取它；下一次写入记录时会自动删除，也可直接删除：sessions/2026/.2026-06-03-unit-study-wtz.yaml.tmp-k3v9q1。详见 studyctl explain temp-file",
        "en": "sessions/2026/.2026-06-03-unit-study-wtz.yaml.tmp-k3v9q1: warning An interrupted write left this temp file behind; the record itself is whole (the version before or after that write).\n    hint: It is not a record and no command reads it; the next write of a record removes it, or delete it yourself: sessions/2026/.2026-06-03-unit-study-wtz.yaml.tmp-k3v9q1. See studyctl explain temp-file.",
    },
    "uncommitted": {
        "zh": "sessions/2026/2026-06-03-unit-study-wtz.yaml: 警告 此记录有改动尚未提交到 git。\n    提示：提交它：git add sessions/2026/2026-06-03-unit-study-wtz.yaml 后 git commit。用 studyctl 的命令记录时会自动提交。详见 studyctl explain uncommitted",
        "en": "sessions/2026/2026-06-03-unit-study-wtz.yaml: warning This record has changes not committed to git.\n    hint: Commit it: git add sessions/2026/2026-06-03-unit-study-wtz.yaml, then git commit. studyctl's recording commands commit by themselves. See studyctl explain uncommitted.",
    },
    "yaml": {
        "zh": "sessions/2026/2026-06-03-unit-study-wtz.yaml:7: 错误 这一行多了一个“冒号+空格”：要么文字里含有冒号，要么这一行缩进不对。\n    7 | topic: 学习: 公共文化服务相关政策\n    提示：含冒号的文字请整段加引号，如 topic: '学习: 宪法'；否则让这一行与同级字段左对齐。详见 studyctl explain yaml",
        "en": "sessions/2026/2026-06-03-unit-study-wtz.yaml:7: error This line holds one `: ` too many: either the text contains a colon, or the line is indented wrongly.\n    7 | topic: 学习: 公共文化服务相关政策\n    hint: Quote text that holds a colon, like topic: 'Study: the Constitution'; otherwise align the line with the fields at its level. See studyctl explain yaml.",
    },
}
