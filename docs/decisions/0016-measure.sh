#!/usr/bin/env bash
# Decision 16's measurement: start the fat jar on a fresh embedded database in demo mode, time it to
# /actuator/health/readiness answering UP, then to the health endpoint's background component answering UP
# (model, index, demo cases done; at most SETTLE seconds), send semantic searches, and print the resident
# set (VmRSS) at each point.
#
#   ./mvnw -q -DskipTests package && docs/decisions/0016-measure.sh [extra JVM options...]
#
# Environment: JAVA (default java), PORT (18080), SETTLE (at most this many seconds of background work, 180).
set -euo pipefail
jar=$(cd "$(dirname "$0")/../.." && pwd)/target/tongban-0.1.0-SNAPSHOT.jar
java=${JAVA:-java}
port=${PORT:-18080}
settle=${SETTLE:-180}
dir=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$dir"' EXIT

rss() { awk '/VmRSS/ { printf "%.2f GB", $2 / 1048576 }' "/proc/$pid/status"; }

cd "$dir"
start=$(date +%s.%N)
"$java" -Xmx1g "$@" -jar "$jar" --spring.profiles.active=demo --server.port="$port" > app.log 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { tail -40 app.log; exit 1; }
    sleep 0.2
done
up=$(date +%s.%N)
printf 'UP after %.1f s, resident %s\n' "$(echo "$up - $start" | bc)" "$(rss)"

background() { curl -fs "http://127.0.0.1:$port/actuator/health" | grep -o '"background":{"status":"[A-Z]*"' | cut -d'"' -f6; }
for _ in $(seq "$settle"); do
    case "$(background)" in UP|DEGRADED) break ;; esac
    sleep 1
done
done_at=$(date +%s.%N)
grep -h "bge-small-zh-v1.5 loaded\|could not be loaded\|Demo cases ready" app.log | sed 's/.*: //' || true
printf 'background %s after %.1f s, resident %s\n' "$(background)" "$(echo "$done_at - $start" | bc)" "$(rss)"
for q in 营业执照 出生登记 社保卡补办 新生儿落户 公积金提取 残疾人证 居住证 个体工商户 退休 医保报销; do
    curl -fs -o /dev/null -G --data-urlencode "q=$q" "http://127.0.0.1:$port/api/v1/search"
done
printf 'after 10 searches, resident %s\n' "$(rss)"
