"""Fixtures for the transcription tests: real audio cut from the shared labelled samples, the real
bundled Whisper model (one per test process, one CPU thread), the real rule base, loopback servers."""
from __future__ import annotations

import functools
import http.server
import subprocess
import threading
from pathlib import Path

import pytest

from tests.transcription.helpers import SHARED_SAMPLES, cut, free_port, stop_process, wait_for_port


@pytest.fixture(scope="session")
def media(tmp_path_factory) -> dict[str, Path]:
    """Short clips with known content (times relative to each clip):
    beauty: 'this serum is the most effective in the world' (absolute_claim, ~1.5-4.7 s) and
            'cures acne' (medical_claim, ~5.7-10.8 s);
    kitchen: 'best pan in history' (absolute_claim, ~1.3-5.7 s) and 'lowers blood lipids' (medical_claim,
            ~10.9-14.5 s)."""
    root = tmp_path_factory.mktemp("media")
    beauty = SHARED_SAMPLES / "beauty_demo.m4a"
    kitchen = SHARED_SAMPLES / "kitchen_demo.m4a"
    return {
        "beauty": cut(beauty, 6.0, 11.5, root / "beauty.m4a", "-c:a", "aac"),
        "kitchen": cut(kitchen, 4.0, 15.0, root / "kitchen.m4a", "-c:a", "aac"),
        # 'hello everyone, today a pan' first (~0-4.7 s): a reconnecting player may miss the first seconds.
        "kitchen_long": cut(kitchen, 0.0, 19.0, root / "kitchen_long.m4a", "-c:a", "aac"),
        "beauty_ts": cut(beauty, 6.0, 11.5, root / "beauty.ts", "-c:a", "aac", "-f", "mpegts"),
        "kitchen_ts": cut(kitchen, 4.0, 15.0, root / "kitchen.ts", "-c:a", "aac", "-f", "mpegts"),
    }


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory) -> Path:
    from transcription.model import resolve_model_dir
    return resolve_model_dir(None, tmp_path_factory.mktemp("models"))


@pytest.fixture(scope="session")
def transcriber(model_dir):
    """One model per test process (faster-whisper #1055), one thread: the tests share two cores."""
    from transcription.transcriber import Transcriber
    return Transcriber(model_dir, cpu_threads=1, beam_size=5)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def http_dir(tmp_path):
    """A directory served over HTTP on a loopback port: yields (directory, base_url)."""
    directory = tmp_path / "www"
    directory.mkdir()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()),
                                             functools.partial(QuietHandler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield directory, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


NGINX_CONF = """\
load_module {module};
daemon off;
master_process off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log info;
events {{ worker_connections 64; }}
rtmp {{ server {{ listen 127.0.0.1:{port}; application live {{ live on; }} }} }}
"""
NGINX_MODULE = Path("/usr/lib/nginx/modules/ngx_rtmp_module.so")


@pytest.fixture
def rtmp_server(tmp_path):
    """nginx with the RTMP module on a free loopback port, its own prefix; yields rtmp://…/live."""
    if not NGINX_MODULE.exists():
        pytest.fail(f"{NGINX_MODULE} missing: install nginx-light and libnginx-mod-rtmp (scripts/system-deps.sh)")
    prefix = tmp_path / "nginx"
    prefix.mkdir()
    port = free_port()
    conf = prefix / "nginx.conf"
    conf.write_text(NGINX_CONF.format(module=NGINX_MODULE, prefix=prefix, port=port))
    proc = subprocess.Popen(["nginx", "-p", str(prefix), "-c", str(conf), "-e", str(prefix / "error.log")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_port(port)
        yield f"rtmp://127.0.0.1:{port}/live"
    finally:
        stop_process(proc)
