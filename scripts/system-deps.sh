#!/usr/bin/env bash
# Installs the Debian packages livewatch's tests and demo use, when any is missing.
# ffmpeg (live ingestion), chromium + CJK font (browser tests), postgresql (the PG test suite),
# nginx with the RTMP module (live RTMP test).
set -euo pipefail
need=()
command -v ffmpeg >/dev/null || need+=(ffmpeg)
command -v chromium >/dev/null || need+=(chromium)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v nginx >/dev/null || need+=(nginx-light)
[ -e /usr/share/nginx/modules-available/mod-rtmp.conf ] || [ -e /usr/lib/nginx/modules/ngx_rtmp_module.so ] || need+=(libnginx-mod-rtmp)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "livewatch: missing system packages: ${need[*]} (install them with apt-get as root)" >&2
  exit 1
fi
echo "livewatch: installing ${need[*]}" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
