#!/usr/bin/env python3
"""Checks the competence-framework data in this folder.

Run: python3 content/frameworks/check.py   (needs PyYAML)
Exits non-zero and lists every problem if something is wrong.
"""
import pathlib
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
EXPECTED = {  # framework id: (areas, competences, levels)
    "digcomp": (5, 21, 8),
    "digcompedu": (6, 22, 6),
    "crcn": (5, 16, 8),
}
LICENCES = {"digcomp": "CC-BY-4.0", "digcompedu": "CC-BY-4.0", "crcn": "Etalab-2.0"}
LANGUAGES = {"fr", "nl", "en", "de"}
problems = []


def problem(where, text):
    problems.append(f"{where}: {text}")


def check_scalars_quoted(path):
    """Every scalar value (not key) must be a double-quoted string."""
    text = path.read_bytes().decode("utf-8")  # raises on bad UTF-8

    def walk(node):
        if isinstance(node, yaml.MappingNode):
            for _key, value in node.value:
                walk(value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item)
        elif node.style != '"':
            problem(f"{path.name}:{node.start_mark.line + 1}", f"value {node.value!r} is not double-quoted")

    walk(yaml.compose(text))
    return yaml.safe_load(text)


def check_title(where, title):
    if not isinstance(title, dict) or not {"fr", "en"} <= set(title) or not set(title) <= LANGUAGES:
        problem(where, f"title needs fr and en (and only fr/nl/en/de): {title!r}")
        return
    for lang, text in title.items():
        if not isinstance(text, str) or not text.strip():
            problem(where, f"empty {lang} title")
    if "'" in title.get("fr", ""):
        problem(where, f"French title uses ' instead of ’: {title['fr']!r}")


def check_keys(where, mapping, keys):
    if not isinstance(mapping, dict) or set(mapping) != set(keys):
        problem(where, f"keys must be exactly {sorted(keys)}, found {sorted(mapping) if isinstance(mapping, dict) else mapping!r}")
        return False
    return True


def check_framework(fid):
    path = HERE / f"{fid}.yaml"
    data = check_scalars_quoted(path)
    if not check_keys(path.name, data, ["id", "version", "title", "source", "licence", "levels", "areas"]):
        return set()
    if data["id"] != fid:
        problem(path.name, f"id {data['id']!r} does not match the file name")
    if data["licence"] != LICENCES[fid]:
        problem(path.name, f"licence {data['licence']!r}, expected {LICENCES[fid]!r}")
    if "http" not in data["source"]:
        problem(path.name, "source has no URL")
    check_title(f"{path.name} title", data["title"])

    level_ids = []
    for level in data["levels"]:
        if check_keys(f"{path.name} level", level, ["id", "title"]):
            level_ids.append(level["id"])
            check_title(f"{path.name} level {level['id']}", level["title"])

    ids = []  # areas and competences share one namespace (crosswalk references)
    competences = 0
    for a_index, area in enumerate(data["areas"], start=1):
        if not check_keys(f"{path.name} area", area, ["id", "title", "competences"]):
            continue
        if area["id"] != str(a_index):
            problem(path.name, f"area {area['id']!r} should be {str(a_index)!r}")
        ids.append(area["id"])
        check_title(f"{path.name} area {area['id']}", area["title"])
        for c_index, comp in enumerate(area["competences"], start=1):
            if not check_keys(f"{path.name} competence", comp, ["id", "title"]):
                continue
            if comp["id"] != f"{area['id']}.{c_index}":
                problem(path.name, f"competence {comp['id']!r} should be {area['id']}.{c_index}")
            ids.append(comp["id"])
            competences += 1
            check_title(f"{path.name} competence {comp['id']}", comp["title"])

    for kind, values in (("level", level_ids), ("area/competence", ids)):
        duplicates = sorted({v for v in values if values.count(v) > 1})
        if duplicates:
            problem(path.name, f"duplicate {kind} ids {duplicates}")

    counts = (len(data["areas"]), competences, len(level_ids))
    print(f"{fid:<11} {counts[0]} areas, {counts[1]} competences, {counts[2]} levels"
          f"  (levels: {', '.join(level_ids)})")
    if counts != EXPECTED[fid]:
        problem(path.name, f"counts {counts}, expected {EXPECTED[fid]}")
    return {f"{fid}:{i}" for i in ids}


def check_crosswalks(known):
    path = HERE / "crosswalks.yaml"
    data = check_scalars_quoted(path)
    if not check_keys(path.name, data, ["crosswalks"]):
        return
    sources = []
    for entry in data["crosswalks"]:
        if not check_keys(f"{path.name} entry", entry, ["from", "to"]):
            continue
        sources.append(entry["from"])
        if entry["from"] not in known:
            problem(path.name, f"unknown reference {entry['from']!r}")
        if not isinstance(entry["to"], list) or not entry["to"]:
            problem(path.name, f"{entry['from']}: 'to' must be a non-empty list")
            continue
        for ref in entry["to"]:
            if ref not in known:
                problem(path.name, f"{entry['from']}: unknown reference {ref!r}")
        if len(set(entry["to"])) != len(entry["to"]):
            problem(path.name, f"{entry['from']}: repeated target")
    duplicates = sorted({s for s in sources if sources.count(s) > 1})
    if duplicates:
        problem(path.name, f"duplicate 'from' {duplicates}")
    required = {k for k in known if k.startswith("crcn:") and "." in k}
    required |= {f"digcompedu:6.{n}" for n in range(1, 6)}
    missing = sorted(required - set(sources))
    if missing:
        problem(path.name, f"no correspondence for {missing}")
    targets = sum(len(e["to"]) for e in data["crosswalks"] if isinstance(e, dict) and isinstance(e.get("to"), list))
    print(f"crosswalks  {len(sources)} entries, {targets} targets, every reference resolves"
          if not problems else f"crosswalks  {len(sources)} entries")


def main():
    known = set()
    for fid in EXPECTED:
        known |= check_framework(fid)
    check_crosswalks(known)
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
