"""Messages of the foundation: finding the records folder, reading records, the record rules,
the `check` summary and `init`."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- the records folder --------------------------------------------------------------------
    "records.not_found": {
        "zh": "这里不是学习档案目录：从 {path} 向上没有找到 studyctl.yaml。",
        "en": "Not in a records folder: no studyctl.yaml in {path} or any folder above it.",
    },
    "records.not_found.hint": {
        "zh": "进入档案目录后再运行，或用 -C 目录 指定；新建档案目录请运行 studyctl init 目录。",
        "en": "Run it inside a records folder or name one with -C DIR; to make a new one, run studyctl init DIR.",
    },
    "records.not_a_folder": {
        "zh": "{path} 不是学习档案目录（其中没有 studyctl.yaml）。",
        "en": "{path} is not a records folder (it has no studyctl.yaml).",
    },
    "records.not_a_folder.hint": {
        "zh": "检查 -C 后的路径；新建档案目录请运行 studyctl init 目录。",
        "en": "Check the path after -C; to make a new records folder, run studyctl init DIR.",
    },
    "cli.bad_period": {
        "zh": "无法识别的时段：{value}。",
        "en": "Not a period: {value}.",
    },
    "cli.bad_period.hint": {
        "zh": "季度写作 2026Q2（今年可简写 Q2，或 this / last），年度写作 2026。",
        "en": "Write a quarter as 2026Q2 (Q2 for this year, or this / last) and a year as 2026.",
    },
    "cli.period_conflict": {
        "zh": "--quarter 和 --year 只能选一个。",
        "en": "Give --quarter or --year, not both.",
    },
    "cli.unknown_rule": {
        "zh": "没有名为 {value} 的检查规则。",
        "en": "No check rule is named {value}.",
    },
    "cli.unknown_rule.hint": {
        "zh": "可用的规则：{rules}",
        "en": "The rules are: {rules}",
    },
    "cli.interrupted": {"zh": "已中断。", "en": "Interrupted."},
    "clock.bad_today": {
        "zh": "环境变量 STUDYCTL_TODAY 的值 {value} 不是日期。",
        "en": "STUDYCTL_TODAY is set to {value}, which is not a date.",
    },
    "clock.bad_today.hint": {
        "zh": "写作 2026-11-28，或删除这个环境变量以使用今天的日期。",
        "en": "Write it as 2026-11-28, or unset it to use today's date.",
    },
    # --- yaml ----------------------------------------------------------------------------------
    "yaml.syntax": {
        "zh": "YAML 格式错误：{detail}",
        "en": "Not valid YAML: {detail}",
    },
    "yaml.syntax.hint": {
        "zh": "检查这一行及上一行的缩进、冒号和引号；冒号后要有空格，含冒号或井号的文字请加引号。",
        "en": "Check the indentation, colons and quotes on this line and the one before; put a space after "
        "each colon and quote text that holds a colon or a #.",
    },
    "yaml.colon_in_text": {
        "zh": "这一行多了一个“冒号+空格”：要么文字里含有冒号，要么这一行缩进不对。",
        "en": "This line holds one `: ` too many: either the text contains a colon, or the line is indented wrongly.",
    },
    "yaml.colon_in_text.hint": {
        "zh": "含冒号的文字请整段加引号，如 topic: '学习: 宪法'；否则让这一行与同级字段左对齐。",
        "en": "Quote text that holds a colon, like topic: 'Study: the Constitution'; otherwise align the line "
        "with the fields at its level.",
    },
    "yaml.no_colon": {
        "zh": "这一行不是“字段: 值”的形式（冒号后面要有一个空格）。",
        "en": "This line is not a `key: value` field (a colon needs a space after it).",
    },
    "yaml.no_colon.hint": {
        "zh": "在字段名后写英文冒号和一个空格，如 topic: 学习《宪法》；多行文字请写在 | 下面并缩进。",
        "en": "Write the key, a colon and a space, like topic: the Constitution; put multi-line text under a | "
        "and indent it.",
    },
    "yaml.unclosed_quote": {
        "zh": "这一行的引号没有闭合。",
        "en": "The quote opened on this line is never closed.",
    },
    "yaml.unclosed_quote.hint": {
        "zh": "在文字末尾补上同样的引号（' 或 \"）；文字里的单引号写成两个 ''。",
        "en": "Close the text with the same quote (' or \"); write a single quote inside '…' as ''.",
    },
    "yaml.unclosed_bracket": {
        "zh": "这一行的方括号 [ 或花括号 {{ 没有闭合。",
        "en": "The [ or {{ opened on this line is never closed.",
    },
    "yaml.unclosed_bracket.hint": {
        "zh": "补上 ] 或 }}，各项之间用英文逗号和空格分开，如 [dzb, czs]。",
        "en": "Add the closing ] or }}, and separate the items by a comma and a space, like [dzb, czs].",
    },
    "yaml.indentation": {
        "zh": "这一行的缩进与上面的字段对不齐。",
        "en": "This line's indentation does not line up with the fields above it.",
    },
    "yaml.indentation.hint": {
        "zh": "同一层的字段左边对齐（每深一层多两个空格）；列表项以“- ”开头，写在所属字段的下一行。",
        "en": "Fields of one level start in the same column (two more spaces per level); list items start "
        "with `- ` on the lines under their key.",
    },
    "yaml.reserved_char": {
        "zh": "这一行的值以 YAML 的保留符号（如 @ ` %）开头。",
        "en": "The value on this line starts with a character YAML reserves (like @ ` %).",
    },
    "yaml.reserved_char.hint": {
        "zh": "给整段文字加引号，如 note: '@全体'。",
        "en": "Quote the whole text, like note: '@everyone'.",
    },
    "yaml.backslash": {
        "zh": "双引号里的反斜杠 \\ 后面跟了无法识别的字符。",
        "en": "A backslash \\ inside double quotes is followed by a character it cannot escape.",
    },
    "yaml.backslash.hint": {
        "zh": "改用单引号括起这段文字（单引号里 \\ 就是普通字符），或把 \\ 写成 \\\\。",
        "en": "Use single quotes for this text (a \\ is plain there), or write the \\ as \\\\.",
    },
    "yaml.control_char": {
        "zh": "这一行含有看不见的控制字符（{detail}），多半是从别处复制粘贴带来的。",
        "en": "This line holds an invisible control character ({detail}), likely pasted from elsewhere.",
    },
    "yaml.control_char.hint": {
        "zh": "删去这一行再重新输入。",
        "en": "Delete the line and type it again.",
    },
    "yaml.tab": {
        "zh": "这一行用制表符（Tab）缩进，YAML 只允许空格缩进。",
        "en": "This line is indented with a tab; YAML allows only spaces.",
    },
    "yaml.tab.hint": {
        "zh": "把行首的 Tab 换成空格（每级两个空格）。",
        "en": "Replace the tabs at the start of the line with spaces (two per level).",
    },
    "yaml.duplicate_key": {
        "zh": "字段 {detail} 重复出现，后一个会悄悄覆盖前一个。",
        "en": "The key {detail} appears twice; the second would silently replace the first.",
    },
    "yaml.duplicate_key.hint": {
        "zh": "删去或合并重复的字段。",
        "en": "Remove or merge the repeated key.",
    },
    "yaml.tag": {
        "zh": "档案中不允许使用 YAML 标签（{detail}）。",
        "en": "Records may not use YAML tags ({detail}).",
    },
    "yaml.tag.hint": {
        "zh": "删去以 ! 开头的标签；若它是文字的一部分，请给整段文字加引号。",
        "en": "Remove the tag starting with !; if it is part of the text, quote the whole text.",
    },
    "yaml.alias": {
        "zh": "档案中不允许使用锚点和别名（& 和 *）。",
        "en": "Records may not use anchors or aliases (& and *).",
    },
    "yaml.alias.hint": {
        "zh": "把内容直接写出来；若 & 或 * 是文字的一部分，请给整段文字加引号。",
        "en": "Write the value out in full; if & or * is part of the text, quote the whole text.",
    },
    "yaml.complex_key": {
        "zh": "字段名必须是简单文字。",
        "en": "A key must be plain text.",
    },
    "yaml.complex_key.hint": {
        "zh": "检查这一行的缩进和冒号。",
        "en": "Check the indentation and colons on this line.",
    },
    "yaml.too_deep": {
        "zh": "层级嵌套过深，档案不需要这么多层。",
        "en": "Nested too deeply; records never need this many levels.",
    },
    "yaml.too_deep.hint": {
        "zh": "对照档案格式说明（docs/format.md）检查缩进。",
        "en": "Check the indentation against the records format (docs/format.md).",
    },
    "yaml.too_large": {
        "zh": "文件过大：单个档案不应超过 1 MiB，studyctl 不会读取它。",
        "en": "The file is too large: a record is at most 1 MiB, and studyctl does not read it.",
    },
    "yaml.too_large.hint": {
        "zh": "检查是否误存了别的文件；过长的纪要请精简。",
        "en": "Check that no other file was saved here by mistake; shorten overlong minutes.",
    },
    "yaml.binary": {
        "zh": "文件含有空字节，不是文本文件。",
        "en": "The file holds NUL bytes; it is not a text file.",
    },
    "yaml.binary.hint": {
        "zh": "用文本编辑器重新保存为 UTF-8 文本。",
        "en": "Save it again as UTF-8 text from a text editor.",
    },
    "yaml.not_utf8": {
        "zh": "文件不是 UTF-8 编码。",
        "en": "The file is not UTF-8.",
    },
    "yaml.legacy_encoding": {
        "zh": "文件不是 UTF-8 编码（看来是 {detail}，常见于 Windows 记事本或 WPS 的默认保存）。",
        "en": "The file is not UTF-8 (it looks like {detail}, as Windows editors save by default).",
    },
    "yaml.legacy_encoding.hint": {
        "zh": "在编辑器中选择“另存为”，编码选 UTF-8 后保存（记事本、WPS 均可）。",
        "en": "Use Save As in your editor and choose the UTF-8 encoding.",
    },
    "yaml.not_utf8.hint": {
        "zh": "在编辑器中选择“另存为”，编码选 UTF-8 后保存（记事本、WPS 均可）。",
        "en": "Use Save As in your editor and choose the UTF-8 encoding.",
    },
    "yaml.conflict": {
        "zh": "文件中留有 git 合并冲突标记（<<<<<<< 或 >>>>>>>）。",
        "en": "The file holds git conflict markers (<<<<<<< or >>>>>>>).",
    },
    "yaml.conflict.hint": {
        "zh": "保留正确的内容，删去冲突标记行和 ======= 分隔行，然后提交。",
        "en": "Keep the right content, delete the marker lines and the ======= line, then commit.",
    },
    "yaml.empty": {
        "zh": "档案是空的（没有任何字段）。",
        "en": "The record is empty (it has no fields).",
    },
    "yaml.empty.hint": {
        "zh": "补全字段，或删除这个文件。",
        "en": "Fill in its fields, or delete the file.",
    },
    "yaml.not_mapping": {
        "zh": "档案的最外层必须是“字段: 值”的形式。",
        "en": "The top level of a record must be `key: value` fields.",
    },
    "yaml.not_mapping.hint": {
        "zh": "对照档案格式说明（docs/format.md）改写。",
        "en": "Rewrite it after the records format (docs/format.md).",
    },
    "yaml.many_documents": {
        "zh": "一个文件里有多份档案（--- 分隔）。",
        "en": "The file holds more than one document (separated by ---).",
    },
    "yaml.many_documents.hint": {
        "zh": "每份档案单独存为一个文件。",
        "en": "Keep each record in a file of its own.",
    },
    "yaml.no_front_matter": {
        "zh": "文章开头缺少 --- 包围的信息块（作者、日期、题目等）。",
        "en": "The text does not start with a front matter block between --- lines.",
    },
    "yaml.no_front_matter.hint": {
        "zh": "在第一行写 ---，接着写作者、日期等字段，再用一行 --- 结束。",
        "en": "Write --- on the first line, then the fields, then a closing --- line.",
    },
    "yaml.front_matter_open": {
        "zh": "文章开头的信息块没有用 --- 结束。",
        "en": "The front matter block is never closed with a --- line.",
    },
    "yaml.front_matter_open.hint": {
        "zh": "在字段之后、正文之前加一行 ---。",
        "en": "Add a --- line after the fields, before the text.",
    },
    # --- schema --------------------------------------------------------------------------------
    "schema.missing": {"zh": "缺少字段 {field}。", "en": "The field {field} is missing."},
    "schema.missing.hint": {
        "zh": "补上 {field}，格式见 docs/format.md。",
        "en": "Add {field}; see docs/format.md for its form.",
    },
    "schema.unknown": {"zh": "未知字段 {field}。", "en": "Unknown field {field}."},
    "schema.unknown.hint": {
        "zh": "检查拼写；这里可用的字段：{allowed}",
        "en": "Check the spelling; the fields allowed here: {allowed}",
    },
    "schema.empty": {"zh": "字段 {field} 是空的。", "en": "The field {field} is empty."},
    "schema.empty.hint": {
        "zh": "在冒号后填写 {field} 的值；可以不填的字段也可整行删去，空列表写作 []。",
        "en": "Write a value for {field} after the colon; an optional field may be left out, "
        "and an empty list is written [].",
    },
    "schema.choice": {
        "zh": "{field} 的值 {value} 不在可选范围内。",
        "en": "{field} is {value}, which is not one of the choices.",
    },
    "schema.choice.hint": {
        "zh": "照原样（小写英文）填写其中之一：{expected}",
        "en": "Write one of these, as they are spelled: {expected}",
    },
    "schema.slug": {"zh": "{field} 的编号 {value} 不合规。", "en": "{field}: {value} is not a valid id."},
    "schema.slug.hint": {
        "zh": "编号只用小写字母、数字和单个连字符（不在开头结尾），如 zhang-wei，最长 64 个字符，"
        "且不能是 con、nul、aux、prn、com1、lpt1 这类 Windows 保留名。",
        "en": "Ids use lower-case letters, digits and single hyphens inside, like zhang-wei, at most "
        "64 characters, and are not a name Windows reserves (con, nul, aux, prn, com1, lpt1 …).",
    },
    "schema.blank": {"zh": "{field} 不能只有空白。", "en": "{field} may not be blank."},
    "schema.blank.hint": {"zh": "填写内容。", "en": "Write something in it."},
    "schema.quarter": {"zh": "{field} 的值 {value} 不是季度。", "en": "{field}: {value} is not a quarter."},
    "schema.quarter.hint": {"zh": "季度写作 2026Q2。", "en": "Write a quarter as 2026Q2."},
    "schema.date": {
        "zh": "{field} 的值 {value} 不是有效日期。",
        "en": "{field}: {value} is not a valid date.",
    },
    "schema.date.hint": {
        "zh": "日期写作 2026-04-03（四位年-两位月-两位日，不带时间），且须是日历上存在的日子。",
        "en": "Write a date as 2026-04-03 (four-digit year, two-digit month and day, no time), "
        "and a day that exists.",
    },
    "schema.int": {"zh": "{field} 的值 {value} 不是整数。", "en": "{field}: {value} is not a whole number."},
    "schema.int.hint": {"zh": "填写整数，如 4。", "en": "Write a whole number, like 4."},
    "schema.number": {"zh": "{field} 的值 {value} 不是数字。", "en": "{field}: {value} is not a number."},
    "schema.number.hint": {"zh": "填写数字，如 0.85。", "en": "Write a number, like 0.85."},
    "schema.bool": {
        "zh": "{field} 的值 {value} 不是“是”或“否”。",
        "en": "{field}: {value} is neither yes nor no.",
    },
    "schema.bool.hint": {"zh": "是写 true，否写 false。", "en": "Write true for yes, false for no."},
    "schema.min": {
        "zh": "{field} 的值 {value} 太小，不能小于 {limit}。",
        "en": "{field}: {value} is too small; it may not be below {limit}.",
    },
    "schema.min.hint": {"zh": "填写不小于 {limit} 的数。", "en": "Write a number of at least {limit}."},
    "schema.max": {
        "zh": "{field} 的值 {value} 太大，不能大于 {limit}。",
        "en": "{field}: {value} is too large; it may not be above {limit}.",
    },
    "schema.max.hint": {
        "zh": "填写不大于 {limit} 的数（比例写作 0.85，不写 85%）。",
        "en": "Write a number of at most {limit} (a share as 0.85, not 85%).",
    },
    "schema.text": {
        "zh": "{field} 应是一段文字，这里却是列表或多个字段。",
        "en": "{field} should be text, but holds a list or fields.",
    },
    "schema.text.hint": {
        "zh": "写成一行文字；含冒号、井号的文字请加引号。",
        "en": "Write it as one piece of text; quote text holding a colon or #.",
    },
    "schema.list": {"zh": "{field} 应是列表。", "en": "{field} should be a list."},
    "schema.list.hint": {
        "zh": "写成 [甲, 乙] 或每项一行、以“- ”开头。",
        "en": "Write it as [a, b], or one item per line starting with `- `.",
    },
    "schema.mapping": {
        "zh": "{field} 应是若干“字段: 值”。",
        "en": "{field} should hold `key: value` fields.",
    },
    "schema.mapping.hint": {
        "zh": "对照档案格式说明（docs/format.md）改写。",
        "en": "Rewrite it after the records format (docs/format.md).",
    },
    "schema.invalid": {
        "zh": "{field} 的值 {value} 无效：{detail}",
        "en": "{field}: {value} is invalid: {detail}",
    },
    "schema.invalid.hint": {"zh": "对照 docs/format.md 改正。", "en": "Correct it after docs/format.md."},
    # --- location ------------------------------------------------------------------------------
    "location.mismatch": {
        "zh": "{field} 是 {value}，但文件所在位置要求 {expected}。",
        "en": "{field} is {value}, but where the file sits says {expected}.",
    },
    "location.mismatch.hint": {
        "zh": "改正字段，或把文件移到正确的文件夹、改为正确的文件名。",
        "en": "Correct the field, or move and rename the file to where it belongs.",
    },
    "location.schedule_year": {
        "zh": "这份安排的发布日期和条目都不在 {year} 年，却放在 {year} 年的文件夹里。",
        "en": "Neither the publication date nor any entry of this schedule lies in {year}, its folder's year.",
    },
    "location.schedule_year.hint": {
        "zh": "把文件移到对应年份的 schedules/年份/ 文件夹。",
        "en": "Move the file to the schedules/YEAR/ folder of its year.",
    },
    "location.session_name": {
        "zh": "学习活动的文件名应以日期开头，如 {date}-study-day.yaml。",
        "en": "A session's file name starts with its date, like {date}-study-day.yaml.",
    },
    "location.session_name.hint": {
        "zh": "按“日期-类型[-单位].yaml”重命名文件。",
        "en": "Rename the file as DATE-KIND[-UNIT].yaml.",
    },
    "location.essay_name": {
        "zh": "心得文章的文件名应以 {prefix} 开头，后接简短的拼音题目。",
        "en": "An essay's file name starts with {prefix} followed by a short slug.",
    },
    "location.essay_name.hint": {
        "zh": "按“日期-作者-题目.md”重命名文件。",
        "en": "Rename the file as DATE-AUTHOR-SLUG.md.",
    },
    "location.bad_year_folder": {
        "zh": "这里只应有以四位年份命名的文件夹。",
        "en": "Only folders named by a four-digit year belong here.",
    },
    "location.bad_year_folder.hint": {
        "zh": "把其中的档案移到对应年份的文件夹。",
        "en": "Move its records into the folder of their year.",
    },
    "location.unexpected_file": {
        "zh": "档案文件夹里有不认识的文件或文件夹（档案应以 {suffix} 结尾）。",
        "en": "An unexpected file or folder among the records (records end in {suffix}).",
    },
    "location.unexpected_file.hint": {
        "zh": "改正文件名（如 .yml 改为 .yaml），或把它移出档案文件夹。",
        "en": "Correct its name (.yml to .yaml, say) or move it out of the records folders.",
    },
    "location.not_regular": {
        "zh": "这是符号链接或特殊文件，studyctl 不会透过它读取。",
        "en": "This is a symbolic link or special file; studyctl never reads through one.",
    },
    "location.not_regular.hint": {
        "zh": "把真正的档案文件放在这里，代替链接。",
        "en": "Put the record file itself here instead of a link.",
    },
    "location.not_a_folder": {
        "zh": "这里应是一个文件夹，却是一个文件。",
        "en": "This should be a folder, but it is a file.",
    },
    "location.not_a_folder.hint": {
        "zh": "把这个文件改名或移走，再新建同名文件夹存放档案。",
        "en": "Rename or move the file away and make a folder of this name for the records.",
    },
    "location.misspelt_folder": {
        "zh": "文件夹 {folder} 的名字与档案文件夹 {expected} 相近，其中的档案不会被读取。",
        "en": "The folder {folder} is named almost like the record folder {expected}; its records are not read.",
    },
    "location.misspelt_folder.hint": {
        "zh": "把它改名为 {expected}，或把其中的档案移入 {expected}/。",
        "en": "Rename it to {expected}, or move its records into {expected}/.",
    },
    "location.unreadable": {
        "zh": "无法读取这个文件：{detail}",
        "en": "This file cannot be read: {detail}",
    },
    "location.unreadable.hint": {
        "zh": "检查文件权限。",
        "en": "Check the file's permissions.",
    },
    # --- duplicate and reference ---------------------------------------------------------------
    "duplicate.record": {
        "zh": "与 {other} 重复：同一份档案只能有一个文件。",
        "en": "Duplicates {other}: a record may exist in one file only.",
    },
    "duplicate.record.hint": {
        "zh": "合并两份文件，删去多余的一份。",
        "en": "Merge the two files and delete the extra one.",
    },
    "reference.member": {
        "zh": "没有编号为 {value} 的成员。",
        "en": "There is no member with the id {value}.",
    },
    "reference.member.hint": {
        "zh": "检查拼写，或先用 studyctl member add 登记该成员；成员编号见 members/ 文件夹。",
        "en": "Check the spelling, or add the member first (studyctl member add); ids are the file names in members/.",
    },
    "reference.unit": {
        "zh": "没有编号为 {value} 的站所办。",
        "en": "There is no unit with the id {value}.",
    },
    "reference.unit.hint": {
        "zh": "检查拼写（全体写 all），或先在 units/ 中登记该单位。",
        "en": "Check the spelling (all for everyone), or add the unit to units/ first.",
    },
    "reference.inactive_host": {
        "zh": "主持人（host）{value} 在 {date} 不在职（尚未入职或已经离开）。",
        "en": "The host {value} was not active on {date} (not yet joined, or already left).",
    },
    "reference.inactive_host.hint": {
        "zh": "检查日期或主持人；成员的入职（joined）和离开（left）日期见 members/{value}.yaml。",
        "en": "Check the date or the host; see joined and left in members/{value}.yaml.",
    },
    "reference.inactive_recorder": {
        "zh": "记录人（recorder）{value} 在 {date} 不在职（尚未入职或已经离开）。",
        "en": "The recorder {value} was not active on {date} (not yet joined, or already left).",
    },
    "reference.inactive_recorder.hint": {
        "zh": "检查日期或记录人；成员的入职（joined）和离开（left）日期见 members/{value}.yaml。",
        "en": "Check the date or the recorder; see joined and left in members/{value}.yaml.",
    },
    "reference.inactive_reviewer": {
        "zh": "检查人（reviewer）{value} 在 {date} 整个季度都不在职。",
        "en": "The reviewer {value} was not active on any day of {date}.",
    },
    "reference.inactive_reviewer.hint": {
        "zh": "检查季度或检查人；成员的入职（joined）和离开（left）日期见 members/{value}.yaml。",
        "en": "Check the quarter or the reviewer; see joined and left in members/{value}.yaml.",
    },
    "reference.session": {
        "zh": "没有编号为 {value} 的学习活动。",
        "en": "There is no session with the id {value}.",
    },
    "reference.session.hint": {
        "zh": "学习活动编号是 sessions/ 中的文件名（不含 .yaml）。",
        "en": "A session's id is its file name in sessions/ without .yaml.",
    },
    "rules.crashed": {
        "zh": "检查规则运行出错：{detail}",
        "en": "The rule failed to run: {detail}",
    },
    "rules.crashed.hint": {
        "zh": "其他规则照常检查。请把这条信息报告给 studyctl 的维护者。",
        "en": "The other rules still ran. Please report this message to studyctl's maintainers.",
    },
    # --- the vocabulary of records: kinds of session and the four areas of study -----------------
    "kind.study-day": {"zh": "周五学习日", "en": "study day"},
    "kind.exchange": {"zh": "周二交流学习心得", "en": "exchange"},
    "kind.unit-study": {"zh": "站所办学习", "en": "unit study"},
    "kind.cadre-meeting": {"zh": "干部大会", "en": "cadre meeting"},
    "kind.branch-meeting": {"zh": "支部大会", "en": "branch meeting"},
    "kind.group-meeting": {"zh": "党小组会议", "en": "party group meeting"},
    "kind.anti-corruption": {"zh": "反腐倡廉警示教育", "en": "anti-corruption education"},
    "kind.patriotic": {"zh": "爱国主义教育", "en": "patriotic education"},
    "kind.exhibition": {"zh": "学习交流和展评", "en": "study exhibition"},
    "kind.joint-meeting": {"zh": "联席会议", "en": "joint meeting"},
    "kind.other": {"zh": "其他学习", "en": "other study"},
    "area.politics": {"zh": "政治理论", "en": "political theory"},
    "area.law": {"zh": "法律法规", "en": "laws and regulations"},
    "area.economics": {"zh": "经济理论", "en": "economic theory"},
    "area.knowledge": {"zh": "科学文化和业务知识", "en": "science, culture and skills"},
    # --- check output --------------------------------------------------------------------------
    "check.summary": {
        "zh": "{organization} {period}：{errors} 个错误，{warnings} 个警告（{files} 个文件）。",
        "en": "{organization} {period} — errors: {errors}, warnings: {warnings} (files: {files}).",
    },
    "check.clean": {
        "zh": "{organization} {period}：没有发现问题（检查了 {records} 份档案）。",
        "en": "{organization} {period}: no problems found ({records} records checked).",
    },
    "severity.error": {"zh": "错误", "en": "error"},
    "severity.warning": {"zh": "警告", "en": "warning"},
    "loading": {"zh": "正在读取档案", "en": "Reading records"},
    # --- init ----------------------------------------------------------------------------------
    "init.exists": {
        "zh": "{path} 已经是学习档案目录，未作任何改动。",
        "en": "{path} is a records folder already; nothing was changed.",
    },
    "init.exists.hint": {
        "zh": "直接在其中使用 studyctl，或另选一个目录。",
        "en": "Use studyctl inside it, or choose another folder.",
    },
    "init.inside": {
        "zh": "{path} 位于已有的档案目录 {root} 之内。",
        "en": "{path} lies inside the records folder {root}.",
    },
    "init.inside.hint": {
        "zh": "另选一个不在档案目录里的位置。",
        "en": "Choose a place outside any records folder.",
    },
    "init.done": {
        "zh": "已在 {path} 新建学习档案目录。",
        "en": "Made a new records folder in {path}.",
    },
    "init.git_done": {
        "zh": "已初始化 git 仓库并提交第一个版本。",
        "en": "Started a git repository with a first commit.",
    },
    "init.git_inside": {
        "zh": "它位于已有的 git 仓库中，新文件尚未提交。",
        "en": "It lies inside an existing git repository; the new files are not committed yet.",
    },
    "init.git_failed": {
        "zh": "档案目录已建好，但 git 出错：{detail}",
        "en": "The records folder is made, but git failed: {detail}",
    },
    "init.git_cause": {"zh": "{cause}。{hint}。", "en": "{cause}. {hint}."},
    "init.commit_later": {
        "zh": "处理好之后，运行下面的命令提交第一个版本：",
        "en": "Once that is done, make the first commit with:",
    },
    "init.next": {
        "zh": "下一步：编辑 studyctl.yaml 填写单位名称，再用 studyctl unit add 和 studyctl member add 登记站所办和成员。",
        "en": "Next: edit studyctl.yaml to name the organization, then add units and members "
        "(studyctl unit add, studyctl member add).",
    },
    "init.config.assessment": {
        "zh": "考评得分各部分的权重（只看比例，可省略）",
        "en": "weights of the assessment score's parts (only their proportions matter)",
    },
    "init.config.assessment_attendance": {"zh": "出勤", "en": "attendance"},
    "init.config.assessment_essays": {"zh": "学习心得篇数", "en": "study essays written"},
    "init.config.assessment_plan": {"zh": "年度学习计划完成情况", "en": "annual plan items done"},
    "init.config.assessment_reviews": {"zh": "季度检查评定", "en": "quarterly review ratings"},
    "init.config.assessment_notebook": {"zh": "专用学习笔记", "en": "the study notebook kept"},
    "init.config.assessment_self_report": {"zh": "年终个人述学", "en": "the year-end self-report"},
    "init.commit_message": {
        "zh": "新建学习档案目录",
        "en": "Start the records folder",
    },
    "write.failed": {
        "zh": "无法写入 {path}：{detail}",
        "en": "Cannot write {path}: {detail}",
    },
    "write.failed.hint": {
        "zh": "检查磁盘空间和文件夹权限；已有文件未被改动。",
        "en": "Check the disk space and the folder's permissions; no existing file was changed.",
    },
}
