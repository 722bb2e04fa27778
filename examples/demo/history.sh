#!/usr/bin/env bash
# Gives the demo plan a short git history, to try `--at` and `plan diff`:
#
#   examples/demo/history.sh /tmp/demo-history
#   cd /tmp/demo-history && plan diff 2019-03-15 2019-06-30
#
# It copies examples/demo/plan into DEST (a new folder) and commits it twice,
# on fixed days, as a coordinator would after two steering-committee meetings:
#   2019-03-15  the journal up to the March meeting;
#   2019-06-30  the journal as it is in examples/demo/ (the spring's entries).
set -euo pipefail
dest=${1:?usage: history.sh DEST (a folder that does not exist yet)}
demo=$(cd "$(dirname "$0")" && pwd)/plan
[ ! -e "$dest" ] || { echo "history.sh: $dest already exists" >&2; exit 2; }
mkdir -p "$dest"
cp -R "$demo" "$dest/plan"
cd "$dest"
export GIT_AUTHOR_NAME="Coordination" GIT_AUTHOR_EMAIL="coordination@example.org"
export GIT_COMMITTER_NAME="Coordination" GIT_COMMITTER_EMAIL="coordination@example.org"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
git init -q -b main .
commit() {
  git add -A plan
  GIT_AUTHOR_DATE="$1T17:00:00-04:00" GIT_COMMITTER_DATE="$1T17:00:00-04:00" git commit -q -m "$2"
}

# The journal of 2019 as it stood after the March meeting: every entry before
# the first one dated in April.
journal=plan/journal/2019.toml
cp "$journal" "$dest/.2019-full.toml"
april=$(grep -n '^date = 2019-04' "$journal" | head -1 | cut -d: -f1)
head -n $((april - 3)) "$dest/.2019-full.toml" > "$journal"
commit 2019-03-15 "Journal après la rencontre du comité directeur du 14 mars"

mv "$dest/.2019-full.toml" "$journal"
commit 2019-06-30 "Journal du printemps, avant le bilan de mi-parcours"
git log --reverse --format='%h %cs %s'
