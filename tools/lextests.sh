#!/bin/bash
# lextests.sh [GOCC [DIR]] — the lexer's golden tests (defaults: build/gocc,
# testdata/lex).  Each DIR/NAME.g is run as `GOCC -dump-tokens NAME.g`
# from inside DIR (so messages name the file as Go would), and:
#   NAME.tokens  the expected stdout, exactly; stderr must be empty and
#                the exit status 0;
#   NAME.err     the expected first line of stderr (Go's message for the
#                same file, as `go tool compile` prints it, with .go
#                renamed .g); the exit status must be 1.
# Ends with the line "N passed, M failed"; exits 1 if anything failed.
gocc=$(realpath "${1:-build/gocc}") dir=${2:-testdata/lex}
pass=0 fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for src in "$dir"/*.g; do
    t=$(basename "$src" .g)
    (cd "$dir" && timeout -k 5 30 "$gocc" -dump-tokens "$t.g") >"$tmp/out" 2>"$tmp/err"
    got_exit=$?
    why=""
    if [ -f "$dir/$t.tokens" ]; then
        if [ "$got_exit" != 0 ]; then
            why="exit status $got_exit, want 0"; head -5 "$tmp/err" > "$tmp/diff"
        elif ! cmp -s "$dir/$t.tokens" "$tmp/out"; then
            why="tokens differ"; diff "$dir/$t.tokens" "$tmp/out" | head -20 > "$tmp/diff"
        elif [ -s "$tmp/err" ]; then
            why="unexpected stderr"; head -5 "$tmp/err" > "$tmp/diff"
        fi
    elif [ -f "$dir/$t.err" ]; then
        head -1 "$tmp/err" > "$tmp/first"
        if [ "$got_exit" != 1 ]; then
            why="exit status $got_exit, want 1"; head -5 "$tmp/err" > "$tmp/diff"
        elif ! cmp -s "$dir/$t.err" "$tmp/first"; then
            why="first error differs"; diff "$dir/$t.err" "$tmp/first" > "$tmp/diff"
        fi
    else
        why="no $t.tokens or $t.err"
    fi
    if [ -z "$why" ]; then
        pass=$((pass + 1)); printf 'PASS lex/%s\n' "$t"
    else
        fail=$((fail + 1)); printf 'FAIL lex/%-28s %s\n' "$t" "$why"
        [ -f "$tmp/diff" ] && { sed 's/^/    /' "$tmp/diff"; rm -f "$tmp/diff"; }
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
