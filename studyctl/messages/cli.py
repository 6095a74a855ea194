"""Help texts of the commands and options, and the comments `init` writes into studyctl.yaml."""

MESSAGES: dict[str, dict[str, str]] = {
    "help.app": {
        "zh": "学习型机关建设的学习档案工具：记录学习活动，按“五有”和每周学习制度检查，生成考评报告。",
        "en": "Keep, check and report the study records of a learning-oriented office (学习型机关).",
    },
    "help.records": {
        "zh": "学习档案目录（默认：从当前目录向上查找 studyctl.yaml）。",
        "en": "The records folder (default: the nearest folder up from here with a studyctl.yaml).",
    },
    "help.lang": {"zh": "输出语言：zh 或 en。", "en": "Output language: zh or en."},
    "help.quarter": {
        "zh": "季度：2026Q2，今年的 Q2，或 this / last。",
        "en": "A quarter: 2026Q2, Q2 for this year, or this / last.",
    },
    "help.year": {"zh": "年度，如 2026。", "en": "A year, like 2026."},
    "help.check": {
        "zh": "按规则检查学习档案（默认：本季度）。出现错误时退出码为 1。\n\n"
        "示例：studyctl check --quarter 2026Q2",
        "en": "Check the records against the campaign's rules (default: this quarter). "
        "Exits 1 when there is an error.\n\nExample: studyctl check --quarter 2026Q2",
    },
    "help.check.rules": {
        "zh": "只检查这些规则（如 attendance minutes）；默认全部。",
        "en": "Check only these rules (attendance minutes, say); all by default.",
    },
    "help.check.format": {"zh": "输出格式：text 或 json。", "en": "Output format: text or json."},
    "help.check.strict": {"zh": "有警告时也以 1 退出。", "en": "Exit 1 on warnings too."},
    "help.init": {
        "zh": "新建学习档案目录：写出 studyctl.yaml（全部默认设置及说明）和各文件夹，并初始化 git。\n\n"
        "示例：studyctl init 学习档案 --organization 青石镇机关",
        "en": "Make a new records folder: studyctl.yaml with every default explained, the folders, "
        "and a git repository.\n\nExample: studyctl init records --organization 'Qingshi town office'",
    },
    "help.init.folder": {
        "zh": "新档案目录的位置（默认：当前目录）。",
        "en": "Where to make it (default: here).",
    },
    "help.init.organization": {"zh": "机关名称。", "en": "The organization's name."},
    "help.init.campaign_start": {
        "zh": "创建活动开始日期（默认：运行 init 这一周的星期一）。",
        "en": "The campaign's start date (default: the Monday of the week init runs).",
    },
    "cli.no_such_command": {"zh": "没有 {command} 这个命令。", "en": "No such command: {command}."},
    "cli.no_such_command.did_you_mean": {
        "zh": "没有 {command} 这个命令。是不是要用：{commands}？",
        "en": "No such command: {command}. Did you mean: {commands}?",
    },
    "cli.bad_date": {"zh": "{value} 不是有效日期。", "en": "{value} is not a valid date."},
    "cli.bad_date.hint": {
        "zh": "日期写作 2026-04-03（年-月-日）。",
        "en": "Write dates as 2026-04-03 (year-month-day).",
    },
    "init.default_organization": {"zh": "本机关", "en": "Our office"},
    "init.config.title": {
        "zh": "studyctl 设置。rules、assessment 和 calendar 下各项均可省略，省略时取这里写出的默认值。",
        "en": "studyctl settings. Every key under rules, assessment and calendar is optional; the defaults are written out.",
    },
    "init.config.organization": {"zh": "机关名称", "en": "the organization's name"},
    "init.config.campaign_start": {"zh": "创建学习型机关活动开始日期", "en": "when the campaign started"},
    "init.config.language": {"zh": "输出语言：zh | en", "en": "output language: zh | en"},
    "init.config.rules": {"zh": "检查规则的设置", "en": "settings of the check rules"},
    "init.config.essays_per_year": {"zh": "每人每年学习心得篇数", "en": "study essays per person per year"},
    "init.config.anti_corruption_per_year": {
        "zh": "每年反腐倡廉警示教育次数",
        "en": "anti-corruption sessions per year",
    },
    "init.config.study_day": {"zh": "每周全员学习日（周五学习日）", "en": "the weekly whole-staff study day"},
    "init.config.exchange_day": {"zh": "每周交流学习心得日（周二）", "en": "the weekly exchange day"},
    "init.config.minutes_min_chars": {"zh": "学习记录最少字数", "en": "the fewest characters of minutes"},
    "init.config.degree_min": {"zh": "学历要求：大专（专科）", "en": "the degree required: associate"},
    "init.config.degree_age_limit": {
        "zh": "活动开始时未满此年龄者须达到学历要求",
        "en": "members under this age at the start must reach it",
    },
    "init.config.degree_deadline_years": {
        "zh": "自活动开始起几年内达到",
        "en": "within this many years of the start",
    },
    "init.config.degree_rate_target": {
        "zh": "大专以上学历比例目标",
        "en": "the target share of degree holders",
    },
    "init.config.calendar": {
        "zh": "节假日和调休已内置；国务院公布新安排后在此补充或更正",
        "en": "China's holidays and make-up days are built in; add or correct days here",
    },
    "init.config.holidays": {
        "zh": "额外的放假日，如 [2027-02-05]",
        "en": "extra days off, like [2027-02-05]",
    },
    "init.config.workdays": {
        "zh": "额外的调休上班日，如 [2027-02-20]",
        "en": "extra working days, like [2027-02-20]",
    },
}
