#!/usr/bin/env bash
# Runs the whole test suite on this machine, as CI does: installs what the tests need (RabbitMQ, PostgreSQL 15,
# Debian's python3-hl7 MLLP client, the shared FHIR validator), builds, runs every test project (the integration
# tests start their own RabbitMQ and PostgreSQL on private loopback ports) and ends with "N passed, M failed".
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v rabbitmq-server >/dev/null 2>&1 || [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v mllp_send >/dev/null 2>&1 || missing+=(python3-hl7)
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  as_root apt-get update -qq && as_root apt-get install -y -qq "${missing[@]}" >/dev/null || { echo "could not install ${missing[*]}"; exit 1; }
fi

# Independent checkers beside the repository (../shared/tools), when present.
for tool in fhir-validate mllp-send; do
  dir="$repo/../shared/tools/$tool"
  if [ -f "$dir/package-lock.json" ] && [ ! -d "$dir/node_modules" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || echo "warning: npm ci failed in $dir"
  fi
done

results="$repo/TestResults"
rm -rf "$results"
dotnet build IntegrationHub.sln -c Release -nologo -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

# One test project at a time: the 2-core machine runs RabbitMQ, PostgreSQL and the hub under test at once.
dotnet test IntegrationHub.sln -c Release --no-build -m:1 --logger "trx" --results-directory "$results"
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
