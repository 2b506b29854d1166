#!/usr/bin/env bash
# Installs what the project needs, once, and is quick when all of it is there:
#   - npm packages from package-lock.json (npm ci), again whenever the lockfile changes;
#   - Chromium's headless shell (prints the PDFs; about half the launch time of the full
#     browser's headless mode), Chromium (drives the accessibility tests), poppler-utils
#     and qpdf (read PDFs back), Java (runs the Nu HTML Checker in the tests), and
#     Debian's Noto fonts for the scripts people write in their answers (Arabic, Hebrew,
#     Devanagari, Thai, Greek, Cyrillic; CJK and emoji come from npm font packages),
#     through apt-get when they are missing and apt-get can run.
# Elsewhere it says how to point at a Chrome instead. Safe to run any number of times.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

# --- Node --------------------------------------------------------------------
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  say "Node.js 20 or newer is needed (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

# --- npm packages ------------------------------------------------------------
# The stamp holds the lockfile's hash: npm ci runs on a fresh clone and after every
# lockfile change, and is skipped otherwise.
stamp=node_modules/.setup-lock-hash
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  printf '%s\n' "$lock_hash" > "$stamp"
fi

# --- system tools ------------------------------------------------------------
have_chrome() {
  if [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ]; then [ -x "$PUPPETEER_EXECUTABLE_PATH" ]; return; fi
  command -v chromium >/dev/null || command -v chromium-browser >/dev/null \
    || command -v google-chrome-stable >/dev/null || command -v google-chrome >/dev/null
}

missing=()
have_chrome || missing+=(chromium)
# The shell is what the PDFs are printed with; a PUPPETEER_EXECUTABLE_PATH of your own is used as it is.
if [ -z "${PUPPETEER_EXECUTABLE_PATH:-}" ] && [ ! -x /usr/lib/chromium/chromium-headless-shell ] && [ ! -x /usr/bin/chromium-headless-shell ]; then
  missing+=(chromium-headless-shell)
fi
[ -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] || missing+=(fonts-noto-core)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v qpdf >/dev/null || missing+=(qpdf)
command -v java >/dev/null || missing+=(default-jre-headless)

if [ ${#missing[@]} -gt 0 ]; then
  apt=()
  if command -v apt-get >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then apt=(apt-get); elif sudo -n true 2>/dev/null; then apt=(sudo apt-get); fi
  fi
  if [ ${#apt[@]} -gt 0 ]; then
    say "installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    # Debian's Java packages link their manual pages into /usr/share/man/man1, which slim images lack.
    mkdir -p /usr/share/man/man1 2>/dev/null || true
    "${apt[@]}" update -qq
    "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" fonts-liberation >/dev/null
  else
    say "missing: ${missing[*]}; apt-get cannot run here (it needs root or sudo)." >&2
    say "  Install them with your package manager, or point at a Chrome you have:" >&2
    say "    export PUPPETEER_EXECUTABLE_PATH=/path/to/chrome" >&2
    say "  or let puppeteer download its own: npx puppeteer browsers install chrome" >&2
    say "  The build works without them; the browser tests and PDFs need a Chrome." >&2
  fi
fi
