#!/usr/bin/env bash
# Before `npm test`: PostgreSQL on 127.0.0.1:5432 (the Postgres suites) and Debian's Chromium (the browser suite).
set -uo pipefail
if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "pretest: starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
  fi
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "pretest: PostgreSQL is not reachable at 127.0.0.1:5432 (user postgres, database test); the Postgres suites will fail" >&2
fi
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "pretest: installing Debian's chromium for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "pretest: chromium install failed" >&2
  else
    echo "pretest: /usr/bin/chromium is missing; install Debian's chromium package for the browser tests" >&2
  fi
fi
exit 0
