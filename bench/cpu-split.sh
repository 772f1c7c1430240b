#!/usr/bin/env bash
# CPU split while a bench driver runs: every INTERVAL seconds (default 5), the share of one core used by the service
# jar, the notification driver and all PostgreSQL processes, from /proc/<pid>/stat (utime + stime, in clock ticks of
# 1/100 s). Run it next to a driver and stop it with Ctrl-C (or kill) when the driver ends:
#   bench/cpu-split.sh > cpu.log & WARMUPS=1 bench/notifications-load.sh 4000 8 4; kill %1
set -uo pipefail
INTERVAL=${INTERVAL:-5}
ticks() { local sum=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && sum=$((sum + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$sum"; }
previous=""
while true; do
  service=$(pgrep -f "voicepact-bootstrap.*\.jar" | head -1)
  driver=$(pgrep -f NotificationLoad | head -1)
  now="$(ticks $service) $(ticks $driver) $(ticks $(pgrep -u postgres postgres))"
  if [ -n "$previous" ]; then
    read -r s0 d0 p0 <<<"$previous"; read -r s1 d1 p1 <<<"$now"
    echo "$(date +%T) service=$(( (s1 - s0) / INTERVAL ))% driver=$(( (d1 - d0) / INTERVAL ))% postgres=$(( (p1 - p0) / INTERVAL ))%"
  fi
  previous=$now
  sleep "$INTERVAL"
done
