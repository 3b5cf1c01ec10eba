#!/usr/bin/env python3
"""Writes a git fast-import stream for a kernel-shaped repository to stdout.

    python3 bench/make-kernel-repo.py | git -C OUT.git fast-import --quiet

Tag v1.0: FILES files in kernel-like folders (fs/, net/, drivers/*, arch/*, Documentation/ ...), a Kconfig with
a few symbols in each folder, a few symlinks and binary files. Then MERGES topic branches of about COMMITS/MERGES
commits each (one in ten also defines a new config symbol), every one merged into master with a "Pull ... from ..."
message in the shape maintainers write (context line, bullets, a nested bullet, the shortlog), first-parent merges
as in mainline, and tag v1.1 63 days later.
Deterministic: the same arguments give the same repository.
"""
import random
import sys

FILES = int(sys.argv[1]) if len(sys.argv) > 1 else 52000
COMMITS = int(sys.argv[2]) if len(sys.argv) > 2 else 13000
MERGES = int(sys.argv[3]) if len(sys.argv) > 3 else 1000

rng = random.Random(42)
out = sys.stdout.buffer
AREAS = [
    ("fs", ["ext4", "btrfs", "xfs", "nfs", "f2fs", "overlayfs"], "filesystem"),
    ("block", ["", "partitions"], "block layer"),
    ("net", ["ipv4", "ipv6", "core", "sched", "bluetooth", "wireless"], "networking"),
    ("drivers/net", ["ethernet/intel", "ethernet/mellanox", "wireless/ath", "phy"], "network driver"),
    ("drivers/gpu/drm", ["i915", "amd/display", "nouveau", "msm"], "drm"),
    ("drivers/md", ["", "bcache"], "md"),
    ("drivers/nvme", ["host", "target"], "nvme"),
    ("drivers/usb", ["core", "host", "gadget"], "usb"),
    ("drivers/input", ["keyboard", "touchscreen"], "input"),
    ("sound", ["soc", "pci/hda"], "sound"),
    ("arch/x86", ["kernel", "mm", "kvm", "entry"], "x86"),
    ("arch/arm64", ["kernel", "mm", "kvm", "boot/dts"], "arm64"),
    ("arch/riscv", ["kernel", "mm"], "riscv"),
    ("virt", ["kvm", "lib"], "kvm"),
    ("security", ["selinux", "apparmor", "keys"], "security"),
    ("kernel", ["sched", "bpf", "time", "locking"], "core kernel"),
    ("mm", ["", "kasan"], "memory management"),
    ("include/linux", ["", "mfd"], "headers"),
    ("Documentation", ["admin-guide", "filesystems", "networking", "process"], "documentation"),
    ("tools", ["perf", "testing/selftests"], "tools"),
]
NAMES = ["Ada Lovelace", "Grace Hopper", "Jakub Netdev", "Ted Extfour", "Dave Airlie", "Greg Staging",
         "Ingo Molnar", "Thomas Gleixner", "Jens Block", "Paolo Kvm", "Kees Hardening", "Mark Arm"]


def data(payload):
    out.write(b"data %d\n" % len(payload))
    out.write(payload)
    out.write(b"\n")


def text(lines, seed):
    r = random.Random(seed)
    body = "".join("static int f%d_%d(void) { return %d; }\n" % (seed % 997, i, r.randint(0, 9999)) for i in range(lines))
    return ("// SPDX-License-Identifier: GPL-2.0\n" + body).encode()


def commit(ref, mark, author, when, message, parents, changes):
    out.write(b"commit %s\nmark :%d\n" % (ref.encode(), mark))
    email = author.lower().replace(" ", ".") + "@example.org"
    out.write(("author %s <%s> %d -0800\ncommitter %s <%s> %d -0800\n" % (author, email, when, author, email, when)).encode())
    data(message.encode())
    if parents:
        out.write(b"from :%d\n" % parents[0])
        for p in parents[1:]:
            out.write(b"merge :%d\n" % p)
    out.write(changes)


# v1.0: the tree
paths = []
changes = bytearray()
start = 1423425600  # 2015-02-08 20:00 UTC
for i in range(FILES):
    area, subs, _ = AREAS[i % len(AREAS)]
    sub = subs[(i // len(AREAS)) % len(subs)]
    folder = area + ("/" + sub if sub else "")
    ext = ".rst" if area == "Documentation" else (".h" if area.startswith("include") else ".c")
    path = "%s/file%05d%s" % (folder, i, ext)
    paths.append(path)
    changes += b"M 100644 inline %s\n" % path.encode()
    payload = text(rng.randint(5, 60), i)
    changes += b"data %d\n%s\n" % (len(payload), payload)
# A Kconfig per folder, its text kept so that later commits can add symbols to it.
kconfig = {}
for area, subs, what in AREAS:
    for sub in subs:
        folder = area + ("/" + sub if sub else "")
        stem = folder.upper().replace("/", "_").replace("-", "_")
        kconfig[folder] = "".join(
            'config %s_%d\n\ttristate "%s option %d"\n\thelp\n\t  Enables %s feature %d. Say M.\n\n' % (stem, n, what, n, what, n)
            for n in range(5))
        payload = kconfig[folder].encode()
        changes += b"M 100644 inline %s/Kconfig\ndata %d\n%s\n" % (folder.encode(), len(payload), payload)
for i in range(0, 40):
    changes += b"M 120000 inline arch/link%02d\ndata 12\nfile00000.c\n" % i
for i in range(0, 30):
    blob = bytes(rng.getrandbits(8) for _ in range(2048))
    changes += b"M 100644 inline firmware/blob%02d.bin\n" % i
    changes += b"data %d\n%s\n" % (len(blob), blob)
commit("refs/heads/master", 1, "Linus Torvalds", start, "Linux 1.0\n", [], bytes(changes))
out.write(b"tag v1.0\nfrom :1\ntagger Linus Torvalds <torvalds@example.org> %d -0800\n" % start)
data(b"Linux 1.0\n")

# The merge window and rcs: topic branches merged by Linus, first parent = master.
mark = 2
master = 1
per_branch = max(1, (COMMITS - MERGES) // MERGES)
# Live paths per area, kept across merges so that a renamed file is changed under its new name afterwards.
live = {i: paths[i::len(AREAS)][:400] for i in range(len(AREAS))}
day = 24 * 3600
for m in range(MERGES):
    area_index = rng.randrange(len(AREAS))
    area, subs, what = AREAS[area_index]
    candidates = live[area_index]
    maintainer = NAMES[area_index % len(NAMES)]
    tip = master
    when = start + int(63 * day * (m + 1) / (MERGES + 1))
    # fast-import does not merge: a merge commit's tree is its first parent's plus the listed changes. The topic
    # starts at master's tip, so replaying its changes on master gives exactly the merged tree.
    merged = bytearray()
    for c in range(per_branch):
        change = bytearray()
        for _ in range(rng.randint(1, 3)):
            path = rng.choice(candidates)
            payload = text(rng.randint(5, 70), mark * 31 + c)
            change += b"M 100644 inline %s\ndata %d\n%s\n" % (path.encode(), len(payload), payload)
        if rng.random() < 0.1:
            folder = rng.choice([area + ("/" + sub if sub else "") for sub in subs])
            stem = folder.upper().replace("/", "_").replace("-", "_")
            kconfig[folder] += 'config %s_NEW%d\n\ttristate "New %s driver %d"\n\thelp\n\t  Supports the new device %d.\n\n' % (stem, mark, what, mark, mark)
            payload = kconfig[folder].encode()
            change += b"M 100644 inline %s/Kconfig\ndata %d\n%s\n" % (folder.encode(), len(payload), payload)
        if rng.random() < 0.05:
            old = rng.choice(candidates)
            change += b"R %s %s.renamed\n" % (old.encode(), old.encode())
            candidates[candidates.index(old)] = old + ".renamed"
        commit("refs/heads/topic", mark, rng.choice(NAMES), when - day + c, "%s: change %d\n" % (area, c), [tip], bytes(change))
        merged += change
        tip = mark
        mark += 1
    sub = rng.choice(subs) or what
    message = ("Merge tag '%s-%d' of git://git.kernel.org/pub/scm/%s\n\nPull %s updates from %s:\n"
               " \"%s:\n\n   - add support for the %s%d device\n   - %s:\n      - faster paths in %s\n      - less locking\n\n"
               "  Misc:\n\n   - minor cleanups\"\n\n* tag '%s-%d' of git://git.kernel.org/pub/scm/%s: (%d commits)\n  %s: change 0\n") % (
        area.replace("/", "-"), m, area, what, maintainer, sub.split("/")[-1], sub.split("/")[-1], m, sub.split("/")[-1], sub.split("/")[-1],
        area.replace("/", "-"), m, area, per_branch, area)
    commit("refs/heads/master", mark, "Linus Torvalds", when, message, [master, tip], bytes(merged))
    master = mark
    mark += 1

out.write(b"tag v1.1\nfrom :%d\ntagger Linus Torvalds <torvalds@example.org> %d -0800\n" % (master, start + 63 * day))
data(b"Linux 1.1\n")
out.write(b"reset refs/heads/topic\nfrom 0000000000000000000000000000000000000000\n\n")
