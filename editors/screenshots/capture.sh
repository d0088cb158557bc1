#!/usr/bin/env bash
# Remakes docs/images/editor-diagnostics.png and editor-completion.png: Debian's Neovim (0.7) in tmux,
# set up as the README's "Editor support" says, on a copy of the example site with guide.md added;
# the terminal's screen (tmux capture-pane) drawn as HTML and photographed by headless Chromium.
# Needs nvim, tmux, chromium and language-server/target/quire-language-server.jar. Run from the root.
set -euo pipefail
root="$(pwd)"
work="$(mktemp -d)"
cp -r examples/src "$work/" && rm -rf "$work/src/test" "$work/src/it"
cp editors/screenshots/guide.md "$work/src/main/resources/pages/guide.md"
sed "s|/work/main/|$root/|" editors/screenshots/init.lua > "$work/init.lua"
cd "$work"
tmux kill-session -t quire-shot 2>/dev/null || true
tmux new-session -d -s quire-shot -x 110 -y 22 "nvim --clean -n -u $work/init.lua src/main/resources/pages/guide.md"
sleep 12
tmux capture-pane -t quire-shot -e -p > diagnostics.ansi
tmux send-keys -t quire-shot Escape ':13' Enter 'A' && sleep 0.5 && tmux send-keys -t quire-shot C-x C-o && sleep 3
tmux capture-pane -t quire-shot -e -p > completion.ansi
tmux kill-session -t quire-shot
for shot in diagnostics completion; do
  python3 "$root/editors/screenshots/ansi2html.py" "$shot.ansi" "$shot.html" "Neovim: Quire $shot"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1060,470 \
    --screenshot="$root/docs/images/editor-$shot.png" "file://$work/$shot.html"
done
