#!/usr/bin/env bash
# Executes every notebook in notebooks/ headless and fails if any cell errors or a notebook
# shows no chart. Installs what the notebooks need first, each step skipped when already done:
#
#   1. Debian's Jupyter (jupyter-core, jupyter-client, jupyter-nbconvert, python3-nbclient,
#      python3-ipython), for /usr/bin/python3; apt-get update only when a package is missing;
#   2. the tslab TypeScript kernel, from npm, outside the project (not in package.json or the
#      lockfile): into $COLLABSIM_TSLAB_DIR (default ~/.cache/collabsim-tslab). Its zeromq
#      ships prebuilt Linux binaries inside the npm package, so nothing is downloaded from
#      elsewhere;
#   3. the kernel registration against /usr/bin/python3 (the python3 on PATH may be another);
#   4. dist/ (npm run build): the notebooks load the compiled public API through
#      notebooks/collabsim.cjs.
#
# Usage: npm run notebooks [-- --out DIR] [-- notebooks/02-custom-mechanism.ipynb ...]
#   --out DIR   keep the executed notebooks (with outputs and charts) in DIR
# Needs root or sudo for apt-get (CI runs it as root on Debian 12 after npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

TSLAB_VERSION=1.0.22
ZEROMQ_VERSION=6.8.0 # the newest tslab accepts (^6.0.0-beta.16); ships prebuilt binaries
TSLAB_DIR=${COLLABSIM_TSLAB_DIR:-$HOME/.cache/collabsim-tslab}
PYTHON=/usr/bin/python3
APT_PACKAGES=(jupyter-core jupyter-client jupyter-nbconvert python3-nbclient python3-ipython)
export PYDEVD_DISABLE_FILE_VALIDATION=1 # quiets a debugger warning of Python 3.11

out=''
notebooks=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=${2:?--out needs a directory}; shift 2 ;;
    --out=*) out=${1#--out=}; shift ;;
    -*) echo "run-notebooks: unknown option $1" >&2; exit 2 ;;
    *) notebooks+=("$1"); shift ;;
  esac
done
[ ${#notebooks[@]} -gt 0 ] || notebooks=(notebooks/*.ipynb)

step() { printf '\n== %s\n' "$*"; }

# --- 1. Jupyter from Debian ---------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "installing ${missing[*]}"
  sudo=''
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "run-notebooks: installing ${missing[*]} needs root or sudo" >&2; exit 1; }
    sudo=sudo
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Update the package lists only when they are absent or the install cannot find a package.
  if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e '^lock$' -e '^partial$' -e '^auxfiles$')" ]; then
    $sudo apt-get update -qq
  fi
  if ! $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
else
  step "Jupyter: already installed"
fi
"$PYTHON" -m jupyter nbconvert --version >/dev/null

# --- 2. tslab, outside the project --------------------------------------------------------
installed=$(node -p "try { require('$TSLAB_DIR/node_modules/tslab/package.json').version } catch { '' }")
if [ "$installed" != "$TSLAB_VERSION" ] || ! node -e "require('$TSLAB_DIR/node_modules/zeromq')" 2>/dev/null; then
  step "installing tslab $TSLAB_VERSION into $TSLAB_DIR"
  mkdir -p "$TSLAB_DIR"
  [ -f "$TSLAB_DIR/package.json" ] || echo '{ "private": true, "description": "tslab for collabsim notebooks" }' >"$TSLAB_DIR/package.json"
  (cd "$TSLAB_DIR" && npm install --prefix "$TSLAB_DIR" --no-audit --no-fund --loglevel=error \
    "tslab@$TSLAB_VERSION" "zeromq@$ZEROMQ_VERSION")
  if ! node -e "require('$TSLAB_DIR/node_modules/zeromq')"; then
    echo "run-notebooks: zeromq $ZEROMQ_VERSION has no prebuilt binary for $(node -p 'process.platform + "-" + process.arch') in its npm package, and building one needs cmake and vcpkg downloads" >&2
    exit 1
  fi
else
  step "tslab $TSLAB_VERSION: already installed in $TSLAB_DIR"
fi

# --- 3. the kernel, registered for /usr/bin/python3's Jupyter ------------------------------
step "registering the tslab kernel with $PYTHON"
user_flag=()
[ "$(id -u)" -eq 0 ] || user_flag=(--user)
"$TSLAB_DIR/node_modules/.bin/tslab" install --python="$PYTHON" --binary="$TSLAB_DIR/node_modules/.bin/tslab" "${user_flag[@]}" >/dev/null
"$PYTHON" -m jupyter kernelspec list 2>/dev/null | grep -q '^ *tslab ' || { echo "run-notebooks: the tslab kernel is not registered" >&2; exit 1; }

# --- 4. the compiled library --------------------------------------------------------------
step "building dist/ (npm run build)"
npm run --silent build

# --- 5. execute every notebook --------------------------------------------------------------
keep=$out
if [ -z "$out" ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"
failed=0
for notebook in "${notebooks[@]}"; do
  step "executing $notebook"
  start=$SECONDS
  # --allow-errors keeps the outputs of a failing cell (tslab writes type errors and stack
  # traces to stderr, which nbconvert's own error message leaves out); the check below fails
  # on them instead, showing the cell and its message.
  if ! "$PYTHON" -m jupyter nbconvert --to notebook --execute --allow-errors \
    --ExecutePreprocessor.timeout=600 --output-dir "$out" --log-level=WARN "$notebook"; then
    echo "FAILED: $notebook (could not be executed; see above)" >&2
    failed=1
    continue
  fi
  # Every cell must succeed without writing to stderr, and every notebook must show a chart.
  if ! "$PYTHON" - "$out/$(basename "$notebook")" "$notebook" <<'EOF'; then
import json, sys
nb = json.load(open(sys.argv[1]))
charts, problems = 0, []
text = lambda value: value if isinstance(value, str) else "".join(value or [])
for number, cell in enumerate(nb["cells"], 1):
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        charts += "image/svg+xml" in data or "text/html" in data
        if output.get("output_type") == "error":
            message = "\n".join(output.get("traceback") or []) or f"{output.get('ename')}: {output.get('evalue')}"
        elif output.get("name") == "stderr":
            message = text(output.get("text"))
        else:
            continue
        problems.append(f"cell {number}:\n{text(cell['source'])}\n--- error ---\n{message}")
if problems:
    sys.exit(f"{sys.argv[2]}: a cell failed or wrote to stderr\n\n" + "\n\n".join(problems[:3]))
if charts == 0:
    sys.exit(f"{sys.argv[2]}: no chart (no SVG or HTML display output)")
print(f"ok: {charts} charts")
EOF
    echo "FAILED: $notebook" >&2
    failed=1
    continue
  fi
  echo "$notebook: $((SECONDS - start)) s"
done

[ "$failed" -eq 0 ] || { echo "run-notebooks: some notebooks failed" >&2; exit 1; }
echo
echo "all ${#notebooks[@]} notebooks ran${keep:+; executed copies in $out}"
