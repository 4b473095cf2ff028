#!/bin/bash
# The replica service: on first start, copy the primary with pg_basebackup (-R writes standby.signal and the
# connection settings), then run as a hot standby that streams the primary's WAL.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h db -p 5432 -U replicator; do sleep 1; done
  export PGPASSWORD="${REPLICATION_PASSWORD:-replicator}"
  pg_basebackup -h db -p 5432 -U replicator -D "$PGDATA" -R -X stream -c fast
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on
