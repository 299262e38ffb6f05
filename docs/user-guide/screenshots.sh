#!/bin/sh
# Retakes the user guide's screenshots with the product itself (bridgework workbench --screenshot), one per
# perspective, on a copy of the sample project. Needs a display; without one it runs itself under xvfb-run.
#   docs/user-guide/screenshots.sh [PRODUCT_BIN]      (default: releng/product/target/bridgework/bin/bridgework)
# Then commit the changed PNGs in docs/user-guide/images/ with the guide.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../../releng/product/target/bridgework/bin/bridgework}
if [ -z "${DISPLAY:-}" ] && [ -z "${BRIDGEWORK_SCREENSHOTS_XVFB:-}" ]; then
    BRIDGEWORK_SCREENSHOTS_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$bin"
fi
# the workbench's own folders, so the screenshots show the default layout and nothing of the user's
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="${XDG_CACHE_HOME:-$tmp/cache}"
for perspective in scope literature criteria case-studies drafting review assembly; do
    "$bin" workbench --sample --perspective="$perspective" --size=1024x640 \
        --screenshot="$here/images/$perspective.png" --exit
    echo "images/$perspective.png"
done
