"""`sellindex serve` run in the background, for the load test and the tests that need a real
server: started in a process group of its own, waited for with a deadline, and stopped whole.

The server's worker processes inherit its output. Were that a pipe, a test reading it after
killing only the parent would wait for as long as the workers live; so the output goes to a
file, which can be read at any time without waiting, and the whole group is stopped together.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx

from sellindex.errors import SellindexError

LOOPBACK = "127.0.0.1"
_MAIN = "import sys; from sellindex.interfaces.cli import main; sys.exit(main())"


class ServerDidNotStart(SellindexError):
    """The server exited, or did not answer before its deadline; the message ends with its
    last output."""


def free_port(host: str = LOOPBACK) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def _launcher() -> list[str]:
    script = Path(sys.executable).parent / "sellindex"
    return [str(script)] if script.exists() else [sys.executable, "-c", _MAIN]


class BackgroundServer:
    """One `sellindex serve` and every process it starts."""

    def __init__(self, arguments: list[str], port: int, host: str = LOOPBACK) -> None:
        self.port = port
        self.base_url = f"http://{host}:{port}"
        self._log = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed by stop())
            prefix="sellindex-serve-", suffix=".log"
        )
        self.process = subprocess.Popen(
            [*_launcher(), "serve", "--host", host, "--port", str(port), *arguments],
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.started_at = time.monotonic()

    def output(self) -> str:
        """Everything the server and its workers have printed so far."""
        return Path(self._log.name).read_text(errors="replace")

    def wait_until_answering(self, deadline_s: float = 60.0, path: str = "/login") -> float:
        """Seconds until the server answered `path`; raises `ServerDidNotStart` when it exits
        or the deadline passes first (the server is stopped then)."""
        deadline = self.started_at + deadline_s
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.base_url + path, timeout=1).status_code == 200:
                    return time.monotonic() - self.started_at
            except httpx.TransportError:
                pass
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        reason = (
            "exited" if self.process.poll() is not None else f"gave no answer in {deadline_s:g} s"
        )
        self.stop(keep_output=True)
        raise ServerDidNotStart(f"the server {reason}: {self.output().strip()[-600:]}")

    def stop(self, grace_s: float = 10.0, keep_output: bool = False) -> None:
        """Ask the whole process group to stop; kill what is left after `grace_s`. The output
        is deleted unless `keep_output` (a later `stop` deletes it)."""
        if self.process.returncode is None:
            self._signal(signal.SIGTERM)
            with suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=grace_s)
        self._signal(signal.SIGKILL)  # workers that outlived their parent
        if self.process.returncode is None:
            self.process.wait(timeout=grace_s)
        if not keep_output:
            self._log.close()

    def _signal(self, sig: signal.Signals) -> None:
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, sig)


@contextmanager
def background_server(
    db: Path,
    *,
    workers: int | None = None,
    port: int | None = None,
    deadline_s: float = 60.0,
    extra: list[str] | None = None,
) -> Iterator[BackgroundServer]:
    """Serve `db` on loopback until the block ends; the server answers when the block starts."""
    arguments = ["--db", str(db), *(extra or [])]
    if workers is not None:
        arguments += ["--workers", str(workers)]
    server = BackgroundServer(arguments, port or free_port())
    try:
        server.wait_until_answering(deadline_s)
        yield server
    finally:
        server.stop()
