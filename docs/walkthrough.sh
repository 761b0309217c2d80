#!/usr/bin/env bash
# The whole path with curl: load the data, submit an analysis job, poll it, read its result, download
# its chart. Needs only curl; start the service first (./mvnw quarkus:dev) in another terminal.
#
#   docs/walkthrough.sh                                # the sample, a counts-by-chromosome job
#   docs/walkthrough.sh ../shared/data/hgnc_complete_set.json.gz '{"analysis":"completeness"}'
#
# Arguments: [data file: .json, .json.gz, .txt (TSV) or .txt.gz] [job body as JSON]
# Environment: BASE (default http://localhost:8080), ADMIN_TOKEN (when the service has one),
# OUT (where the chart goes, default ./chart-<job id>.png).
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${BASE:-http://localhost:8080}
DATA=${1:-src/test/resources/data/hgnc_sample.json}
JOB=${2:-'{"analysis": "counts", "group_by": "chromosome"}'}
AUTH=()
[ -n "${ADMIN_TOKEN:-}" ] && AUTH=(-H "Authorization: Bearer $ADMIN_TOKEN")

[ -f "$DATA" ] || { echo "no data file $DATA" >&2; exit 1; }
case "$DATA" in
  *.txt | *.txt.gz | *.tsv | *.tsv.gz) TYPE=text/tab-separated-values ;;
  *) TYPE=application/json ;;
esac

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p"; }

step "1. Load $DATA (gzip is recognised by its magic bytes)"
curl -sS --fail-with-body -X POST "${AUTH[@]}" -H "Content-Type: $TYPE" --data-binary "@$DATA" "$BASE/data"
echo

step "2. What is loaded"
curl -sS --fail-with-body "$BASE/info" | cut -c1-300
echo " …"

step "3. Submit $JOB"
JOB_JSON=$(curl -sS --fail-with-body -X POST -H 'Content-Type: application/json' -d "$JOB" "$BASE/jobs")
echo "$JOB_JSON"
ID=$(echo "$JOB_JSON" | field id)

step "4. Poll GET /jobs/$ID until it ends"
while :; do
  STATUS=$(curl -sS --fail-with-body "$BASE/jobs/$ID" | field status)
  echo "status: $STATUS"
  case "$STATUS" in finished | failed | cancelled) break ;; esac
  sleep 0.2
done

step "5. The result"
curl -sS "$BASE/results/$ID"
echo

if [ "$STATUS" = finished ]; then
  OUT=${OUT:-chart-$ID.png}
  step "6. The chart, saved as $OUT"
  curl -sS --fail-with-body -o "$OUT" "$BASE/results/$ID/chart"
  file "$OUT" 2>/dev/null || ls -l "$OUT"
fi
