"""UI strings: Simplified Chinese by default, English by `settings.language`.

Category names are the ones reviewers use (极限用语, 医疗用语 …), not rule ids.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES = ("zh", "en")


@lru_cache
def catalogue(language: str) -> dict[str, str]:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    return json.loads((I18N_DIR / f"{language}.json").read_text(encoding="utf-8"))


def translator(language: str) -> Callable[..., str]:
    strings = catalogue(language)

    def t(key: str, **values: object) -> str:
        text = strings.get(key, key)     # an untranslated key shows itself rather than breaking the page
        return text.format(**values) if values else text

    return t
