"""The one typed settings object. Every knob is an env var `LIVEWATCH_<NAME>`; CLI flags override."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def default_data_dir() -> Path:
    """$XDG_DATA_HOME/livewatch (~/.local/share/livewatch): one absolute place, so every command finds the
    same database whatever folder it runs in. `make run` points LIVEWATCH_DATA_DIR at the checkout's data/."""
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share") / "livewatch"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LIVEWATCH_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    # Empty means "SQLite file in data_dir"; see `database_url_resolved`.
    database_url: str = ""
    clips_dir: Path | None = None            # default: data_dir / "clips"
    rules_dir: Path = PROJECT_ROOT / "rules" / "data"   # seed YAML rule base
    cache_dir: Path | None = None            # built matchers (rules.cache); default $XDG_CACHE_HOME/livewatch

    # ASR
    whisper_model: str = ""                  # CTranslate2 model dir; empty = bundled base model
    model_cache_dir: Path | None = None      # where the bundled parts are joined; default data_dir/models
    asr_processes: int = 2                   # one per core: capacity comes from processes, not threads
    asr_cpu_threads: int = 1
    beam_size: int = 5
    # Rule phrases as Whisper `hotwords`: off, as measured (docs/transcription.md): no recall gained on audio
    # not tuned on, precision lost on the hard recordings, and 20-30 % more ASR time.
    asr_hotwords: bool = False
    # Matching: the bundled classifier (rules/classifier.py) adds categories no rule hit, unless the rules
    # ruled those words out as a mention or a negation; its hits are marked how=model (docs/rules.md).
    second_opinion: bool = True
    # Utterances of several streams waiting at once share one Whisper window up to this much audio:
    # each call costs an encoder pass (at least 10 s), a decode and an alignment, so this multiplies capacity
    # under load. 12 s, not 20: the encoder is fitted to the window and its cost grows faster than the length, so
    # 12 s windows are the cheapest per second of audio (ceiling 21.4x against 19.8x at 16 s, 16.8x at 28 s), and
    # Whisper skips less in them (docs/operations.md). 0 = off.
    asr_pack_seconds: float = 12.0
    # Windows of one stream only: each utterance is decoded in its own stream's context, as the single-stream scan
    # decodes it (windows that mix streams make Whisper write a few utterances worse), at the cost of more
    # encoder passes (docs/operations.md has the measurement).
    asr_one_stream_windows: bool = False
    # Load shedding (monitor.load_shedding): a stream this many seconds behind real time is decoded with
    # shed_beam_size until it is back under shed_recover_seconds; one still this far behind while shed
    # sheds every stream. shed_lag_seconds = 0 turns shedding off.
    shed_beam_size: int = 1
    shed_lag_seconds: float = 6.0
    shed_recover_seconds: float = 3.0
    shed_all_lag_seconds: float = 10.0

    # Workers
    pipelines_per_worker: int = 8            # streams one worker process holds at most
    lease_seconds: int = 30
    rule_poll_seconds: float = 2.0
    stall_timeout: float = 10.0              # no audio for this long = stalled
    offline_after_seconds: float = 300.0     # a live source off air this long is shown `offline` (still retried)
    # Results the worker could not store (database away) wait in memory up to this many utterances, then in
    # files under data_dir/spool, up to store_max_items in all (then the oldest is dropped and logged).
    store_memory_items: int = 500
    store_max_items: int = 20000

    # Notifications / retention
    webhook_urls: list[str] = []
    webhook_secret: str = ""
    webhook_backoff_seconds: float = 5.0     # first retry delay; doubles per attempt, capped at an hour
    webhook_max_attempts: int = 20           # then the message stays in the outbox, marked failed
    retention_days: int = 30                 # dismissed clips and transcripts; confirmed evidence is kept

    # Operations
    metrics_port: int = 0                    # `livewatch worker` serves /healthz and /metrics here when > 0
    log_level: str = "INFO"

    # UI
    host: str = "127.0.0.1"
    port: int = 8000
    secret_key: str = ""                     # session signing; generated into data_dir when empty
    cookie_secure: bool = False              # mark the session cookie Secure (set true behind HTTPS)
    language: str = "zh"                     # zh | en
    timezone: str = "Asia/Shanghai"
    # Review workflow (docs/review-ui.md); both off by default, an admin's edit in the UI overrides them.
    # Category -> lowest severity whose confirmations need a second reviewer (二审) before they count,
    # e.g. LIVEWATCH_SECOND_REVIEW='{"medical_claim": "high"}' ("*" for every category).
    second_review: dict[str, str] = {}
    qa_sample_rate: float = Field(0.0, ge=0.0, le=1.0)   # share of dismissals re-checked by QA

    @field_validator("data_dir")
    @classmethod
    def _absolute_data_dir(cls, value: Path) -> Path:
        # A relative LIVEWATCH_DATA_DIR is pinned once, at start, not re-read against each later cwd.
        return value.expanduser().absolute()

    @property
    def database_url_resolved(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'livewatch.db').resolve()}"

    @property
    def clips_path(self) -> Path:
        return self.clips_dir or (self.data_dir / "clips")

    @property
    def model_cache_path(self) -> Path:
        return self.model_cache_dir or (self.data_dir / "models")


@lru_cache
def get_settings() -> Settings:
    return Settings()
