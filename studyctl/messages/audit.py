"""Messages of the audit: `seal` and its refusals, the `sealed` and `uncommitted` rules."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- help -----------------------------------------------------------------------------------
    "help.seal": {
        "zh": "封存已审定的季度：把该季度每份记录的内容指纹记入 git 标签 studyctl/sealed/<季度>，此后任何改动都会被 check 查出。\n\n例：studyctl seal 2026Q2；studyctl seal --list",
        "en": "Seal a signed-off quarter: record the content hash of each of its records in the git tag studyctl/sealed/<quarter>, so that check reports any later change.\n\nExample: studyctl seal 2026Q2; studyctl seal --list",
    },
    "help.seal.quarter": {
        "zh": "要封存的季度，如 2026Q2（也可写 Q2、last）。",
        "en": "The quarter to seal, like 2026Q2 (Q2 and last work too).",
    },
    "help.seal.list": {"zh": "列出已封存的季度。", "en": "List the sealed quarters."},
    # --- seal -----------------------------------------------------------------------------------
    "seal.tag_subject": {
        "zh": "封存 {quarter} 学习记录（{count} 份）",
        "en": "Seal the study records of {quarter} ({count} records)",
    },
    "seal.done": {
        "zh": "已封存 {quarter}：{count} 份记录，git 标签 {tag}。",
        "en": "Sealed {quarter}: {count} records, git tag {tag}.",
    },
    "seal.done.signed": {"zh": "标签已签名。", "en": "The tag is signed."},
    "seal.done.unsigned": {
        "zh": "标签未签名（未配置 git 签名）。",
        "en": "The tag is not signed (git signing is not configured).",
    },
    "seal.done.next": {
        "zh": "此后该季度记录的任何改动，studyctl check 都会报告为错误。用 git push --tags 把封存同步到共享仓库。",
        "en": "From now on, studyctl check reports any change to this quarter's records as an error. Share the seal with git push --tags.",
    },
    "seal.need_quarter": {
        "zh": "请指明要封存的季度，如 studyctl seal 2026Q2；或用 --list 查看已封存的季度。",
        "en": "Name the quarter to seal, like studyctl seal 2026Q2, or list the seals with --list.",
    },
    "seal.not_quarter": {
        "zh": "{value} 不是季度；封存按季度进行，如 2026Q2。",
        "en": "{value} is not a quarter; quarters are sealed one at a time, like 2026Q2.",
    },
    "seal.no_git": {
        "zh": "无法封存：{path} 不在 git 仓库中（或没有安装 git）。封存记在 git 标签里。",
        "en": "Cannot seal: {path} is not in a git repository (or git is not installed). A seal is a git tag.",
    },
    "seal.no_git.hint": {
        "zh": "在记录文件夹中运行 git init 并提交全部记录后再封存。",
        "en": "Run git init in the records folder and commit every record, then seal.",
    },
    "seal.exists": {
        "zh": "{quarter} 已于 {date} 封存（标签 {tag}），不能再次封存。",
        "en": "{quarter} was sealed on {date} (tag {tag}); it cannot be sealed again.",
    },
    "seal.exists.hint": {
        "zh": "确需重新封存时，由负责人先删除标签：git tag -d {tag}，并说明原因。",
        "en": "If it must be sealed again, the person in charge deletes the tag first (git tag -d {tag}) and records why.",
    },
    "seal.not_ended": {
        "zh": "{quarter} 尚未结束（最后一天是 {last_day}），季度结束后才能封存。",
        "en": "{quarter} has not ended yet (its last day is {last_day}); seal it once it has ended.",
    },
    "seal.has_errors": {
        "zh": "{quarter} 的检查还有 {count} 个错误，改正后才能封存。",
        "en": "The check of {quarter} still has {count} errors; correct them before sealing.",
    },
    "seal.has_errors.hint": {
        "zh": "运行 studyctl check --quarter {quarter} 查看并改正。",
        "en": "Run studyctl check --quarter {quarter} to see and correct them.",
    },
    "seal.uncommitted": {
        "zh": "{quarter} 有 {count} 份记录的改动尚未提交到 git：{files}",
        "en": "{count} records of {quarter} have changes not committed to git: {files}",
    },
    "seal.uncommitted.hint": {
        "zh": "先提交这些记录（git add 后 git commit），再封存：封存的必须是 git 里的版本。",
        "en": "Commit them first (git add, then git commit), then seal: a seal covers what git holds.",
    },
    "seal.tag_failed": {
        "zh": "无法创建 git 标签 {tag}：{detail}",
        "en": "Could not create the git tag {tag}: {detail}",
    },
    "seal.tag_failed.hint": {
        "zh": "若配置了 git 签名（user.signingkey 或 tag.gpgSign），请确认签名程序可用；否则请检查 git 的提示。",
        "en": "If git signing is configured (user.signingkey or tag.gpgSign), make sure the signing program works; otherwise see git's message.",
    },
    "seal.list.none": {"zh": "还没有封存的季度。", "en": "No quarter is sealed yet."},
    "seal.list.title": {"zh": "已封存的季度", "en": "Sealed quarters"},
    "seal.col.quarter": {"zh": "季度", "en": "Quarter"},
    "seal.col.date": {"zh": "封存日期", "en": "Sealed on"},
    "seal.col.by": {"zh": "封存人", "en": "Sealed by"},
    "seal.col.records": {"zh": "记录数", "en": "Records"},
    "seal.col.signed": {"zh": "签名", "en": "Signed"},
    "seal.col.tag": {"zh": "git 标签", "en": "Git tag"},
    "seal.signed.yes": {"zh": "已签名", "en": "yes"},
    "seal.signed.no": {"zh": "未签名", "en": "no"},
    # --- the sealed rule ------------------------------------------------------------------------
    "check.rule.sealed": {"zh": "封存后改动", "en": "changed after sealing"},
    "sealed.changed": {
        "zh": "{quarter} 已封存，此记录在封存后被修改：提交 {commit}（{author}，{date}）。",
        "en": "{quarter} is sealed, and this record was changed after the seal: commit {commit} ({author}, {date}).",
    },
    "sealed.changed.hint": {
        "zh": "封存的记录不得改动。用 git restore --source={tag} -- {path} 恢复封存时的内容后提交；确需更正，请经负责人同意后另行记录并说明。",
        "en": "A sealed record must not change. Bring back its sealed content with git restore --source={tag} -- {path}, then commit; a correction needs the sign-off of the person in charge and a note of its own.",
    },
    "sealed.changed_uncommitted": {
        "zh": "{quarter} 已封存，此记录在封存后被修改（改动尚未提交）。",
        "en": "{quarter} is sealed, and this record was changed after the seal (the change is not committed).",
    },
    "sealed.changed_uncommitted.hint": {
        "zh": "用 git restore {path} 恢复封存时的内容。",
        "en": "Restore the sealed content with git restore {path}.",
    },
    "sealed.deleted": {
        "zh": "{quarter} 已封存，此记录在封存后被删除：提交 {commit}（{author}，{date}）。",
        "en": "{quarter} is sealed, and this record was deleted after the seal: commit {commit} ({author}, {date}).",
    },
    "sealed.deleted.hint": {
        "zh": "封存的记录不得删除。用 git restore --source={tag} -- {path} 恢复它后提交。",
        "en": "A sealed record must not be deleted. Bring it back with git restore --source={tag} -- {path}, then commit.",
    },
    "sealed.deleted_uncommitted": {
        "zh": "{quarter} 已封存，此记录在封存后被删除（删除尚未提交）。",
        "en": "{quarter} is sealed, and this record was deleted after the seal (not committed yet).",
    },
    "sealed.deleted_uncommitted.hint": {
        "zh": "用 git restore {path} 恢复它。",
        "en": "Bring it back with git restore {path}.",
    },
    "sealed.added": {
        "zh": "{quarter} 已封存，此记录属于该季度却在封存后才加入：提交 {commit}（{author}，{date}）。",
        "en": "{quarter} is sealed, and this record of that quarter was added after the seal: commit {commit} ({author}, {date}).",
    },
    "sealed.added.hint": {
        "zh": "已封存的季度不能补记录。若确属遗漏，请经负责人同意后处理，并在备注中说明。",
        "en": "A sealed quarter takes no new records. If one was truly missed, the person in charge decides, and a note says why.",
    },
    "sealed.added_uncommitted": {
        "zh": "{quarter} 已封存，此记录属于该季度却在封存后才加入（尚未提交）。",
        "en": "{quarter} is sealed, and this record of that quarter was added after the seal (not committed yet).",
    },
    "sealed.added_uncommitted.hint": {
        "zh": "已封存的季度不能补记录：确认无误后删除此文件，或请负责人处理。",
        "en": "A sealed quarter takes no new records: remove this file, or ask the person in charge.",
    },
    # --- the uncommitted rule -------------------------------------------------------------------
    "check.rule.uncommitted": {"zh": "未提交的改动", "en": "not committed"},
    "uncommitted.modified": {
        "zh": "此记录有改动尚未提交到 git。",
        "en": "This record has changes not committed to git.",
    },
    "uncommitted.modified.hint": {
        "zh": "提交它：git add {path} 后 git commit。用 studyctl 的命令记录时会自动提交。",
        "en": "Commit it: git add {path}, then git commit. studyctl's recording commands commit by themselves.",
    },
    "uncommitted.added": {
        "zh": "此记录已加入 git 暂存区，但尚未提交。",
        "en": "This record is staged in git but not committed.",
    },
    "uncommitted.added.hint": {"zh": "用 git commit 提交它。", "en": "Commit it with git commit."},
    "uncommitted.untracked": {
        "zh": "此记录还没有加入 git。",
        "en": "This record is not in git yet.",
    },
    "uncommitted.untracked.hint": {
        "zh": "提交它：git add {path} 后 git commit。",
        "en": "Commit it: git add {path}, then git commit.",
    },
    "uncommitted.deleted": {
        "zh": "此记录已被删除，但删除尚未提交到 git。",
        "en": "This record was deleted, and the deletion is not committed to git.",
    },
    "uncommitted.deleted.hint": {
        "zh": "记录不应删除：用 git restore {path} 恢复它；确需删除时提交这次删除。",
        "en": "Records are not deleted: bring it back with git restore {path}; if it must go, commit the deletion.",
    },
    # --- the temp-file rule --------------------------------------------------------------------
    "check.rule.temp-file": {"zh": "中断写入留下的临时文件", "en": "temp files of interrupted writes"},
    "temp-file.found": {
        "zh": "一次被中断的写入留下了这个临时文件；记录本身完好（仍是写入前或写入后的版本）。",
        "en": "An interrupted write left this temp file behind; the record itself is whole (the version before or after that write).",
    },
    "temp-file.found.hint": {
        "zh": "它不是记录，任何命令都不会读取它；下一次写入记录时会自动删除，也可直接删除：{path}",
        "en": "It is not a record and no command reads it; the next write of a record removes it, or delete it yourself: {path}",
    },
}
