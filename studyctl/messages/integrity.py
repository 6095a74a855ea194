"""Messages of the integrity guards: names that become paths, control characters, writes into
sealed quarters or during an unfinished git operation, signed seals, output that cannot be encoded,
an internal error, out-of-range periods, bounded input."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- names that become paths ------------------------------------------------------------------
    "guard.bad_name": {
        "zh": "{option} 的值 {value} 不能用作文件名：只能由小写字母 a-z、数字和单个连字符组成（如 2026-05-special），不超过 64 个字符。",
        "en": "{option} {value} cannot be a file name: use lower-case letters a-z, digits and single "
        "hyphens (like 2026-05-special), at most 64 characters.",
    },
    "guard.outside": {
        "zh": "拒绝写入 {path}：它不在记录目录的 {folder}/ 之内。没有写入任何内容。",
        "en": "Refused to write {path}: it is not inside the records folder's {folder}/. Nothing was "
        "written.",
    },
    "guard.symlink": {
        "zh": "拒绝写入 {path}：途经的 {link} 是符号链接或不是文件夹。没有写入任何内容。",
        "en": "Refused to write {path}: {link} on the way is a symbolic link or not a folder. Nothing "
        "was written.",
    },
    # --- control characters ---------------------------------------------------------------------
    "guard.control": {
        "zh": "{field} 含有控制字符 {char}（不可见，可能篡改终端显示）。没有写入任何内容。",
        "en": "{field} holds the control character {char} (invisible; it can tamper with a terminal). "
        "Nothing was written.",
    },
    "guard.control.hint": {
        "zh": "删去该字符后重试；除制表符和换行外，记录中不能有控制字符。",
        "en": "Remove the character and try again; records hold no control characters but tab and newline.",
    },
    # --- sealed quarters ------------------------------------------------------------------------
    "guard.sealed": {
        "zh": "{path} 属于已封存的季度 {quarter}（标签 {tag}），没有写入。",
        "en": "{path} belongs to the sealed quarter {quarter} (tag {tag}); nothing was written.",
    },
    "guard.sealed.hint": {
        "zh": '封存后的记录不应再改。确有必要（如审定后发现错漏）时，加上 --sealed-ok "原因"，原因会写进提交说明，check 仍会报告这一改动。',
        "en": "A sealed record should not change. If it must (an error found after sign-off), add "
        '--sealed-ok "REASON": the reason goes into the commit message, and check still reports the '
        "change.",
    },
    "guard.sealed_ok.body": {
        "zh": "写入已封存的季度 {quarter}，原因：{reason}",
        "en": "Written into the sealed quarter {quarter}, because: {reason}",
    },
    "help.store.sealed_ok": {
        "zh": "仍要写入已封存的季度，并说明原因（写进提交说明；check 仍会报告）。",
        "en": "Write into a sealed quarter anyway, giving the reason (it goes into the commit message; "
        "check still reports it).",
    },
    # --- unfinished git operations --------------------------------------------------------------
    "guard.git_busy": {
        "zh": "仓库中有未完成的 git {operation}，没有写入任何内容。",
        "en": "The repository is in the middle of a git {operation}; nothing was written.",
    },
    "guard.git_busy.hint": {
        "zh": "先完成或放弃它（git {operation} --continue 或 git {operation} --abort），再记录。",
        "en": "Finish or abandon it first (git {operation} --continue or git {operation} --abort), "
        "then record.",
    },
    "git.operation.merge": {"zh": "merge（合并）", "en": "merge"},
    "git.operation.rebase": {"zh": "rebase（变基）", "en": "rebase"},
    "git.operation.cherry-pick": {"zh": "cherry-pick（拣选）", "en": "cherry-pick"},
    "git.operation.revert": {"zh": "revert（撤销）", "en": "revert"},
    "store.undo_git_missing": {
        "zh": "找不到 git 程序，无法撤销：{path} 在 git 仓库中，但 PATH 上没有 git。",
        "en": "Cannot undo: the git program is not found. {path} is in a git repository, but git is "
        "not on PATH.",
    },
    "store.undo_git_missing.hint": {
        "zh": "安装 git 或把它加入 PATH 后重试。",
        "en": "Install git or add it to PATH, then try again.",
    },
    # --- output paths ---------------------------------------------------------------------------
    "guard.output_internal": {
        "zh": "不能把报告写到 {path}：{folder}/ 是 studyctl 或 git 自己的文件夹。",
        "en": "Cannot write the report to {path}: {folder}/ is studyctl's or git's own folder.",
    },
    "guard.output_internal.hint": {
        "zh": "换一个输出位置，例如记录目录之外的文件夹。",
        "en": "Choose another output, for example a folder outside the records.",
    },
    # --- internal errors ------------------------------------------------------------------------
    "internal.error": {
        "zh": "studyctl 内部出错（{error}），这不是记录中的问题。详情已保存到 {path}，请附上它报告此问题。",
        "en": "studyctl failed inside ({error}); this is not a problem in the records. The details "
        "were saved to {path}: please attach it when reporting this.",
    },
    "internal.error.unsaved": {
        "zh": "studyctl 内部出错（{error}），这不是记录中的问题。详情无法保存：{detail}",
        "en": "studyctl failed inside ({error}); this is not a problem in the records. The details "
        "could not be saved: {detail}",
    },
    # --- periods --------------------------------------------------------------------------------
    "period.out_of_range": {
        "zh": "{value} 不在可查看的范围内：只能是 {first} 年（活动开始）到 {last} 年之间的年度或季度。",
        "en": "{value} is out of range: a year or quarter from {first} (the campaign's start) to {last}.",
    },
    # --- sign-in sheets -------------------------------------------------------------------------
    "signin.too_big": {
        "zh": "签到表 {path} 有 {size} 字节，超过上限 {limit} 字节，没有读取。",
        "en": "The sign-in sheet {path} is {size} bytes, over the limit of {limit} bytes; it was not read.",
    },
    "signin.too_big.hint": {
        "zh": "签到表只需姓名和状态几列；把它拆成每次学习一份。",
        "en": "A sign-in sheet needs only names and statuses; keep one sheet per session.",
    },
    "store.more_problems": {
        "zh": "……另有 {count} 个问题未列出。",
        "en": "… and {count} more problems not shown.",
    },
}

MESSAGES.update(
    {
        # --- signed seals ---------------------------------------------------------------------------
        "seal.needs_key": {
            "zh": "无法封存：记录目录有 {signers} 文件，封存必须签名，但 git 没有配置签名密钥。",
            "en": "Cannot seal: the records folder has a {signers} file, so a seal must be signed, but "
            "git has no signing key configured.",
        },
        "seal.needs_key.hint": {
            "zh": "配置 ssh 签名：git config gpg.format ssh 和 git config user.signingkey ~/.ssh/id_ed25519.pub，"
            "并确认该公钥已列在 {signers} 中。",
            "en": "Configure ssh signing (git config gpg.format ssh; git config user.signingkey "
            "~/.ssh/id_ed25519.pub) with a key that {signers} lists.",
        },
        "seal.verdict.good": {"zh": "签名有效：{signer}", "en": "good: {signer}"},
        "seal.verdict.good_unnamed": {"zh": "签名有效", "en": "good"},
        "seal.verdict.unsigned": {"zh": "未签名", "en": "unsigned"},
        "seal.verdict.unlisted": {"zh": "签名者不在名单中", "en": "signer not listed"},
        "seal.verdict.bad": {"zh": "签名无效", "en": "bad signature"},
        "seal.verdict.unchecked": {
            "zh": "{state}（未核验）",
            "en": "{state}, unverified",
        },
        "seal.col.verdict": {"zh": "签名核验", "en": "Signature"},
        "check.rule.seal-signature": {"zh": "封存签名", "en": "seal signatures"},
        "seal-signature.unsigned": {
            "zh": "{quarter} 的封存（标签 {tag}）没有签名，而记录目录的 signers 文件要求封存由名单中的密钥签名。",
            "en": "The seal of {quarter} (tag {tag}) is not signed, and the records folder's signers file "
            "requires a seal signed by a listed key.",
        },
        "seal-signature.unlisted": {
            "zh": "{quarter} 的封存（标签 {tag}）的签名密钥不在 signers 名单中。git 的结论：{detail}",
            "en": "The seal of {quarter} (tag {tag}) is signed by a key the signers file does not list. "
            "git said: {detail}",
        },
        "seal-signature.bad": {
            "zh": "{quarter} 的封存（标签 {tag}）签名无效：标签在签名后被改动，或签名无法核验。git 的结论：{detail}",
            "en": "The seal of {quarter} (tag {tag}) has a bad signature: the tag was changed after it was "
            "signed, or the signature cannot be verified. git said: {detail}",
        },
        "seal-signature.unsigned.hint": {
            "zh": "这份封存不可信。请负责人核对该季度记录后，用名单中的密钥重新封存（先 git tag -d {tag}）。",
            "en": "This seal cannot be trusted. The person in charge checks the quarter's records and seals "
            "it again with a listed key (after git tag -d {tag}).",
        },
        "seal-signature.unlisted.hint": {
            "zh": "这份封存不可信。请负责人核对该季度记录后，用名单中的密钥重新封存（先 git tag -d {tag}）。",
            "en": "This seal cannot be trusted. The person in charge checks the quarter's records and seals "
            "it again with a listed key (after git tag -d {tag}).",
        },
        "seal-signature.bad.hint": {
            "zh": "这份封存不可信。请负责人核对该季度记录后，用名单中的密钥重新封存（先 git tag -d {tag}）。",
            "en": "This seal cannot be trusted. The person in charge checks the quarter's records and seals "
            "it again with a listed key (after git tag -d {tag}).",
        },
        # --- history under a seal ---------------------------------------------------------------------
        "sealed.rewritten": {
            "zh": "{quarter} 封存时的提交 {commit} 已不在当前历史中（HEAD 不再包含它）：封存之下的 git 历史被改写了。",
            "en": "The commit {commit} that {quarter} was sealed at is no longer an ancestor of HEAD: the git "
            "history under the seal was rewritten.",
        },
        "sealed.rewritten.hint": {
            "zh": "改写历史会使封存失去意义。请负责人查明原因；对照标签 {tag} 核对该季度的记录。",
            "en": "Rewriting history defeats the seal. The person in charge finds out why, and compares the "
            "quarter's records with the tag {tag}.",
        },
        "sealed.changed_shallow": {
            "zh": "{quarter} 已封存，此记录在封存后被修改。本仓库是浅克隆，历史不完整，无法指出是哪次提交。",
            "en": "{quarter} is sealed, and this record was changed after the seal. This is a shallow clone: "
            "its history is incomplete, so the commit that made the change cannot be named.",
        },
        "sealed.deleted_shallow": {
            "zh": "{quarter} 已封存，此记录在封存后被删除。本仓库是浅克隆，历史不完整，无法指出是哪次提交。",
            "en": "{quarter} is sealed, and this record was deleted after the seal. This is a shallow clone: "
            "its history is incomplete, so the commit that deleted it cannot be named.",
        },
        "sealed.added_shallow": {
            "zh": "{quarter} 已封存，此记录属于该季度却在封存后才加入。本仓库是浅克隆，历史不完整，无法指出是哪次提交。",
            "en": "{quarter} is sealed, and this record of that quarter was added after the seal. This is a "
            "shallow clone: its history is incomplete, so the commit that added it cannot be named.",
        },
        "sealed.changed_shallow.hint": {
            "zh": "用 git fetch --unshallow 取得完整历史后再运行 check。",
            "en": "Fetch the whole history with git fetch --unshallow, then run check again.",
        },
        "sealed.deleted_shallow.hint": {
            "zh": "用 git fetch --unshallow 取得完整历史后再运行 check。",
            "en": "Fetch the whole history with git fetch --unshallow, then run check again.",
        },
        "sealed.added_shallow.hint": {
            "zh": "用 git fetch --unshallow 取得完整历史后再运行 check。",
            "en": "Fetch the whole history with git fetch --unshallow, then run check again.",
        },
        # --- audit skipped ----------------------------------------------------------------------------
        "check.rule.audit-skipped": {"zh": "未能审计", "en": "audit skipped"},
        "audit-skipped.no_git": {
            "zh": "记录目录在 git 仓库中，但找不到 git 程序，以下检查没有进行：{rules}。",
            "en": "The records folder is in a git repository, but the git program is not found, so these "
            "checks were not made: {rules}.",
        },
        "audit-skipped.no_git.hint": {
            "zh": "安装 git 或把它加入 PATH 后重新运行 check。",
            "en": "Install git or add it to PATH, then run check again.",
        },
    }
)
