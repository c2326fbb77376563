#!/usr/bin/env bash
# Builds the demo's model update v2 (issue 6): the intent head retrained on bge-small-en-v1.5 with focal
# distillation from the built-in v1 package, plus the learned transform from bge's embedding space into v1's
# (MiniLM) space, signed with the DEMO key in models/demo (not a secret: see models/demo/README.md).
# Re-run it whenever the built-in v1 package changes, so v2's parent is the v1 on main. ~5 min on 2 cores.
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$DIR/models/demo/intent-v2"
"$DIR/ambient" train --parent "$DIR/models/src/main/resources/models/intent" --encoder bge --version 2.0.0 \
  --out "$OUT" --sign-key "$DIR/models/demo/DEMO-KEY-NOT-SECRET.ed25519" "$@"
