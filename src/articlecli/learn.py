"""Corpus-level boilerplate learning: blocks that recur across many files of one site are chrome.

Pass 1 (`keys_of`) gives each file's short-block keys. Files are grouped by site when known, else
by shared template: two files belong together when they share at least `LINK` short lines that are
not global (present in at most `RARE` files) and make up `LINK_SHARE` of the smaller file's. Inside a group, a key present in at least half of the
group's files (and 2 of them) is learned, with a reason like "repeated in 212 of 240 files".

Guard: a learned key is only applied to blocks that do not read as body text (see classify.evidence):
a full sentence of 8+ words, or a block inside the article's long paragraphs, is never removed on
this evidence alone, so a standard closing sentence that is genuinely part of each article stays.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .textutil import norm_key, word_count

MAX_WORDS = 20      # only blocks this short are candidates
LINK = 2            # shared short lines that tie two files to one template …
LINK_SHARE = 0.2    # … when they are also this share of the smaller file's short lines
RARE = 60           # a key in more files than this is global, not a template signal
MIN_GROUP = 2


@dataclass
class FileKeys:
    path: str
    group: str           # site if known, else top folder
    keys: frozenset[str]


def keys_of(blocks_text: list[str]) -> frozenset[str]:
    return frozenset(k for k in (norm_key(t) for t in blocks_text if 0 < word_count(t) <= MAX_WORDS) if len(k) >= 3)


def _components(files: list[FileKeys]) -> list[list[int]]:
    df: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(files):
        for k in f.keys:
            df[k].append(i)
    pairs: Counter = Counter()
    for k, idx in df.items():
        if 2 <= len(idx) <= RARE:
            for a in range(len(idx)):
                for b in range(a + 1, len(idx)):
                    pairs[(idx[a], idx[b])] += 1
    parent = list(range(len(files)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (a, b), n in pairs.items():
        if n >= LINK and n >= LINK_SHARE * min(len(files[a].keys), len(files[b].keys)):
            parent[find(a)] = find(b)
    comps: dict[int, list[int]] = defaultdict(list)
    for i in range(len(files)):
        comps[find(i)].append(i)
    return list(comps.values())


def learn(files: list[FileKeys]) -> dict[str, dict[str, str]]:
    """path → {key: reason} for every file in a group large enough to learn from."""
    by_group: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(files):
        by_group[f.group].append(i)
    out: dict[str, dict[str, str]] = {}
    for members in by_group.values():
        sub = [files[i] for i in members]
        for comp in _components(sub):
            if len(comp) < MIN_GROUP:
                continue
            counts = Counter(k for i in comp for k in sub[i].keys)
            need = max(2, (len(comp) + 1) // 2)
            learned = {k: f"repeated in {n} of {len(comp)} files of this site (learned from the batch)"
                       for k, n in counts.items() if n >= need}
            for i in comp:
                out[sub[i].path] = learned
    return out


def rules_toml(learned: dict[str, dict[str, str]]) -> str:
    """The learned blocks as a rules file that `clean --rules FILE` accepts."""
    seen: dict[str, str] = {}
    for entries in learned.values():
        for k, reason in entries.items():
            seen.setdefault(k, reason)
    lines = ["# Learned by `articlecli convert --save-rules`: blocks repeated across a site's files.", "",
             "[learned]", 'note = "corpus-level boilerplate learned from a batch"', "blocks = ["]
    for k in sorted(seen):
        esc = k.replace("\\", "\\\\").replace('"', '\\"')
        rsn = seen[k].replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'  {{ text = "{esc}", reason = "{rsn}" }},')
    lines.append("]")
    return "\n".join(lines) + "\n"
