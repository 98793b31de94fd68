#!/usr/bin/env bash
# The load benchmark of docs/performance.md ("Pages under load"): builds the production jar, starts it against a
# throw-away PostgreSQL with the demo data, signs in as each demo role and runs a fixed mix of pages with wrk on
# loopback. Prints, per page, req/s, p50/p90/p99 latency, non-2xx answers, SQL statements per request and the
# application's and PostgreSQL's CPU time per request (which, unlike req/s, hardly depend on what else runs on the machine).
#
#   bench/load.sh                      # everything, 5 s warm-up and 15 s measured per page, 32 connections
#   WARM=20 DURATION=20 bench/load.sh  # the issue's own timing (WARM per page, after WARM_ALL=10 s a page over the
#                                      # mix, in WARM_ROUNDS=2 rounds of 5 s a page; WARM_ALL=0 skips it)
#   SKIP_BUILD=1 bench/load.sh         # reuse target/jobandel-*.jar
#   ONLY='^/consultant/(freelancers|roles)$' bench/load.sh   # only the pages whose path matches
#   APP_ARGS='--some.property=value' bench/load.sh             # extra application arguments, to compare settings
#   BENCH_DB_URL=jdbc:postgresql://host/db BENCH_DB_USER=.. BENCH_DB_PASSWORD=.. bench/load.sh   # your own database
#   AOT=1 bench/load.sh                # production start recipe of docs/performance.md: the extracted jar and a JDK 25
#                                      # AOT cache from a training run (against a throw-away database `jobandel_train`,
#                                      # or BENCH_DB_URL's, which the training migrates); without AOT: java -jar as before.
#                                      # AOT_TRAINING=start (default) trains on the demo start itself, =refresh on
#                                      # Spring Boot's recipe (exit after the context's refresh; see below)
#   SPRING_AOT=1 bench/load.sh         # as AOT=1, with the jar of `./mvnw -Pspring-aot package` (Spring AOT): the
#                                      # training and the restart run with -Dspring.aot.enabled=true, the demo start without
#
# Needs: JDK 25 (JAVA_HOME), wrk, curl, and PostgreSQL's server binaries (Debian: postgresql-15 or later) unless
# BENCH_DB_URL is given. As root, the database runs as the `postgres` user.
set -euo pipefail
# the whole script is one block, which bash reads before it runs it: editing the file during a run cannot change it
{
cd "$(dirname "$0")/.."

WARM=${WARM:-5}
WARM_ALL=${WARM_ALL:-10}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
APP_PORT=${APP_PORT:-18080}
MGMT_PORT=${MGMT_PORT:-$APP_PORT}
DB_PORT=${DB_PORT:-55432}
# compact object headers (JEP 519, JDK 25): 8 bytes an object header instead of 12, so the same objects take less
# heap; on this mix 13-27 MB less RSS at the same speed (docs/performance.md, 2026-12-08)
HEAP=${HEAP:--Xmx384m -XX:+UseCompactObjectHeaders}
PASSWORD=jobandel-demo-2026
ADMIN_EMAIL=bench-admin@example.dk
ADMIN_PASSWORD=bench-admin-password-2026
METRICS_PASSWORD=bench-metrics-password-2026
WORK=$(mktemp -d /tmp/jobandel-bench.XXXXXX)
chmod 755 "$WORK"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

APP_PID=
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    if [ -z "${BENCH_DB_URL:-}" ] && [ -f "$WORK/pg/postmaster.pid" ]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

echo "== machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -n "${SPRING_AOT:-}" ]; then AOT=1; fi
if [ -z "${SKIP_BUILD:-}" ]; then
    echo "== building the production jar${SPRING_AOT:+ (Spring AOT: -Pspring-aot)}"
    ./mvnw -q -B -DskipTests ${SPRING_AOT:+-Pspring-aot} package
fi
JAR=$(ls target/${SPRING_AOT:+spring-aot-build/}jobandel-*.jar | grep -v original | head -1)
# how the application is started: the jar as built, or (AOT=1) extracted, with the AOT cache of a training run below;
# Spring AOT's generated code is for production only: the demo start runs without it
APP_JAR=$JAR
JAVA_RUN=("$JAVA_HOME/bin/java" $HEAP)
RESTART_OPTS=()
if [ -n "${SPRING_AOT:-}" ]; then RESTART_OPTS=(-Dspring.aot.enabled=true); fi
if [ -n "${AOT:-}" ]; then
    echo "== extracting $JAR (java -Djarmode=tools ... extract)"
    "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
    APP_JAR=$WORK/app/$(basename "$JAR")
    JAVA_RUN+=(-XX:AOTCache="$WORK/app.aot")
fi

if [ -z "${BENCH_DB_URL:-}" ]; then
    PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
    echo "== PostgreSQL from $PG_BIN on port $DB_PORT (throw-away, in $WORK/pg)"
    mkdir -p "$WORK/pg" && chown postgres "$WORK/pg" 2>/dev/null || true
    as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/log" -w \
        -o "-p $DB_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=100 -c timezone=Europe/Copenhagen" start >/dev/null ||
        { echo "PostgreSQL did not start:"; tail -20 "$WORK/pg/log"; exit 1; }
    as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$DB_PORT" -U postgres jobandel
    BENCH_DB_URL=jdbc:postgresql://127.0.0.1:$DB_PORT/jobandel
    BENCH_DB_USER=postgres
    BENCH_DB_PASSWORD=
    TRAIN_DB_URL=jdbc:postgresql://127.0.0.1:$DB_PORT/jobandel_train
    if [ -n "${AOT:-}" ]; then as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$DB_PORT" -U postgres jobandel_train; fi
fi

# the demo start: the measured one, and (AOT_TRAINING=start) the AOT cache's training run
demo_start() { # demo_start DATABASE_URL LOG [java options...]: starts the application in the demo profile, in the background
    local url=$1 log=$2
    shift 2
    JOBANDEL_ADMIN_EMAIL=$ADMIN_EMAIL JOBANDEL_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    SPRING_DATASOURCE_URL=$url SPRING_DATASOURCE_USERNAME=$BENCH_DB_USER SPRING_DATASOURCE_PASSWORD=$BENCH_DB_PASSWORD \
        "$@" -jar "$APP_JAR" --spring.profiles.active=demo --server.port="$APP_PORT" \
        --jobandel.matching.nightly-cron=- --jobandel.two-factor.required-roles= \
        --jobandel.metrics.password="$METRICS_PASSWORD" ${APP_ARGS:-} >"$log" 2>&1 &
}

# AOT_TRAINING=start (AOT=1's default): the training run is the start the cache is for, the demo start measured below,
# against the throw-away database `jobandel_train`, stopped once it is ready; the JVM writes the cache as it exits. The
# JDK's guidance (JEP 483, 515) is a training run that does what the application will do; the demo start seeds the demo
# data, and a cache trained on it links the classes and records the profiles of that seeding as well.
# AOT_TRAINING=refresh (SPRING_AOT=1's default): Spring Boot's recipe (reference, "AOT Cache"): the context is refreshed
# (beans created, Flyway run) and the JVM exits before the web server starts: what a production start does, no demo data.
# With BENCH_DB_URL there is no throw-away training database, and a training start would seed the measured one: refresh.
if [ -n "${SPRING_AOT:-}" ] || [ -z "${TRAIN_DB_URL:-}" ]; then AOT_TRAINING=${AOT_TRAINING:-refresh}; fi
AOT_TRAINING=${AOT_TRAINING:-start}
if [ -n "${AOT:-}" ]; then
    echo "== training run for the AOT cache (AOT_TRAINING=$AOT_TRAINING)"
    TRAIN_START=$(date +%s.%N)
    if [ "$AOT_TRAINING" = start ]; then
        demo_start "${TRAIN_DB_URL:-$BENCH_DB_URL}" "$WORK/train.log" "$JAVA_HOME/bin/java" $HEAP -XX:AOTCacheOutput="$WORK/app.aot"
        TRAIN_PID=$!
        APP_PID=$TRAIN_PID # stopped on any failure, as the application is
        until curl -fs "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness" >/dev/null 2>&1; do
            kill -0 "$TRAIN_PID" 2>/dev/null || { echo "the training run stopped:"; tail -50 "$WORK/train.log"; exit 1; }
            sleep 0.2
        done
        kill "$TRAIN_PID" && wait "$TRAIN_PID" 2>/dev/null || true
        APP_PID=
    else
        SPRING_DATASOURCE_URL=${TRAIN_DB_URL:-$BENCH_DB_URL} SPRING_DATASOURCE_USERNAME=$BENCH_DB_USER SPRING_DATASOURCE_PASSWORD=$BENCH_DB_PASSWORD \
            "$JAVA_HOME/bin/java" $HEAP -XX:AOTCacheOutput="$WORK/app.aot" "${RESTART_OPTS[@]}" -Dspring.context.exit=onRefresh \
            -jar "$APP_JAR" --server.port="$APP_PORT" >"$WORK/train.log" 2>&1 ||
            { echo "the training run failed:"; tail -50 "$WORK/train.log"; exit 1; }
    fi
    [ -s "$WORK/app.aot" ] || { echo "the training run wrote no AOT cache:"; tail -50 "$WORK/train.log"; exit 1; }
    echo "== AOT cache of $(($(stat -c %s "$WORK/app.aot") / 1048576)) MB written in $(echo "$(date +%s.%N) - $TRAIN_START" | bc) s"
fi

echo "== starting ${JAVA_RUN[*]} -jar $APP_JAR (demo profile) on port $APP_PORT"
START=$(date +%s.%N)
demo_start "$BENCH_DB_URL" "$WORK/app.log" "${JAVA_RUN[@]}"
APP_PID=$!
until curl -fs "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped:"; tail -50 "$WORK/app.log"; exit 1; }
    sleep 0.2
done
READY=$(echo "$(date +%s.%N) - $START" | bc)
# the CPU time the start took (user + system of the JVM): unlike the wall-clock time, hardly changed by other load
READY_CPU=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$APP_PID/stat")
echo "== ready (readiness probe up) after ${READY} s, ${READY_CPU} s of CPU; the application's own line: $(grep -o 'Started JobandelApplication in [0-9.]* seconds' "$WORK/app.log" || true)"

# localhost, not 127.0.0.1: curl keeps the `__Host-` CSRF cookie (Secure) only for a host it counts as secure
BASE=http://localhost:$APP_PORT
login() { # login EMAIL -> prints the cookies a browser would send from then on (session and CSRF), as one Cookie value
    local jar="$WORK/$1.cookies"
    local token
    token=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$1" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "_csrf=$token" "$BASE/login"
    # a browser sends back every cookie it holds: without the CSRF cookie each page would mint a new token and set it
    awk 'NF == 7 && $1 !~ /^# / { printf "%s%s=%s", sep, $6, $7; sep = "; " } END { print "" }' "$jar"
}
trap 'echo "== failed at line $LINENO (see $WORK/app.log)" >&2' ERR
CONSULTANT=$(login konsulent@demo.jobandel.dk)
COOPERATIVE=$(login kooperativ@demo.jobandel.dk)
FREELANCER=$(login freelancer@demo.jobandel.dk)

# proposals for the review queue and the proposal page: one manual matching run, followed to its end
jar="$WORK/konsulent@demo.jobandel.dk.cookies"
token=$(curl -fs -b "$jar" "$BASE/consultant/matching" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -b "$jar" --data-urlencode "_csrf=$token" "$BASE/consultant/matching/run"
for _ in $(seq 1 300); do
    curl -fs -b "$jar" "$BASE/consultant/matching" | grep -q 'Der kører en matching' || break
    sleep 1
done
ROLE=$(curl -fs -b "$jar" "$BASE/consultant/matching" | grep -o '/consultant/roles/[0-9]*/proposals' | head -1)
echo "== signed in as consultant, cooperative and freelancer; proposal page: ${ROLE:-none found}"
PAGE_HEADERS=$(curl -fs -o /dev/null -D - -H 'Accept-Encoding: gzip' -b "$jar" "$BASE/consultant/freelancers")
CSS=$(curl -fs -b "$jar" "$BASE/consultant/freelancers" | grep -o '/css/app-[0-9a-f]*\.css' | head -1)
echo "== compression of a page: $(echo "$PAGE_HEADERS" | grep -i '^content-encoding' | tr -d '\r' || echo none);" \
    "$CSS: $(curl -fs -o /dev/null -D - "$BASE$CSS" | grep -i '^cache-control' | tr -d '\r')"

statements() { # the application's SQL statements so far: app and session store
    curl -fs -u "metrics:$METRICS_PASSWORD" "http://127.0.0.1:$MGMT_PORT/actuator/prometheus" |
        awk '/^jobandel_sql_statements_total\{.*store="app"/ { a = $2 } /^jobandel_sql_statements_total\{.*store="session"/ { s = $2 }
             END { printf "%d %d\n", a, s }'
}
to_ms() { # wrk latency (e.g. 12.34ms, 1.02s, 850.00us) -> milliseconds
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}

MAX_RSS=0
printf '\n| %-12s | %-36s | %8s | %8s | %8s | %8s | %7s | %13s | %6s | %5s | %6s |\n' who page "req/s" "p50 ms" "p90 ms" "p99 ms" non-2xx "SQL/req (+session)" "CPU ms/req" "of it JIT" "DB CPU ms/req"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' -------------- -------------------------------------- ---------- ---------- ---------- ---------- --------- --------------- -------- ------- --------
cpu_ticks() { # the application's CPU time so far (user + system), in clock ticks
    awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"
}
TICKS=$(getconf CLK_TCK)
jit_ticks() { # the CPU time of the JIT compiler's threads so far: a page measured while they still work is not warm yet
    cat "/proc/$APP_PID"/task/*/stat 2>/dev/null |
        awk '/\((C1|C2) CompilerThre/ { sub(/^.*\) /, ""); t += $12 + $13 } END { print t + 0 }'
}
db_ticks() { # the throw-away PostgreSQL's CPU time so far: the postmaster, its live backends and the reaped ones
    [ -f "$WORK/pg/postmaster.pid" ] || { echo 0; return; }
    local pm
    pm=$(head -1 "$WORK/pg/postmaster.pid")
    { cat "/proc/$pm/stat"; for child in $(pgrep -P "$pm"); do cat "/proc/$child/stat" 2>/dev/null || true; done; } |
        awk -v pm="$pm" '{ t += $14 + $15; if ($1 == pm) t += $16 + $17 } END { print t + 0 }'
}
load_page() { # load_page SECONDS COOKIES PATH [wrk options]: wrk on one page, as a browser of that member asks for it
    local seconds=$1 cookie=$2 path=$3
    shift 3
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" "$@" -H "Cookie: ${cookie:+$cookie; }JOBANDEL_LANG=da" \
        -H "Accept-Encoding: gzip" "$BASE$path"
}
run_page() { # run_page WHO COOKIES PATH
    local who=$1 cookie=$2 path=$3
    [[ "$path" =~ ${ONLY:-.} ]] || return 0
    load_page "$WARM" "$cookie" "$path" >/dev/null
    read -r app0 ses0 < <(statements)
    local cpu0 cpu1 jit0 jit1 db0 db1
    cpu0=$(cpu_ticks)
    jit0=$(jit_ticks)
    db0=$(db_ticks)
    load_page "$DURATION" "$cookie" "$path" --latency >"$WORK/wrk.out"
    cpu1=$(cpu_ticks)
    jit1=$(jit_ticks)
    db1=$(db_ticks)
    read -r app1 ses1 < <(statements)
    local rss
    rss=$(ps -o rss= -p "$APP_PID" | xargs)
    [ "$rss" -gt "$MAX_RSS" ] && MAX_RSS=$rss
    local requests rps p50 p90 p99 errors
    requests=$(awk '/requests in/ { print $1 }' "$WORK/wrk.out")
    rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$WORK/wrk.out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$WORK/wrk.out")")
    p90=$(to_ms "$(awk '$1 == "90%" { print $2 }' "$WORK/wrk.out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.out")")
    errors=$(awk '/Non-2xx/ { print $NF } /Socket errors/ { t += $4 + $6 + $8 + $10 } END { print (t ? "timeouts " t : "") }' "$WORK/wrk.out" | xargs)
    # the statements include the prometheus read itself (a handful) and any background job: about nothing per request
    local sql
    sql=$(awk -v a="$((app1 - app0))" -v s="$((ses1 - ses0))" -v n="$requests" 'BEGIN { printf "%.2f (+%.2f)", a / n, s / n }')
    # CPU time of the application per request: what a page costs, whatever else runs on the machine
    local cpu
    cpu=$(awk -v t="$((cpu1 - cpu0))" -v hz="$TICKS" -v n="$requests" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')
    # the share of it that went to the JIT compiler: near 0 % when the page was measured warm
    local jit
    jit=$(awk -v j="$((jit1 - jit0))" -v t="$((cpu1 - cpu0))" 'BEGIN { printf "%.0f %%", t ? 100 * j / t : 0 }')
    # and PostgreSQL's (only when the benchmark started it): the other half of what a page costs on this machine
    local db
    db=$(awk -v t="$((db1 - db0))" -v hz="$TICKS" -v n="$requests" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')
    printf '| %-12s | %-36s | %8s | %8s | %8s | %8s | %7s | %13s | %6s | %5s | %6s |\n' "$who" "$path" "$rps" "$p50" "$p90" "$p99" "${errors:-0}" "$sql" "$cpu" "$jit" "$db"
}

# the mix: who, their cookies, the page
PAGES=(
    "consultant|$CONSULTANT|/consultant/freelancers"
    "consultant|$CONSULTANT|/consultant/roles"
    "consultant|$CONSULTANT|/consultant/organisations"
    "consultant|$CONSULTANT|/consultant/review"
    "consultant|$CONSULTANT|/consultant/matching"
    "consultant|$CONSULTANT|/notifications"
    "consultant|$CONSULTANT|/pools"
    "consultant|$CONSULTANT|/dashboard"
    ${ROLE:+"consultant|$CONSULTANT|$ROLE"}
    "cooperative|$COOPERATIVE|/roles"
    "cooperative|$COOPERATIVE|/offers"
    "cooperative|$COOPERATIVE|/dashboard"
    "freelancer|$FREELANCER|/offers"
    "freelancer|$FREELANCER|/dashboard"
    "anonymous||/"
)
# a server runs for days: the figures are of a warmed-up one. Every page of the mix first runs WARM_ALL seconds, so that
# the pages measured first are not also the ones the JIT compiler is still busy with (each then has its own WARM too).
# One page alone needs about 100 s of load before the compiler is done (its CPU per request falls to a fifth meanwhile);
# the pages share most of their code, so 10 s each (150 s in all) warm the mix. The "of it JIT" column shows the rest.
# WARM_ROUNDS (default 2) splits it into rounds over the mix (WARM_ALL / WARM_ROUNDS seconds a page each), as real
# traffic mixes the pages. With one block a page (WARM_ROUNDS=1), the pages measured first cost 1.5-2.0 ms of CPU a
# request against 1.1-1.4 on an instance warmed over the mix (docs/performance.md, 2026-12-08): that is the order of
# the warm-up, not the pages, and a server that has run for a while has seen every page many times over.
WARM_ROUNDS=${WARM_ROUNDS:-2}
if [ "$WARM_ALL" -gt 0 ]; then
    for _ in $(seq 1 "$WARM_ROUNDS"); do
        for entry in "${PAGES[@]}"; do
            IFS='|' read -r who cookie path <<<"$entry"
            [[ "$path" =~ ${ONLY:-.} ]] || continue
            load_page "$((WARM_ALL / WARM_ROUNDS))" "$cookie" "$path" >/dev/null
        done
    done
fi
for entry in "${PAGES[@]}"; do
    IFS='|' read -r who cookie path <<<"$entry"
    run_page "$who" "$cookie" "$path"
done

# a restart as in production: the same database, already migrated and filled, and no demo profile
kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
START=$(date +%s.%N)
JOBANDEL_ADMIN_EMAIL=$ADMIN_EMAIL JOBANDEL_ADMIN_PASSWORD=$ADMIN_PASSWORD \
SPRING_DATASOURCE_URL=$BENCH_DB_URL SPRING_DATASOURCE_USERNAME=$BENCH_DB_USER SPRING_DATASOURCE_PASSWORD=$BENCH_DB_PASSWORD \
    "${JAVA_RUN[@]}" "${RESTART_OPTS[@]}" -jar "$APP_JAR" --server.port="$APP_PORT" ${APP_ARGS:-} >"$WORK/app-restart.log" 2>&1 &
APP_PID=$!
until curl -fs "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped on restart:"; tail -50 "$WORK/app-restart.log"; exit 1; }
    sleep 0.2
done
RESTART=$(echo "$(date +%s.%N) - $START" | bc)
RESTART_CPU=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$APP_PID/stat")
RESTART_LINE=$(grep -o 'Started JobandelApplication in [0-9.]* seconds' "$WORK/app-restart.log" || true)

echo
echo "== ready in ${READY} s, ${READY_CPU} s of CPU (first start: migrations and demo data); restart without the demo" \
    "profile${RESTART_OPTS[*]:+ (${RESTART_OPTS[*]})} ready in ${RESTART} s, ${RESTART_CPU} s of CPU (${RESTART_LINE})"
echo "== largest RSS under load: $((MAX_RSS / 1024)) MB; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $(uptime)"
exit
}
