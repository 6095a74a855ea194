"""Messages of a county: `studyctl push` on the office's side, `studyctl county …` on the county's."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- help ------------------------------------------------------------------------------------
    "help.push": {
        "zh": "把当前分支和封存标签（refs/tags/studyctl/*）推送到名为 county 的远程仓库；从不强制推送。\n\n例：studyctl push",
        "en": "Push the current branch and the seal tags (refs/tags/studyctl/*) to the remote named county; never forced.\n\nExample: studyctl push",
    },
    "help.init.county_remote": {
        "zh": "县里的 git 仓库地址：设为远程仓库 county，并写入 studyctl.yaml 的 county_remote。",
        "en": "The county's git repository: set up as the remote county and written to studyctl.yaml as county_remote.",
    },
    "help.county": {
        "zh": "县级汇总：登记各机关，取回、检查各机关的档案并排名。\n\n例：studyctl county fetch && studyctl county check --quarter 2026Q3",
        "en": "A county: register offices, fetch, check and rank their records.\n\nExample: studyctl county fetch && studyctl county check --quarter 2026Q3",
    },
    "help.county.folder": {
        "zh": "县级目录（默认：从当前目录向上查找 county.yaml）。",
        "en": "The county folder (default: the nearest folder up from here with a county.yaml).",
    },
    "help.county.office_id": {"zh": "机关代号，如 qingshi。", "en": "The office's id, e.g. qingshi."},
    "help.county.init": {
        "zh": "新建县级目录：county.yaml（写明全部默认设置）、signers/ 和 git 仓库。\n\n例：studyctl county init 县级汇总 --name 青石县",
        "en": "Make a county folder: county.yaml (every default written out), signers/ and a git repository.\n\nExample: studyctl county init county --name 青石县",
    },
    "help.county.init.folder": {"zh": "要新建的目录。", "en": "The folder to make."},
    "help.county.init.name": {"zh": "县（区）名称。", "en": "The county's name."},
    "help.county.add": {
        "zh": "登记一个机关。\n\n例：studyctl county add qingshi --name 青石镇 --remote git@git.example.cn:qingshi.git --signers qingshi.allowed",
        "en": "Register an office.\n\nExample: studyctl county add qingshi --name 青石镇 --remote git@git.example.cn:qingshi.git --signers qingshi.allowed",
    },
    "help.county.add.name": {"zh": "机关名称。", "en": "The office's name."},
    "help.county.add.remote": {
        "zh": "机关推送到的 git 地址（ssh、https、git:// 或 file://）。",
        "en": "The git URL the office pushes to (ssh, https, git:// or file://).",
    },
    "help.county.add.branch": {"zh": "要检查的分支。", "en": "The branch to check."},
    "help.county.add.signers": {
        "zh": "机关的 allowed-signers 文件（可以签署封存的 ssh 公钥），复制到 signers/ 下。",
        "en": "The office's allowed-signers file (the ssh keys that may sign its seals), copied under signers/.",
    },
    "help.county.list": {
        "zh": "列出已登记的机关。\n\n例：studyctl county list",
        "en": "List the registered offices.\n\nExample: studyctl county list",
    },
    "help.county.rename": {
        "zh": "修改机关名称。\n\n例：studyctl county rename qingshi 青石镇人民政府",
        "en": "Rename an office.\n\nExample: studyctl county rename qingshi 青石镇人民政府",
    },
    "help.county.rename.name": {"zh": "新名称。", "en": "The new name."},
    "help.county.remove": {
        "zh": "注销一个机关（已取回的副本留在 .studyctl/county/ 下）。\n\n例：studyctl county remove qingshi",
        "en": "Take an office off the list (its fetched copy stays under .studyctl/county/).\n\nExample: studyctl county remove qingshi",
    },
    "help.county.fetch": {
        "zh": "取回全部机关（或所列机关）的档案和封存标签。\n\n例：studyctl county fetch",
        "en": "Fetch the records and seal tags of every office (or those named).\n\nExample: studyctl county fetch",
    },
    "help.county.fetch.offices": {"zh": "机关代号（默认：全部）。", "en": "Office ids (default: all)."},
    "help.county.check": {
        "zh": "按各机关自己的设置检查最近取回的档案，并核验封存。\n\n例：studyctl county check --quarter 2026Q3",
        "en": "Check each office's last fetched records with its own settings, and verify its seals.\n\nExample: studyctl county check --quarter 2026Q3",
    },
    "help.county.report": {
        "zh": "全县通报：每个机关一行，按得分排名，另有全县合计。\n\n例：studyctl county report --quarter 2026Q3 -o 三季度通报.xlsx",
        "en": "The county bulletin: a row per office, ranked by score, and a county total.\n\nExample: studyctl county report --quarter 2026Q3 -o bulletin.xlsx",
    },
    # --- init --county-remote ----------------------------------------------------------------------
    "init.config.county_remote": {
        "zh": "县里的 git 仓库：studyctl push 推送到这里",
        "en": "the county's git repository: studyctl push sends the records there",
    },
    "init.county_remote": {
        "zh": "远程仓库 county：{url}（用 studyctl push 推送）",
        "en": "Remote county: {url} (send with studyctl push)",
    },
    "clock.bad_now": {
        "zh": "环境变量 STUDYCTL_NOW 的值 {value} 不是 ISO 时间（如 2026-11-28T09:00:00+08:00）。",
        "en": "STUDYCTL_NOW={value} is not an ISO time (e.g. 2026-11-28T09:00:00+08:00).",
    },
    # --- push ------------------------------------------------------------------------------------
    "push.no_git": {
        "zh": "{path} 不在 git 仓库中，无法推送。",
        "en": "{path} is not in a git repository: nothing to push.",
    },
    "push.no_git.hint": {
        "zh": "用 studyctl init 新建的档案目录自带 git。",
        "en": "A records folder made by studyctl init has git.",
    },
    "push.no_remote": {"zh": "没有名为 county 的远程仓库。", "en": "There is no remote named county."},
    "push.no_remote.hint": {
        "zh": "在 studyctl.yaml 中写上 county_remote: <县里给的地址>，或运行 git remote add county <地址>。",
        "en": "Write county_remote: <the URL the county gave you> in studyctl.yaml, or run git remote add county <URL>.",
    },
    "push.password_in_config": {
        "zh": "studyctl.yaml 的 county_remote 地址里含有密码，未推送。",
        "en": "The county_remote URL in studyctl.yaml holds a password; nothing was pushed.",
    },
    "push.password_in_config.hint": {
        "zh": "去掉密码（档案会提交到 git，人人可见）；登录交给 git 的 ssh 密钥或凭据助手。",
        "en": "Remove it (the records folder is committed to git, for all to read); logging in is for git's ssh keys or credential helper.",
    },
    "push.remote_failed": {
        "zh": "无法设置远程仓库 county：{detail}",
        "en": "Could not set the remote county: {detail}",
    },
    "push.detached": {
        "zh": "当前不在任何分支上（detached HEAD），不知道该推送哪个分支。",
        "en": "HEAD is not on a branch (detached), so there is no branch to push.",
    },
    "push.detached.hint": {
        "zh": "先切回分支：git switch main",
        "en": "Go back to the branch first: git switch main",
    },
    "push.no_commits": {"zh": "分支 {branch} 还没有任何提交。", "en": "Branch {branch} has no commits yet."},
    "push.failed": {"zh": "推送到 {url} 失败：{detail}", "en": "Pushing to {url} failed: {detail}"},
    "push.failed.hint": {
        "zh": "检查网络和地址；登录由 git 处理（ssh 密钥或凭据助手）。",
        "en": "Check the network and the URL; logging in is git's business (ssh keys or a credential helper).",
    },
    "push.remote_added": {
        "zh": "已按 studyctl.yaml 添加远程仓库 county：{url}",
        "en": "Added the remote county from studyctl.yaml: {url}",
    },
    "push.remote_updated": {
        "zh": "已按 studyctl.yaml 更新远程仓库 county：{url}",
        "en": "Updated the remote county from studyctl.yaml: {url}",
    },
    "push.sent_branch": {
        "zh": "已推送分支 {branch} 到 {url}：{count} 个新提交。",
        "en": "Pushed branch {branch} to {url}: {count} new commit(s).",
    },
    "push.branch_up_to_date": {
        "zh": "分支 {branch} 在 {url} 上已是最新，没有新提交。",
        "en": "Branch {branch} is up to date at {url}: no new commits.",
    },
    "push.sent_seals": {
        "zh": "已推送 {count} 个封存：{quarters}。",
        "en": "Pushed {count} seal(s): {quarters}.",
    },
    "push.refused.behind": {
        "zh": "县里的 {ref} 有本地没有的提交，推送被拒绝（{detail}）。先合并：git pull --no-rebase county {branch}，确认无误后再运行 studyctl push。不要强制推送：那会改写县里已收到的记录。",
        "en": "The county's {ref} has commits you do not have, so the push was refused ({detail}). Merge them first: git pull --no-rebase county {branch}, then run studyctl push again. Do not force-push: that would rewrite records the county has received.",
    },
    "push.refused.tag-exists": {
        "zh": "县里已有不同的封存 {ref}，推送被拒绝（{detail}）。封存一经送出不能替换；请与县里联系。",
        "en": "The county already holds a different seal {ref}, so it was refused ({detail}). A seal once sent cannot be replaced; talk to the county.",
    },
    "push.refused.remote": {
        "zh": "县里的服务器拒收 {ref}：{detail}。请把这条消息告诉县里的管理员。",
        "en": "The county's server refused {ref}: {detail}. Pass this message on to the county's administrator.",
    },
    "push.refused.other": {"zh": "{ref} 推送被拒绝：{detail}", "en": "{ref} was refused: {detail}"},
    # --- county.yaml -----------------------------------------------------------------------------
    "county.not_found": {
        "zh": "{path} 及其上级目录中都没有 county.yaml。",
        "en": "No county.yaml in {path} or any folder above it.",
    },
    "county.not_found.hint": {
        "zh": "进入县级目录，或用 -C 指定；新建：studyctl county init 目录 --name 县名",
        "en": "Go into the county folder or name it with -C; make one: studyctl county init DIR --name NAME",
    },
    "county.not_a_folder": {"zh": "{path} 下没有 county.yaml。", "en": "{path} has no county.yaml."},
    "county.unreadable": {"zh": "无法读取 {path}：{detail}", "en": "Cannot read {path}: {detail}"},
    "county.bad_file": {"zh": "{path}:{line}: {detail}", "en": "{path}:{line}: {detail}"},
    "county.bad_file.hint": {
        "zh": "对照 docs/county.md 修改该行。",
        "en": "Fix that line; docs/county.md describes every field.",
    },
    "county.duplicate_office": {
        "zh": "{path}:{line}: 机关代号 {value} 重复。",
        "en": "{path}:{line}: office id {value} appears twice.",
    },
    "county.password_in_url": {
        "zh": "{path}:{line}: 机关 {value} 的地址里含有密码。",
        "en": "{path}:{line}: the URL of office {value} holds a password.",
    },
    "county.password_in_url.hint": {
        "zh": "去掉密码；登录交给 git 的 ssh 密钥或凭据助手。",
        "en": "Remove it; logging in is for git's ssh keys or credential helper.",
    },
    "county.password_in_remote": {
        "zh": "地址 {value} 里含有密码，未登记。",
        "en": "The URL {value} holds a password; not registered.",
    },
    "county.password_in_remote.hint": {
        "zh": "去掉密码；登录交给 git 的 ssh 密钥或凭据助手。",
        "en": "Remove it; logging in is for git's ssh keys or credential helper.",
    },
    "county.yaml.header": {
        "zh": "# 县级汇总设置（studyctl county）。各机关由 studyctl county add 登记；密码不要写在这里。",
        "en": "# County settings (studyctl county). Offices are registered with studyctl county add; never put a password here.",
    },
    "county.yaml.name": {"zh": "县（区）名称", "en": "the county's name"},
    "county.yaml.language": {"zh": "输出语言：zh | en", "en": "output language: zh | en"},
    "county.yaml.fetch_jobs": {"zh": "同时取回的机关数", "en": "offices fetched at a time"},
    "county.yaml.offices": {
        "zh": "机关：id 代号，name 名称，remote git 地址，branch 分支（默认 main），signers 签名公钥文件",
        "en": "offices: id, name, remote (git URL), branch (default main), signers (allowed-signers file)",
    },
    "county.exists": {
        "zh": "{path} 已存在，未作任何改动。",
        "en": "{path} exists already; nothing was changed.",
    },
    "county.init.commit": {"zh": "新建县级目录：{name}", "en": "New county folder: {name}"},
    "county.init.done": {"zh": "已新建县级目录 {path}", "en": "Made the county folder {path}"},
    "county.init.git_done": {"zh": "已建立 git 仓库并提交。", "en": "Made a git repository and committed."},
    "county.init.git_failed": {"zh": "git 未能提交：{detail}", "en": "git could not commit: {detail}"},
    "county.init.next": {
        "zh": "下一步：studyctl county add <代号> --name <机关名称> --remote <地址> --signers <文件>",
        "en": "Next: studyctl county add <id> --name <name> --remote <URL> --signers <file>",
    },
    "county.unknown_office": {
        "zh": "没有代号为 {value} 的机关（已登记：{offices}）。",
        "en": "No office {value} (registered: {offices}).",
    },
    "county.bad_id": {
        "zh": "机关代号 {value} 不合规：只能用小写字母、数字和连字符，如 qingshi。",
        "en": "Office id {value} is not valid: lowercase letters, digits and hyphens, e.g. qingshi.",
    },
    "county.office_exists": {"zh": "机关 {value} 已登记。", "en": "Office {value} is registered already."},
    "county.office_exists.hint": {
        "zh": "改名用 studyctl county rename；换地址先 studyctl county remove。",
        "en": "Rename with studyctl county rename; for a new URL, studyctl county remove first.",
    },
    "county.signers_unreadable": {
        "zh": "无法读取签名公钥文件 {path}：{detail}",
        "en": "Cannot read the signers file {path}: {detail}",
    },
    "county.signers_bad": {
        "zh": "{path} 不是 allowed-signers 文件：每行应为“身份 公钥类型 公钥”，如 office@example ssh-ed25519 AAAA…",
        "en": "{path} is not an allowed-signers file: each line is `principal keytype key`, e.g. office@example ssh-ed25519 AAAA…",
    },
    "county.add.done": {"zh": "已登记 {name}（{id}）：{remote}", "en": "Registered {name} ({id}): {remote}"},
    "county.add.no_signers": {
        "zh": "没有登记 {id} 的签名公钥（--signers）：其封存无法核验，检查时会提示。",
        "en": "No signers registered for {id} (--signers): its seals cannot be verified, and checks will say so.",
    },
    "county.list.none": {"zh": "还没有登记任何机关。", "en": "No office is registered yet."},
    "county.list.id": {"zh": "代号", "en": "id"},
    "county.list.name": {"zh": "名称", "en": "name"},
    "county.list.remote": {"zh": "地址", "en": "remote"},
    "county.list.branch": {"zh": "分支", "en": "branch"},
    "county.list.signers": {"zh": "签名公钥", "en": "signers"},
    "county.list.fetched": {"zh": "副本", "en": "copy"},
    "county.rename.done": {"zh": "{id}：{old} 改名为 {name}", "en": "{id}: {old} renamed {name}"},
    "county.remove.done": {"zh": "已注销 {name}（{id}）。", "en": "Removed {name} ({id})."},
    "county.bad_format": {
        "zh": "全县通报没有 {value} 格式：可用 text、json、csv、markdown、html、xlsx、docx、pdf。",
        "en": "The county bulletin has no {value} format: text, json, csv, markdown, html, xlsx, docx or pdf.",
    },
    # --- fetch -----------------------------------------------------------------------------------
    "county.age.never": {"zh": "从未取回", "en": "never fetched"},
    "county.age.minutes": {"zh": "{count} 分钟前", "en": "{count} min ago"},
    "county.age.hours": {"zh": "{count} 小时前", "en": "{count} h ago"},
    "county.age.days": {"zh": "{count} 天前", "en": "{count} days ago"},
    "county.fetch.progress": {"zh": "正在取回", "en": "Fetching"},
    "county.fetch.failed": {
        "zh": "{office}: 取回失败：{error}；继续使用原有副本（{age}）",
        "en": "{office}: fetch failed: {error}; the last copy stays in use ({age})",
    },
    "county.fetch.commits": {"zh": "{count} 个新提交", "en": "{count} new commit(s)"},
    "county.fetch.rewritten": {"zh": "历史被改写（强制推送）", "en": "history rewritten (force-pushed)"},
    "county.fetch.newest": {"zh": "最新记录 {date}", "en": "newest record {date}"},
    "county.fetch.seals": {"zh": "收到 {count} 个封存 {seals}", "en": "{count} seal(s) received {seals}"},
    "county.fetch.no_seals": {"zh": "没有新封存", "en": "no new seals"},
    "county.fetch.tag_kept": {
        "zh": "机关改动了已送达的封存 {quarter}，县里保留原封存",
        "en": "the office changed the seal {quarter} it had sent; the county keeps the one it received",
    },
    "county.stale": {
        "zh": "{name}（{id}）：最近一次取回（{attempted_at}）失败，使用的是 {fetched_at} 的副本（{age}）。",
        "en": "{name} ({id}): the last fetch ({attempted_at}) failed; using the copy of {fetched_at} ({age}).",
    },
    "county.archive_failed": {
        "zh": "无法从 {office} 的副本取出记录：{detail}",
        "en": "Cannot read the records of {office} from its copy: {detail}",
    },
    # --- check findings ----------------------------------------------------------------------------
    "county.never_fetched": {
        "zh": "{office} 从未取回，无法检查。",
        "en": "{office} was never fetched and cannot be checked.",
    },
    "county.never_fetched.hint": {
        "zh": "运行 studyctl county fetch {office}",
        "en": "Run studyctl county fetch {office}",
    },
    "county.seal.unsigned": {
        "zh": "{quarter} 的封存 {tag} 没有签名。",
        "en": "The seal {tag} of {quarter} is not signed.",
    },
    "county.seal.unsigned.hint": {
        "zh": "机关应配置 git 签名（gpg.format ssh 和 user.signingkey）后封存。",
        "en": "The office should configure git signing (gpg.format ssh and user.signingkey) and seal.",
    },
    "county.seal.unknown-key": {
        "zh": "{quarter} 的封存 {tag} 的签名密钥不在该机关的签名公钥文件中。",
        "en": "The seal {tag} of {quarter} was signed with a key the office's signers file does not list.",
    },
    "county.seal.unknown-key.hint": {
        "zh": "核实签署人；确属新密钥时，用机关新的 allowed-signers 文件重新登记（studyctl county remove，再 add --signers）。",
        "en": "Ask who signed it; if the key is the office's new one, register its new allowed-signers file (studyctl county remove, then add --signers).",
    },
    "county.seal.bad-signature": {
        "zh": "{quarter} 的封存 {tag} 签名无效。",
        "en": "The signature of the seal {tag} of {quarter} does not verify.",
    },
    "county.seal.no-signers": {
        "zh": "{quarter} 的封存 {tag} 无法核验：该机关没有登记签名公钥。",
        "en": "The seal {tag} of {quarter} cannot be verified: the office has no signers registered.",
    },
    "county.seal.rewritten": {
        "zh": "{quarter} 已封存于提交 {commit}，但该提交已不在机关的分支历史中：历史被强制改写。",
        "en": "{quarter} was sealed at commit {commit}, which is no longer in the office's branch: its history was rewritten by a force-push.",
    },
    "county.seal.rewritten.hint": {
        "zh": "县里保留了收到的封存；请机关说明改写原因。",
        "en": "The county keeps the seal it received; ask the office why it rewrote its history.",
    },
    "county.seal.replaced": {
        "zh": "机关在送达后改动了封存 {tag}；县里保留原封存。",
        "en": "The office changed the seal {tag} after sending it; the county keeps the one it received.",
    },
    "county.sealed.changed": {
        "zh": "{quarter} 已封存，此记录与封存时不同（改写后的历史中已无从查找修改的提交）。",
        "en": "{quarter} is sealed, and this record differs from its seal (the rewritten history no longer shows the commit).",
    },
    "county.sealed.deleted": {
        "zh": "{quarter} 已封存，此记录已被删除。",
        "en": "{quarter} is sealed, and this record was deleted.",
    },
    "county.sealed.added": {
        "zh": "{quarter} 已封存，此记录是封存后加入的。",
        "en": "{quarter} is sealed, and this record was added after the seal.",
    },
    # --- check output ------------------------------------------------------------------------------
    "county.check.summary": {
        "zh": "{county} {period}：{offices} 个机关，{failing} 个有错误；共 {errors} 个错误，{warnings} 个警告。",
        "en": "{county} {period}: {offices} office(s), {failing} with errors; {errors} error(s), {warnings} warning(s) in all.",
    },
    "county.check.table": {"zh": "各机关", "en": "Offices"},
    "county.check.office": {
        "zh": "{name}（{id}）：{errors} 个错误，{warnings} 个警告",
        "en": "{name} ({id}): {errors} error(s), {warnings} warning(s)",
    },
    "county.check.hint": {"zh": "提示：{hint}", "en": "hint: {hint}"},
    "county.col.office": {"zh": "机关", "en": "Office"},
    "county.col.commit": {"zh": "提交", "en": "Commit"},
    "county.col.fetched": {"zh": "副本", "en": "Copy"},
    "county.col.errors": {"zh": "错误", "en": "Errors"},
    "county.col.warnings": {"zh": "警告", "en": "Warnings"},
    "county.col.schedule": {"zh": "有安排", "en": "Schedule"},
    "county.col.attendance": {"zh": "有考勤", "en": "Attendance"},
    "county.col.minutes": {"zh": "有记录", "en": "Minutes"},
    "county.col.reflections": {"zh": "有心得", "en": "Reflections"},
    "county.col.notebook": {"zh": "有笔记", "en": "Notebook"},
    "county.col.short.schedule": {"zh": "安排", "en": "Sch"},
    "county.col.short.attendance": {"zh": "考勤", "en": "Att"},
    "county.col.short.minutes": {"zh": "记录", "en": "Min"},
    "county.col.short.reflections": {"zh": "心得", "en": "Ref"},
    "county.col.short.notebook": {"zh": "笔记", "en": "Nb"},
    "county.col.study_days": {"zh": "学习日", "en": "Study days"},
    "county.col.exchanges": {"zh": "交流", "en": "Exchanges"},
    "county.col.members": {"zh": "人数", "en": "Members"},
    "county.col.attendance_rate": {"zh": "出勤率", "en": "Attendance"},
    "county.col.essays": {"zh": "心得/进度", "en": "Essays/pace"},
    "county.col.degree_rate": {"zh": "学历达标率", "en": "Degree rate"},
    # --- the bulletin ------------------------------------------------------------------------------
    "county.bulletin.title": {
        "zh": "{county} {period} 学习型机关建设通报",
        "en": "{county} {period}: learning-oriented offices bulletin",
    },
    "county.bulletin.subtitle": {
        "zh": "统计截至 {date}，共 {offices} 个机关",
        "en": "As of {date}, {offices} office(s)",
    },
    "county.bulletin.table": {"zh": "各机关排名", "en": "Offices ranked"},
    "county.bulletin.total": {"zh": "全县合计", "en": "County total"},
    "county.bulletin.sheet": {"zh": "全县通报", "en": "Bulletin"},
    "county.bulletin.note": {
        "zh": "学习日、交流：已开展/应开展周数；心得：已写/按进度应写；得分：机关干部考评得分的平均数，同分同名次。",
        "en": "Study days, exchanges: weeks held/owed; essays: written/due at the pace; score: the mean of the office's members' scores; equal scores share a rank.",
    },
}
