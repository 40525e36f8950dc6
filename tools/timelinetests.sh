#!/bin/bash
# timelinetests.sh GOCC [--png DIR] [FILE.json ...] — test the trace timeline
# page (compiler/timeline.html) in headless Chromium.
#
# For each trace (default: testdata/trace/*.json) it runs
#   GOCC trace FILE.json -o PAGE.html
# and then checks:
#   - the page carries the trace: the marker line is gone and the JSON in
#     <script id="trace"> parses to what FILE.json does (gocc writes every
#     "<" as "\u003c" there) and holds no "<" at all;
#   - the page asks for nothing from the network (no URLs, fetch, XHR, ...);
#   - one headless Chromium run (--dump-dom and --screenshot at once), after
#     rendering: body data-ready="1", no
#     data-errors, no console messages, and <div id="summary"> has
#     data-slices = the number of pid-1 "running" X events, data-goroutines =
#     len(gocc.goroutines) = the number of <tr class="grow"> rows (one per goid),
#     data-events = len(traceEvents); a dropped banner if gocc.dropped > 0;
#   - a 1400x900 screenshot is not blank: the page has >= 20 colours and the
#     plot (where data-plot says it is) >= 20 colours and >= 5% of its pixels
#     not its background.
# --png DIR keeps each screenshot as DIR/NAME.png (the docs embed them).
# Prints "PASS timeline/NAME  Ts" or "FAIL timeline/NAME  Ts: why" per trace
# (T: seconds for that trace, gocc + Chromium + checks), and ends
# with "N passed, M failed"; exits 1 if anything failed.
# Needs /usr/bin/chromium (CHROMIUM overrides) and python3 (stdlib only).

root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] || { echo "usage: $0 GOCC [--png DIR] [FILE.json ...]" >&2; exit 2; }
gocc=$1; shift
pngdir="" files=()
while [ $# -gt 0 ]; do
    case $1 in
        --png) pngdir=$2; shift 2 ;;
        --png=*) pngdir=${1#--png=}; shift ;;
        *) files+=("$1"); shift ;;
    esac
done
[ ${#files[@]} -gt 0 ] || files=("$root"/testdata/trace/*.json)
[ -n "$pngdir" ] && mkdir -p "$pngdir"
chromium=${CHROMIUM:-/usr/bin/chromium}
python=/usr/bin/python3; [ -x "$python" ] || python=python3
timeout=${TEST_TIMEOUT:-120}

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# Headless Chromium, always with a fresh profile and without the background
# services that would try to reach the network.
chrome() {
    local prof rc
    prof=$(mktemp -d "$tmp/profile.XXXXXX")
    timeout -k 5 "$timeout" "$chromium" --headless --no-sandbox --disable-gpu --disable-quic \
        --no-first-run --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$prof" --enable-logging=stderr --v=0 --hide-scrollbars \
        --window-size=1400,900 --virtual-time-budget=5000 "$@"
    rc=$?
    rm -rf "$prof"
    return $rc
}

# check.py TRACE.json PAGE.html DOM.html CHROME-STDERR SHOT.png: prints why
# the page fails, nothing if it passes.
cat > "$tmp/check.py" <<'EOF'
import collections, html.parser, itertools, json, re, struct, sys, zlib

def fail(why):
    print(why)
    sys.exit(0)

trace_path, page_path, dom_path, err_path, png_path = sys.argv[1:6]
trace = json.load(open(trace_path, encoding='utf-8'))
evs = trace.get('traceEvents', [])
info = trace.get('gocc', {})
want_slices = sum(1 for e in evs if e.get('ph') == 'X' and e.get('pid') == 1 and e.get('cat') == 'running')
want_goids = sorted(int(g['goid']) for g in info.get('goroutines', []))

# The page as gocc wrote it.
page = open(page_path, encoding='utf-8').read()
if '/*@GOCC_TRACE_JSON@*/' in page:
    fail('the page still has the /*@GOCC_TRACE_JSON@*/ marker')
m = re.search(r'<script id="trace" type="application/json">(.*?)</script>', page, re.S)
if not m:
    fail('no <script id="trace" type="application/json"> in the page')
try:
    if '<' in m.group(1):
        fail('the JSON in the page has a raw "<" (gocc trace writes \\u003c)')
    carried = json.loads(m.group(1))
except ValueError as e:
    fail('the JSON in the page does not parse: %s' % e)
if carried != trace:
    fail('the JSON in the page differs from the trace file')
rest = page[:m.start()] + page[m.end():]
for pat in (r'https?://', r'\bfetch\s*\(', r'XMLHttpRequest', r'WebSocket', r'EventSource',
            r'sendBeacon', r'@import', r'url\(', r'<link[^>]+stylesheet', r'<(img|script|iframe)[^>]+src='):
    if re.search(pat, rest, re.I):
        fail('the page could reach the network: it contains /%s/' % pat)

# The DOM after rendering.
class Dom(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.body = {}; self.summary = None; self.ids = set(); self.rows = []; self.in_gtable = 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if 'id' in a: self.ids.add(a['id'])
        if tag == 'body': self.body = a
        if a.get('id') == 'summary': self.summary = a
        if tag == 'table': self.in_gtable = 1 if a.get('id') == 'goroutines' else (self.in_gtable and self.in_gtable + 1)
        if tag == 'tr' and self.in_gtable and 'grow' in (a.get('class') or '').split():
            self.rows.append(a.get('data-goid'))
    def handle_endtag(self, tag):
        if tag == 'table' and self.in_gtable: self.in_gtable -= 1
dom = Dom()
dom.feed(open(dom_path, encoding='utf-8', errors='replace').read())
if dom.body.get('data-ready') != '1':
    fail('body data-ready is %r, not "1"' % dom.body.get('data-ready'))
if dom.body.get('data-errors'):
    fail('the page reported %s error(s)' % dom.body.get('data-errors'))
console = [l for l in open(err_path, errors='replace') if ':CONSOLE' in l]
if console:
    fail('console message: ' + console[0].strip()[:300])
s = dom.summary
if s is None:
    fail('no <div id="summary">')
for attr, want in (('data-slices', want_slices), ('data-goroutines', len(want_goids)), ('data-events', len(evs))):
    if s.get(attr) != str(want):
        fail('%s is %r, want %d' % (attr, s.get(attr), want))
if len(dom.rows) != len(want_goids):
    fail('%d <tr class="grow"> rows, want %d' % (len(dom.rows), len(want_goids)))
try:
    got_goids = sorted(int(g) for g in dom.rows)
except (TypeError, ValueError):
    fail('a goroutine row has no numeric data-goid')
if got_goids != want_goids:
    fail('the goroutine rows are for goids %s, want %s' % (got_goids[:10], want_goids[:10]))
if (info.get('dropped') or 0) > 0 and 'dropped' not in dom.ids:
    fail('gocc.dropped is %s but there is no id="dropped" banner' % info['dropped'])
try:
    px, py, pw, ph = (int(v) for v in s.get('data-plot', '').split())
except ValueError:
    fail('summary has no data-plot="x y w h"')

# The screenshot: decode the PNG (8-bit grey/RGB/RGBA, not interlaced).
def decode_png(path):
    d = open(path, 'rb').read()
    if d[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    pos, idat, hdr = 8, [], None
    while pos + 8 <= len(d):
        n, = struct.unpack('>I', d[pos:pos + 4])
        typ, body = d[pos + 4:pos + 8], d[pos + 8:pos + 8 + n]
        pos += 12 + n
        if typ == b'IHDR': hdr = struct.unpack('>IIBBBBB', body)
        elif typ == b'IDAT': idat.append(body)
        elif typ == b'IEND': break
    w, h, depth, ctype, _, _, interlace = hdr
    if depth != 8 or interlace or ctype not in (0, 2, 4, 6):
        raise ValueError('unsupported PNG %r' % (hdr,))
    bpp = {0: 1, 2: 3, 4: 2, 6: 4}[ctype]
    raw = zlib.decompress(b''.join(idat))
    stride = w * bpp
    prev, rows = bytes(stride), []
    def paeth(a, e):
        x, b, c = e
        p = a + b - c
        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
        return (x + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for y in range(h):
        f, line = raw[y * (stride + 1)], raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)]
        if f == 0:
            cur = line
        elif f == 2:
            cur = bytes(map(lambda a, b: (a + b) & 255, line, prev))
        else:                       # Sub, Average, Paeth: one channel at a time
            out = bytearray(stride)
            for c in range(bpp):
                r, up = line[c::bpp], prev[c::bpp]
                if f == 1:
                    seq = itertools.accumulate(r, lambda a, x: (a + x) & 255)
                elif f == 3:
                    seq = itertools.accumulate(zip(r, up), lambda a, e: (e[0] + ((a + e[1]) >> 1)) & 255, initial=0)
                    next(seq)
                elif f == 4:
                    seq = itertools.accumulate(zip(r, up, (0,) + tuple(up[:-1])), paeth, initial=0)
                    next(seq)
                else:
                    raise ValueError('bad PNG filter %d' % f)
                out[c::bpp] = bytes(seq)
            cur = bytes(out)
        rows.append(cur)
        prev = cur
    return w, h, bpp, rows

try:
    w, h, bpp, rows = decode_png(png_path)
except (OSError, ValueError, zlib.error, TypeError, struct.error) as e:
    fail('cannot read the screenshot: %s' % e)
def colours(x0, y0, x1, y1):
    cnt = collections.Counter()
    for r in rows[max(0, y0):min(h, y1)]:
        r = r[max(0, x0) * bpp:min(w, x1) * bpp]
        cnt.update(r[i:i + bpp] for i in range(0, len(r), bpp))
    return cnt
whole = colours(0, 0, w, h)
if len(whole) < 20:
    fail('the screenshot is blank: %d colours' % len(whole))
plot = colours(px, py, px + pw, py + ph)
n = sum(plot.values())
if n == 0:
    fail('the plot (%s) is outside the screenshot' % s.get('data-plot'))
bgn = plot.most_common(1)[0][1]
if len(plot) < 20 or (n - bgn) < 0.05 * n:
    fail('the timeline is blank: %d colours, %.1f%% of the plot drawn' % (len(plot), 100.0 * (n - bgn) / n))
EOF

pass=0 fail=0
for f in "${files[@]}"; do
    name=$(basename "$f" .json)
    start=$(date +%s%N)
    page=$tmp/$name.html shot=$tmp/$name.png why=""
    rm -f "$page" "$shot"
    if ! "$gocc" trace "$f" -o "$page" > "$tmp/gocc.out" 2>&1; then
        why="$gocc trace failed: $(head -3 "$tmp/gocc.out" | tr '\n' ' ')"
    elif [ ! -s "$page" ]; then
        why="$gocc trace wrote no page"
    elif ! chrome --dump-dom --screenshot="$shot" "file://$page" > "$tmp/dom.html" 2> "$tmp/chrome.err"; then
        why="chromium failed (status $?): $(grep -v -e dbus -e '^$' "$tmp/chrome.err" | tail -2 | tr '\n' ' ')"
    elif [ ! -s "$shot" ]; then
        why="chromium wrote no screenshot"
    else
        why=$("$python" "$tmp/check.py" "$f" "$page" "$tmp/dom.html" "$tmp/chrome.err" "$shot" 2>&1)
        [ -n "$pngdir" ] && cp "$shot" "$pngdir/$name.png"
    fi
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    secs=$(printf "%d.%02d" $((ms / 1000)) $((ms % 1000 / 10)))
    if [ -z "$why" ]; then
        pass=$((pass + 1)); printf 'PASS timeline/%s  %ss\n' "$name" "$secs"
    else
        fail=$((fail + 1)); printf 'FAIL timeline/%s  %ss: %s\n' "$name" "$secs" "$(printf '%s' "$why" | head -5 | tr '\n' ' ')"
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
