#!/usr/bin/env python3
"""Fetches the real announcement mails the corpus tests read, from lore.kernel.org, into DIR.

    scripts/fetch-mail-corpus.py DIR

For machines without ../shared/data/announcements (the GitHub workflow): the mails themselves never go into the
repository, only the facts about them (tests/fixtures/mail-corpus/manifest.csv: file name, Message-ID, and for the
late-rc mails what Linus says about the next step and what followed). Each mail is fetched as lore's raw message
(one request a second, three tries each, files already present are kept, so a second run resumes), its mboxrd
envelope line removed, and late-rc/index.csv is written in the shared corpus's columns (without the quotes).
LORE_BASE_URL overrides https://lore.kernel.org/all (the script's own check uses a local server).
"""
import csv
import os
import sys
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MANIFEST = os.path.join(ROOT, "tests", "fixtures", "mail-corpus", "manifest.csv")
BASE = os.environ.get("LORE_BASE_URL", "https://lore.kernel.org/all").rstrip("/")


def raw_message(message_id):
    url = f"{BASE}/{urllib.parse.quote(message_id.strip('<>'), safe='@=+')}/raw"
    for attempt in range(3):
        try:
            request = urllib.request.Request(url, headers={"User-Agent": "KernelPortal-CI/1.0 (corpus tests)"})
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.read()
        except OSError as error:
            if attempt == 2:
                raise SystemExit(f"fetch-mail-corpus: {url}: {error}")
            time.sleep(5 * (attempt + 1))
    raise AssertionError("unreachable")


def unmbox(data):
    """Drops lore's 'From mboxrd@z …' envelope line and undoes mboxrd quoting ('>From ' lines)."""
    lines = data.split(b"\n")
    if lines and lines[0].startswith(b"From "):
        lines = lines[1:]
    out = []
    for line in lines:
        stripped = line.lstrip(b">")
        out.append(line[1:] if stripped.startswith(b"From ") and line.startswith(b">") else line)
    return b"\n".join(out)


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: scripts/fetch-mail-corpus.py DIR")
    target = sys.argv[1]
    os.makedirs(os.path.join(target, "late-rc"), exist_ok=True)
    with open(MANIFEST, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for number, row in enumerate(rows, 1):
        path = os.path.join(target, row["file"])
        if os.path.exists(path):
            continue
        data = unmbox(raw_message(row["message_id"]))
        with open(path + ".part", "wb") as f:
            f.write(data)
        os.replace(path + ".part", path)
        print(f"[{number}/{len(rows)}] {row['file']}", file=sys.stderr)
        time.sleep(float(os.environ.get("LORE_PACE_SECONDS", "1")))
    with open(os.path.join(target, "late-rc", "index.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["file", "version", "rc", "message_id", "linus_says", "quote", "what_followed"])
        for row in rows:
            if row["file"].startswith("late-rc/"):
                writer.writerow([row["file"][len("late-rc/"):], row["version"], row["rc"], row["message_id"], row["linus_says"], "", row["what_followed"]])


if __name__ == "__main__":
    main()
