#!/usr/bin/env bash
# Integration test of `collabsim slurm`: starts a real single-node SLURM cluster on loopback
# (Debian's slurmctld, slurmd and munge, installed here when missing), submits the array job
# and the merge job that `collabsim slurm` writes, and checks that the merged results equal a
# local `collabsim sweep` of the same experiment. Needs root (to install packages and run
# slurmd). Stops the daemons it started, by pid, and exits non-zero on any failure or after
# SLURM_TEST_TIMEOUT seconds (default 600).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TIMEOUT=${SLURM_TEST_TIMEOUT:-600}
TASKS=3
EXPERIMENT="$ROOT/scripts/slurm/experiment.yaml"
COLLABSIM=(node "$ROOT/bin/collabsim.mjs")

say() { printf 'test-slurm: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (it installs packages and starts slurmd)"

# 1. Packages.
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  say "installing slurmctld slurmd slurm-client munge"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge >/dev/null
fi

WORK=$(mktemp -d /tmp/collabsim-slurm.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  local status=$?
  set +e
  if [ "$status" != 0 ] && [ -d "$WORK" ]; then
    for log in "$WORK"/log/*.log "$WORK"/job/logs/*; do
      [ -f "$log" ] && { say "--- $log (last 30 lines)"; tail -n 30 "$log" >&2; }
    done
  fi
  for pidfile in "$WORK/run/slurmd.pid" "$WORK/run/slurmctld.pid" "$WORK/munge/munged.pid"; do
    if [ -s "$pidfile" ]; then
      pid=$(cat "$pidfile")
      kill "$pid" 2>/dev/null
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null
    fi
  done
  rm -rf "$WORK"
  [ "$status" = 0 ] && say "passed" || say "failed with status $status"
  exit "$status"
}
trap cleanup EXIT
trap 'fail "interrupted"' INT TERM

deadline=$((SECONDS + TIMEOUT))
wait_for() { # wait_for DESCRIPTION COMMAND...
  local what=$1
  shift
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || fail "timed out waiting for $what"
    sleep 1
  done
}

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# 2. Munge, as the munge user, on a socket of our own.
mkdir -p "$WORK"/{munge,state,spool,run,log,etc}
dd if=/dev/urandom of="$WORK/munge/munge.key" bs=1024 count=1 status=none
chown -R munge:munge "$WORK/munge"
chmod 700 "$WORK/munge"
chmod 400 "$WORK/munge/munge.key"
runuser -u munge -- /usr/sbin/munged --force \
  --socket="$WORK/munge/munge.socket" --key-file="$WORK/munge/munge.key" \
  --pid-file="$WORK/munge/munged.pid" --log-file="$WORK/munge/munged.log" \
  --seed-file="$WORK/munge/munged.seed"
wait_for "munged" test -S "$WORK/munge/munge.socket"
chmod 755 "$WORK/munge"

# 3. SLURM, started by hand (no systemd).
HOST=$(hostname)
sed -e "s|@HOST@|$HOST|g" -e "s|@CPUS@|$(nproc)|g" -e "s|@WORK@|$WORK|g" \
  -e "s|@CTLD_PORT@|$(free_port)|g" -e "s|@SLURMD_PORT@|$(free_port)|g" \
  "$ROOT/scripts/slurm/slurm.conf.template" >"$WORK/etc/slurm.conf"
printf 'CgroupPlugin=cgroup/v1\n' >"$WORK/etc/cgroup.conf"
export SLURM_CONF="$WORK/etc/slurm.conf"
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"
node_state() { sinfo -h -N -o '%T' 2>/dev/null | grep -qx idle; }
wait_for "the node to be idle" node_state
say "cluster up: $(sinfo -h -N -o '%N %T %c CPUs')"

# 4. The sweep: on the cluster as an array job plus merge, and locally.
"${COLLABSIM[@]}" slurm "$EXPERIMENT" --tasks "$TASKS" --out "$WORK/job" --time 00:10:00 >&2
submitted=$(bash "$WORK/job/submit.sh")
say "$submitted"
merge=$(printf '%s\n' "$submitted" | sed -n 's/.*merge job \([0-9][0-9]*\).*/\1/p')
[ -n "$merge" ] || fail "could not read the merge job id"
"${COLLABSIM[@]}" sweep "$EXPERIMENT" --out "$WORK/local" --quiet >&2
job_gone() { [ -z "$(squeue -h -j "$merge" 2>/dev/null)" ]; }
wait_for "merge job $merge" job_gone
state=$(scontrol show job "$merge" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p')
[ "$state" = COMPLETED ] || fail "merge job $merge ended in state ${state:-unknown}"

# 5. The merged results equal the local run.
for file in experiment.json runs.csv runs.parquet; do
  cmp "$WORK/job/results/$file" "$WORK/local/$file" || fail "$file differs between the SLURM and the local sweep"
done
for i in $(seq 1 "$TASKS"); do
  [ -f "$WORK/job/shards/shard-$i/shard.json" ] || fail "shard $i left no results"
done
rows=$(($(wc -l <"$WORK/job/results/runs.csv") - 1))
say "merged $rows runs from $TASKS array tasks; identical to the local sweep"
