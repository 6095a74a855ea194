"""The clerk's path: the log-session conversation, fixed choices and dates typed in Chinese,
duplicates refused, and the texts of the command-line parser itself."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- yes / no -------------------------------------------------------------------------------
    "clerk.yes_no": {"zh": "[是/否]", "en": "[y/n]"},
    "clerk.yes": {"zh": "是", "en": "y"},
    "clerk.no": {"zh": "否", "en": "n"},
    "clerk.bad_yes_no": {
        "zh": "“{value}”不是“是”或“否”。",
        "en": "“{value}” is neither yes nor no.",
    },
    "clerk.bad_yes_no.hint": {
        "zh": "回答 是 或 否（也可以写 y 或 n）。",
        "en": "Answer y or n (or 是 / 否).",
    },
    # --- fixed choices: names and other ways of writing them ------------------------------------
    "clerk.notebook.kept": {"zh": "完整", "en": "kept"},
    "clerk.notebook.incomplete": {"zh": "不完整", "en": "incomplete"},
    "clerk.notebook.missing": {"zh": "没有", "en": "missing"},
    # --- dates ----------------------------------------------------------------------------------
    "clerk.date_read_as": {"zh": "{value} 读作 {date}", "en": "{value} read as {date}"},
    # --- log-session on a terminal --------------------------------------------------------------
    "clerk.prompt.units_list": {"zh": "站所办：", "en": "Units:"},
    "clerk.prompt.units": {
        "zh": "哪些站所办（编号或名称，可写多个）",
        "en": "Which units (numbers or names, several allowed)",
    },
    "clerk.prompt.units_or_all": {
        "zh": "哪些站所办（编号或名称，可写多个；回车表示全体干部职工）",
        "en": "Which units (numbers or names, several allowed; Enter: the whole staff)",
    },
    "clerk.units_required": {
        "zh": "站所办学习须写明是哪个站所办。",
        "en": "A unit's study must name its unit.",
    },
    "clerk.prompt.members_grid": {"zh": "在职成员：", "en": "Active members:"},
    "clerk.prompt.participants": {
        "zh": "参加人员（编号或姓名，可写多个）",
        "en": "Participants (numbers or names, several allowed)",
    },
    "clerk.participants_required": {
        "zh": "请写出参加人员。",
        "en": "Name the participants.",
    },
    "clerk.no_number": {
        "zh": "名单中没有第 {value} 号（共 {count} 人）。",
        "en": "There is no number {value} in the list ({count} people).",
    },
    "clerk.prompt.expected": {"zh": "应参加人员（{count} 人）：", "en": "Expected participants ({count}):"},
    "clerk.prompt.late": {
        "zh": "迟到的人（编号或姓名；回车表示没有）",
        "en": "Who was late (numbers or names; Enter: nobody)",
    },
    "clerk.prompt.leave": {
        "zh": "请假的人（编号或姓名；回车表示没有）",
        "en": "Who was on leave (numbers or names; Enter: nobody)",
    },
    "clerk.prompt.absent": {
        "zh": "缺席的人（编号或姓名；回车表示没有）",
        "en": "Who was absent (numbers or names; Enter: nobody)",
    },
    "clerk.prompt.reason_leave": {"zh": "{name} 请假的原因", "en": "Why {name} was on leave"},
    "clerk.prompt.reason_absent": {"zh": "{name} 缺席的原因", "en": "Why {name} was absent"},
    "clerk.reason_required": {"zh": "请写明原因。", "en": "Give a reason."},
    "clerk.not_expected": {
        "zh": "{name} 不是这次学习的应参加人员。",
        "en": "{name} was not expected at this session.",
    },
    "clerk.said_already": {"zh": "{name} 已记为{status}。", "en": "{name} is already recorded as {status}."},
    "clerk.status.late": {"zh": "迟到", "en": "late"},
    "clerk.status.leave": {"zh": "请假", "en": "on leave"},
    "clerk.status.absent": {"zh": "缺席", "en": "absent"},
    "clerk.prompt.others_present": {
        "zh": "其余 {count} 人都出席了吗？",
        "en": "Were the other {count} all present?",
    },
    "clerk.record_title": {"zh": "将要写入的学习记录", "en": "The session about to be recorded"},
    "clerk.field.date": {"zh": "日期", "en": "Date"},
    "clerk.field.kind": {"zh": "学习形式", "en": "Kind"},
    "clerk.field.units": {"zh": "站所办", "en": "Units"},
    "clerk.field.participants": {"zh": "参加人员", "en": "Participants"},
    "clerk.field.host": {"zh": "主持人", "en": "Host"},
    "clerk.field.topic": {"zh": "学习主题", "en": "Topic"},
    "clerk.field.area": {"zh": "学习领域", "en": "Area"},
    "clerk.field.recorder": {"zh": "记录人", "en": "Recorder"},
    "clerk.field.minutes": {"zh": "学习记录", "en": "Minutes"},
    "clerk.field.present": {"zh": "出席", "en": "Present"},
    "clerk.field.late": {"zh": "迟到", "en": "Late"},
    "clerk.field.leave": {"zh": "请假", "en": "On leave"},
    "clerk.field.absent": {"zh": "缺席", "en": "Absent"},
    "clerk.nobody": {"zh": "无", "en": "nobody"},
    "clerk.with_reason": {"zh": "{name}（{reason}）", "en": "{name} ({reason})"},
    "clerk.whole_staff": {"zh": "全体干部职工", "en": "the whole staff"},
    "clerk.count_of": {"zh": "{count} 人：{names}", "en": "{count}: {names}"},
    "clerk.prompt.write": {"zh": "写入这条记录吗？", "en": "Write this record?"},
    "clerk.not_written": {"zh": "没有写入任何内容。", "en": "Nothing was written."},
    "clerk.missing_options": {"zh": "缺少 {options}。", "en": "Missing: {options}."},
    "clerk.missing_options.hint": {
        "zh": "加上这些选项，或在终端中运行本命令逐项填写。全员出席时写 --all-present 明确说明。",
        "en": "Add these options, or run the command in a terminal to be asked. "
        "When everyone was present, say so with --all-present.",
    },
    "clerk.missing_attendance": {
        "zh": "没有考勤：缺少 --all-present（或 --late、--leave、--absent、--from-csv）。",
        "en": "No attendance given: --all-present (or --late, --leave, --absent, --from-csv) is missing.",
    },
    "clerk.missing_attendance.hint": {
        "zh": "全员出席时写 --all-present 明确说明；有人迟到、请假或缺席时用 --late、--leave、--absent 写明，"
        "或用 --from-csv 读入签到表。",
        "en": "When everyone was present, say so with --all-present; otherwise name who was late, "
        "on leave or absent with --late, --leave, --absent, or read a sign-in sheet with --from-csv.",
    },
    "clerk.all_present_and_more": {
        "zh": "--all-present 说全员出席，不能同时用 {options}。",
        "en": "--all-present says everyone was present: it cannot go with {options}.",
    },
    "clerk.all_present_and_more.hint": {
        "zh": "有人迟到、请假或缺席时去掉 --all-present，只用 --late、--leave、--absent 写明他们，其余的人记为出席；"
        "用 --from-csv 时考勤全部来自签到表。",
        "en": "When someone was late, on leave or absent, leave out --all-present and name them with --late, "
        "--leave, --absent: everyone else is recorded present. With --from-csv the sign-in sheet gives "
        "the whole attendance.",
    },
    "help.log.all_present": {
        "zh": "全员出席（从脚本记录而没有 --late/--leave/--absent/--from-csv 时必须写明）。",
        "en": "Everyone expected was present (required from a script without --late/--leave/--absent/--from-csv).",
    },
    "help.log.yes": {
        "zh": "在终端中不再询问是否写入。",
        "en": "On a terminal, write without asking for confirmation.",
    },
    # --- duplicates and records nobody could have made ----------------------------------------
    "clerk.unit_exists": {
        "zh": "已有名为“{name}”的站所办（编号 {id}），没有新建。",
        "en": "A unit called “{name}” exists already (id {id}); nothing was added.",
    },
    "clerk.unit_exists.hint": {
        "zh": "用 --unit {id} 或 --unit {name} 指这个站所办。",
        "en": "Name it with --unit {id} or --unit {name}.",
    },
    "clerk.same_name": {
        "zh": "已有在职成员叫“{name}”：{existing}。没有新建。",
        "en": "An active member is called “{name}” already: {existing}. Nothing was added.",
    },
    "clerk.same_name.hint": {
        "zh": "确是另一位同名的人时，加上 --same-name 再运行。",
        "en": "If this is another person of the same name, run again with --same-name.",
    },
    "clerk.backdate": {
        "zh": "入职日期 {date} 之后已记录了 {count} 次应有此人参加的学习，这些记录中将没有此人的考勤（每次一个错误）。没有新建。",
        "en": "{count} sessions recorded since {date} would have expected this member, and will lack their attendance (one error each). Nothing was added.",
    },
    "clerk.backdate.hint": {
        "zh": "确要补登时加上 --backdate，然后在这些学习记录中补上此人的考勤。",
        "en": "To add the member anyway, run again with --backdate, then add their attendance to those sessions.",
    },
    "clerk.essay_after_left": {
        "zh": "{name} 已于 {left} 离开，不能记录 {date} 的学习心得。",
        "en": "{name} left on {left}: an essay of {date} cannot be theirs.",
    },
    "clerk.essay_after_left.hint": {
        "zh": "检查作者和日期。",
        "en": "Check the author and the date.",
    },
    "clerk.review_after_left": {
        "zh": "{name} 已于 {left} 离开，不能记录 {quarter} 的季度检查。",
        "en": "{name} left on {left}: there is no {quarter} review of them to record.",
    },
    "clerk.review_after_left.hint": {
        "zh": "检查成员和季度。",
        "en": "Check the member and the quarter.",
    },
    "clerk.self_report_after_left": {
        "zh": "{name} 已于 {left} 离开，不能记录 {year} 年度的个人述学。",
        "en": "{name} left on {left}: there is no {year} self-report of them to record.",
    },
    "help.member.same_name": {
        "zh": "已有同名的在职成员时，仍然新建（另一位同名的人）。",
        "en": "Add the member even though an active member has the same name.",
    },
    "help.member.backdate": {
        "zh": "入职日期早于已记录的学习时，仍然新建（那些学习将缺此人的考勤）。",
        "en": "Add the member although sessions were recorded since they joined (those lack their attendance).",
    },
    # --- the parser's own texts (Typer, Click) ------------------------------------------------
    "cli.usage": {"zh": "用法：", "en": "Usage: "},
    "cli.install_completion": {
        "zh": "为当前的 shell 安装命令补全。",
        "en": "Install completion for the current shell.",
    },
    "cli.show_completion": {
        "zh": "显示当前 shell 的命令补全脚本，以便复制或自行安装。",
        "en": "Show completion for the current shell, to copy it or customize the installation.",
    },
    "cli.usage.options": {"zh": "[选项]", "en": "[OPTIONS]"},
    "cli.usage.command": {"zh": "命令 [参数]...", "en": "COMMAND [ARGS]..."},
    "cli.panel.arguments": {"zh": "参数", "en": "Arguments"},
    "cli.panel.options": {"zh": "选项", "en": "Options"},
    "cli.panel.commands": {"zh": "命令", "en": "Commands"},
    "cli.panel.error": {"zh": "错误", "en": "Error"},
    "cli.required": {"zh": "[必填]", "en": "[required]"},
    "cli.default": {"zh": "[默认：{}]", "en": "[default: {}]"},
    "cli.aborted": {"zh": "已中止。", "en": "Aborted."},
    "cli.try_help": {
        "zh": "运行 [blue]'{command_path} {help_option}'[/] 查看帮助。",
        "en": "Try [blue]'{command_path} {help_option}'[/] for help.",
    },
    "cli.help_option": {"zh": "显示本帮助并退出。", "en": "Show this message and exit."},
    "cli.type.str": {"zh": "<文本>", "en": "<str>"},
    "cli.type.int": {"zh": "<整数>", "en": "<int>"},
    "cli.type.dir": {"zh": "<目录>", "en": "<dir>"},
    "cli.type.file": {"zh": "<文件>", "en": "<file>"},
    "cli.type.path": {"zh": "<路径>", "en": "<path>"},
    "cli.missing.option": {"zh": "缺少选项 {name}。", "en": "Missing option '{name}'."},
    "cli.missing.argument": {"zh": "缺少参数 {name}。", "en": "Missing argument '{name}'."},
    "cli.missing_command": {"zh": "缺少命令。", "en": "Missing command."},
    "cli.no_such_option": {"zh": "没有 {option} 这个选项。", "en": "No such option: {option}"},
    "cli.possible_options": {"zh": "可能是：{options}", "en": " (Possible options: {options})"},
    "cli.bad_value": {"zh": "{name} 的值无效：{detail}", "en": "Invalid value for '{name}': {detail}"},
    "cli.extra_arguments": {"zh": "多出了参数：{args}", "en": "Got unexpected extra arguments ({args})"},
    "cli.requires_value": {
        "zh": "选项 {option} 后面要写一个值。",
        "en": "Option '{option}' requires an argument.",
    },
    "cli.takes_no_value": {
        "zh": "选项 {option} 后面不写值。",
        "en": "Option '{option}' does not take a value.",
    },
    "cli.invalid.type": {"zh": "“{value}”不是有效的{type}。", "en": "'{value}' is not a valid {type}."},
    "cli.invalid.int_parsing": {"zh": "“{value}”不是整数。", "en": "'{value}' is not a whole number."},
    "cli.invalid.int_type": {"zh": "“{value}”不是整数。", "en": "'{value}' is not a whole number."},
    "cli.invalid.greater_than_equal": {"zh": "应不小于 {ge}。", "en": "It must be at least {ge}."},
    "cli.invalid.less_than_equal": {"zh": "应不大于 {le}。", "en": "It must be at most {le}."},
    "cli.invalid.enum": {
        "zh": "“{value}”不是可选值：{expected}",
        "en": "'{value}' is not one of {expected}.",
    },
    "cli.invalid.literal_error": {
        "zh": "“{value}”不是可选值：{expected}",
        "en": "'{value}' is not one of {expected}.",
    },
    # --- names where ids are asked -----------------------------------------------------------
    "clerk.unknown_unit": {
        "zh": "没有叫“{value}”的站所办。可能是：{candidates}",
        "en": "No unit is called “{value}”. Perhaps: {candidates}",
    },
    "clerk.unknown_unit.hint": {
        "zh": "写站所办的编号或名称。",
        "en": "Give a unit's id or name.",
    },
    # --- a broken studyctl.yaml -------------------------------------------------------------
    "clerk.config_broken": {
        "zh": "{file}:{line}: 设置文件有误：{detail}",
        "en": "{file}:{line}: the settings do not load: {detail}",
    },
    "clerk.config_broken.hint": {
        "zh": "studyctl 不会在设置有误时改用默认值：改正 {file} 第 {line} 行后再运行。",
        "en": "studyctl does not fall back to defaults when the settings are broken: fix line {line} of {file} and run again.",
    },
    # --- the first minutes of a new user -----------------------------------------------------
    "clerk.before_campaign": {
        "zh": "{period} 时创建学习型机关活动尚未开始（{start} 开始），没有可检查的内容。",
        "en": "The campaign had not started in {period} (it started on {start}): there is nothing to check.",
    },
    "clerk.before_campaign.hint": {
        "zh": "检查 {start} 以后的时段；活动开始日期在 studyctl.yaml 的 campaign_start。",
        "en": "Check a period from {start} on; the start date is campaign_start in studyctl.yaml.",
    },
    "clerk.init.campaign_start": {
        "zh": "活动开始日期（campaign_start）取本周一 {date}：此前各周不作检查。如活动开始得更早，请改写 studyctl.yaml 中的 campaign_start。",
        "en": "The campaign starts (campaign_start) on this week's Monday, {date}: weeks before it are not checked. If it began earlier, change campaign_start in studyctl.yaml.",
    },
    "clerk.init.next_named": {
        "zh": "下一步：用 studyctl unit add 和 studyctl member add 登记站所办和成员。",
        "en": "Next: add units and members (studyctl unit add, studyctl member add).",
    },
}
