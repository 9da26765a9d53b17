#!/usr/bin/env bash
# Whole-process throughput of `dossier annotate`: words per second and peak memory.
#
#   scripts/bench-annotate.sh [FOLDER]
#
# FOLDER holds .txt articles (default: the BBC News corpus, unpacked from
# ../shared/data/bbc-news into a temporary folder). The articles are joined into one
# JSON-lines file, so the figure covers start-up, reading, the whole pipeline and JSON
# output, as a user would run it. Needs python3 (to write the JSON lines) and GNU time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

folder="${1:-}"
if [[ -z "$folder" ]]; then
  tarball="${DOSSIER_SHARED:-$root/../shared}/data/bbc-news/bbc-fulltext.tar.gz"
  [[ -f "$tarball" ]] || { echo "error: no folder given and $tarball not found" >&2; exit 1; }
  tar -xzf "$tarball" -C "$work"
  folder="$work"
fi

python3 - "$folder" "$work/corpus.jsonl" <<'PY'
import json, pathlib, sys
folder, out = pathlib.Path(sys.argv[1]), sys.argv[2]
words = 0
with open(out, "w", encoding="utf-8") as f:
    for path in sorted(folder.rglob("*.txt")):
        if path.name.upper() == "README.TXT":
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        words += len(text.split())
        f.write(json.dumps({"text": text}) + "\n")
open(out + ".words", "w").write(str(words))
PY
words="$(cat "$work/corpus.jsonl.words")"

"$root/dossier" --help >/dev/null  # build first, outside the measurement
/usr/bin/time -v "$root/dossier" annotate "$work/corpus.jsonl" --format json >"$work/out.json" 2>"$work/time.txt"

wall="$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')"
peak_kb="$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')"
seconds="$(python3 -c "p='$wall'.split(':'); print(sum(float(x)*60**i for i,x in enumerate(reversed(p))))")"
echo "articles:      $(wc -l <"$work/corpus.jsonl")"
echo "words:         $words"
echo "wall time:     ${seconds}s"
echo "words/second:  $(python3 -c "print(f'{$words/$seconds:,.0f}')")"
echo "peak memory:   $((peak_kb / 1024)) MiB"
echo "JSON written:  $(du -h "$work/out.json" | cut -f1)"
