# Everything a fresh machine needs: `make run` and `make test` create .venv and install on first use.
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed-stamp

.PHONY: run test bench system-deps bytecode clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

system-deps:
	bash scripts/system-deps.sh

# An editable install leaves our own modules uncompiled, and where PYTHONDONTWRITEBYTECODE is set (as in this
# sandbox) every `livewatch` start compiled them again: ~0.06 s of a one-line `livewatch match` start of 0.86 s.
# compileall only rewrites what changed (0.05 s when nothing did).
bytecode: $(STAMP)
	$(PY) -m compileall -q rules monitor transcription review_ui bench > /dev/null

# The demo keeps its database, clips and model in this checkout's data/ (the CLI's default is ~/.local/share/livewatch).
run: $(STAMP) system-deps bytecode
	LIVEWATCH_DATA_DIR="$${LIVEWATCH_DATA_DIR:-$(CURDIR)/data}" $(VENV)/bin/livewatch run --demo

test: $(STAMP) system-deps
	$(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP) system-deps bytecode
	$(PY) -m bench

clean:
	rm -rf $(VENV) data .pytest_cache
