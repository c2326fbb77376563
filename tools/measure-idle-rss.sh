#!/usr/bin/env bash
# Measures the resident memory of `./ambient demo` at idle: starts the demo on spare ports, sends a few
# turns, waits for the JVM to settle, reads VmRSS and VmHWM from /proc, stops the demo.
# Usage: tools/measure-idle-rss.sh [settle-seconds]
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SETTLE="${1:-30}"
PORT=18580
MQTT=18583
LOG="$(mktemp)"
"$DIR/ambient" demo --port "$PORT" --mqtt-port "$MQTT" >"$LOG" 2>&1 &
LAUNCHER=$!
trap 'kill $LAUNCHER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  sleep 1
done
PID="$(pgrep -f "ambient-runtime.jar demo --port $PORT")"
for text in "turn on the lights" "what is the temperature" "pause" "turn off the lights"; do
  "$DIR/ambient" say "$text" --site kitchen-satellite --url "http://127.0.0.1:$PORT" >/dev/null
done
sleep "$SETTLE"
echo "demo (pid $PID) after ${SETTLE}s idle:"
grep -E 'VmRSS|VmHWM' "/proc/$PID/status"
kill "$PID"
