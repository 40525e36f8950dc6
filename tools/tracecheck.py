#!/usr/bin/python3
"""tracecheck.py CASE TRACE.json SRC.g STDERR — facts a goroutine trace must hold.

Called by tools/tracetests.sh after running SRC.g with GOCCTRACE=TRACE.json;
STDERR is what the program wrote there.  Exits 1 with the first broken fact
on its first line.  Facts every trace must hold (structure):
  - it parses as JSON with traceEvents and a gocc object, and every event
    has the fields the trace-event format requires for its phase;
  - goroutine state slices never overlap on a goroutine's row, P slices
    never overlap on a P's row, M slices never overlap on an M's row
    (Perfetto draws X slices only where they nest);
  - every flow start has its end;
  - every goroutine made by a `go` statement names that statement's line,
    and every `go` statement of SRC that ran has a goroutine made there.
Then the facts of each CASE (see the functions below).
"""
import json
import re
import sys


def die(msg):
    print(msg)
    sys.exit(1)


def go_lines(src):
    """The lines of SRC's `go` statements."""
    lines = set()
    for i, line in enumerate(open(src, encoding='utf-8'), 1):
        if re.match(r'\s*go\s', line):
            lines.add(i)
    return lines


def line_of(src, pattern, nth=1):
    """The line number of SRC's nth line matching pattern."""
    k = 0
    for i, line in enumerate(open(src, encoding='utf-8'), 1):
        if re.search(pattern, line):
            k += 1
            if k == nth:
                return i
    die('no line matching %r in %s' % (pattern, src))


def structure(t, src):
    if not isinstance(t.get('traceEvents'), list) or not isinstance(t.get('gocc'), dict):
        die('no traceEvents or gocc object')
    evs = t['traceEvents']
    for e in evs:
        for f in ('ph', 'pid', 'tid', 'name'):
            if f not in e:
                die('event without %s: %r' % (f, e))
        if e['ph'] != 'M' and not isinstance(e.get('ts'), (int, float)):
            die('event without ts: %r' % e)
        if e['ph'] == 'X' and not (isinstance(e.get('dur'), (int, float)) and e['dur'] >= 0):
            die('X event without a duration: %r' % e)
    rows = {}
    for e in evs:
        if e['ph'] == 'X':
            rows.setdefault((e['pid'], e['tid']), []).append((e['ts'], e['ts'] + e['dur'], e['name']))
    for key, sl in rows.items():
        sl.sort()
        for a, b in zip(sl, sl[1:]):
            if b[0] < a[1] - 0.002:
                die('slices overlap on pid %d tid %d: %r and %r' % (key[0], key[1], a, b))
    # Perfetto's rules for JSON: a tid seen under two pids is taken for a
    # new thread (lanes would split); a flow pairs its s and f by id, cat
    # and name, and binds each to the slice enclosing it on its own row.
    pids = {}
    for e in evs:
        if pids.setdefault(e['tid'], e['pid']) != e['pid'] and e['ph'] != 'M' or \
                (e['ph'] == 'M' and e['name'] == 'thread_name' and pids[e['tid']] != e['pid']):
            die('tid %d used under pid %d and pid %d' % (e['tid'], pids[e['tid']], e['pid']))
    fl = {}
    for e in evs:
        if e['ph'] in 'sf':
            fl.setdefault(e['id'], []).append(e)
            sl = rows.get((e['pid'], e['tid']), [])
            if not any(a <= e['ts'] <= b for a, b, _ in sl):
                die('flow %s %s at %s on tid %d has no enclosing slice' % (e['ph'], e['id'], e['ts'], e['tid']))
    for fid, es in fl.items():
        if len({(e['cat'], e['name']) for e in es}) != 1:
            die('flow %s has parts with different cat/name: %r' % (fid, es))
    # every flow end has its start (a start may lack its end: the woken
    # goroutine had not run again when the program ended)
    starts = {e['id'] for e in evs if e['ph'] == 's'}
    ends = {e['id'] for e in evs if e['ph'] == 'f'}
    if ends - starts:
        die('flow ends without a start: %s' % sorted(ends - starts)[:5])
    gs = t['gocc']['goroutines']
    name = src.rsplit('/', 1)[-1]
    made = set()
    for g in gs:
        if g['parent']:
            m = re.fullmatch(re.escape(name) + r':(\d+)', g['created_at'])
            if not m:
                die('G%d (%s) has no creation line in %s: %r' % (g['goid'], g['func'], name, g['created_at']))
            made.add(int(m.group(1)))
    want = go_lines(src)
    if made - want:
        die('goroutines made at lines with no go statement: %s (go statements at %s)'
            % (sorted(made - want), sorted(want)))
    return gs, evs


def states(evs, goid):
    """A goroutine's state slices in time order."""
    return sorted((e for e in evs if e['ph'] == 'X' and e['pid'] == 3 and e['tid'] == goid),
                  key=lambda e: e['ts'])


def goroutine(gs, func):
    for g in gs:
        if g['func'] == func:
            return g
    die('no goroutine running %s: %s' % (func, [g['func'] for g in gs]))


def case_say(t, gs, evs, src, err):
    # lecture_say.g: main, say("world"), the literal; main sleeps once before
    # its own say, so 1 + 3 sleeps; say("world") sleeps 3 times.
    if len(gs) != 3:
        die('want 3 goroutines, have %d' % len(gs))
    funcs = sorted(g['func'] for g in gs)
    if funcs != ['main.main', 'main.main.func1', 'main.say']:
        die('goroutine functions %s' % funcs)
    sleep_line = '%s:%d' % (src.rsplit('/', 1)[-1], line_of(src, r'time\.Sleep\(100'))
    for func, n in (('main.main', 4), ('main.say', 3)):
        g = goroutine(gs, func)
        sl = [e for e in states(evs, g['goid']) if e['name'] == 'sleep']
        if len(sl) != n:
            die('%s blocks in sleep %d times, want %d' % (func, len(sl), n))
        if func == 'main.say' and any(e['args'].get('at') != sleep_line for e in sl):
            die('main.say sleeps at %s, want %s' % ({e['args'].get('at') for e in sl}, sleep_line))
    go1 = line_of(src, r'go say\(')
    w = goroutine(gs, 'main.say')
    if w['created_at'] != 'lecture_say.g:%d' % go1:
        die('say("world") created at %s, want line %d' % (w['created_at'], go1))
    if not any(e['ph'] == 'i' and e.get('cat') == 'go' for e in evs):
        die('no go-statement instants')


def case_pingpong(t, gs, evs, src, err):
    if len(gs) != 2:
        die('want 2 goroutines, have %d' % len(gs))
    player = goroutine(gs, 'main.player')
    main = goroutine(gs, 'main.main')
    wakes = [e for e in evs if e.get('cat') == 'wake']
    fr = {(e['tid'], e['ph']) for e in wakes}
    for who, other in ((main, player), (player, main)):
        if (who['goid'], 's') not in fr or (who['goid'], 'f') not in fr:
            die('no wake-up flow both from and to G%d: %s' % (who['goid'], sorted(fr)))
    # (run at GOMAXPROCS=1, where the hand-offs happen in one order; the
    # facts below hold in any order but that the player blocks at all)
    name = src.rsplit('/', 1)[-1]
    ping = '%s:%d' % (name, line_of(src, r'ping := make'))
    pong = '%s:%d' % (name, line_of(src, r'pong := make'))
    done = '%s:%d' % (name, line_of(src, r'done := make'))
    where = {'%s:%d' % (name, line_of(src, r'n, ok := <-in')): ('chan receive', ping),
             '%s:%d' % (name, line_of(src, r'out <- n')): ('chan send', pong),
             '%s:%d' % (name, line_of(src, r'done <- true')): ('chan send', done)}
    chans = [c['name'] for c in t['gocc']['channels']]
    for c in (ping, pong, done):
        if not any(n.endswith('made at ' + c) for n in chans):
            die('no channel named by its make at %s: %s' % (c, chans))
    blocked = [e for e in states(evs, player['goid']) if e['name'] not in ('running', 'runnable', 'syscall')]
    if not blocked:
        die('the player never blocks')
    for e in blocked:
        at = e['args'].get('at')
        if at not in where or where[at][0] != e['name'] or not e['args'].get('chan', '').endswith(
                'made at ' + where[at][1]):
            die('the player blocks in %s at %s on %s; its channel operations are %s'
                % (e['name'], at, e['args'].get('chan'), where))


def case_steal(t, gs, evs, src, err):
    steals = [e for e in evs if e.get('cat') == 'steal']
    if not steals:
        die('no steal with GOMAXPROCS=2 and 40 goroutines queued on one P')
    ps = {e['tid'] for e in evs if e['ph'] == 'X' and e['pid'] == 1}
    if len(ps) < 2:
        die('work ran on %d P(s)' % len(ps))
    if t['gocc']['stats']['steals'] < len(steals):
        die('stats count fewer steals than the trace shows')


def case_handoff(t, gs, evs, src, err):
    r = goroutine(gs, 'main.reader')
    tk = goroutine(gs, 'main.ticker')
    sys_ = [e for e in states(evs, r['goid']) if e['name'] == 'syscall']
    if not sys_ or max(e['dur'] for e in sys_) < 100000:
        die('the reader is not in a system call for 100 ms: %s' % [e['dur'] for e in sys_])
    hand = [e for e in evs if e.get('cat') == 'handoff']
    if not hand:
        die('no P hand-off while the reader blocks')
    long_ = max(sys_, key=lambda e: e['dur'])
    ms = {e['args']['m'] for e in evs if e['ph'] == 'X' and e['pid'] == 2 and e['args']['goid'] == tk['goid']
          and long_['ts'] < e['ts'] < long_['ts'] + long_['dur']}
    if not ms or long_['args']['m'] in ms:
        die('the ticker did not run on another M while the reader blocked (M%s; ticker on %s)'
            % (long_['args']['m'], ms))


def stats_line(err):
    for line in open(err, errors='replace'):
        if line.startswith('gocc stats: '):
            return dict(kv.split('=', 1) for kv in line.split()[2:])
    die('no "gocc stats:" line on stderr')


def case_many(t, gs, evs, src, err):
    st = stats_line(err)
    if int(st['goroutines']) != 100001:
        die('stats: goroutines=%s, want 100001 (with main)' % st['goroutines'])
    if int(st['peak_live']) < 100000:
        die('stats: peak_live=%s, want all 100,000 alive at once' % st['peak_live'])
    mean = int(st['stack_mean'].rstrip('B'))
    if not 1024 <= mean <= 2048:
        die('stats: stack_mean=%s, want about 1.5 KB' % st['stack_mean'])
    if len(gs) != 100001:
        die('the trace has %d goroutines, want 100001' % len(gs))


def case_osexit(t, gs, evs, src, err):
    if t['gocc']['exit'] != 'os.Exit(3)':
        die('exit %r, want os.Exit(3)' % t['gocc']['exit'])
    g = [g for g in gs if g['goid'] != 1][0]
    if g['end_us'] is not None:
        die('the sleeping goroutine ended before the exit')


def case_panic(t, gs, evs, src, err):
    if t['gocc']['exit'] != 'panic':
        die('exit %r, want panic' % t['gocc']['exit'])
    if 'panic: boom' not in open(err, errors='replace').read():
        die('no "panic: boom" on stderr')
    g = goroutine(gs, 'main.boom')
    if g['stack_peak'] < 1536:
        die('stack_peak %d' % g['stack_peak'])


def case_deadlock(t, gs, evs, src, err):
    if t['gocc']['exit'] != 'all goroutines are asleep - deadlock!':
        die('exit %r' % t['gocc']['exit'])
    main = goroutine(gs, 'main.main')
    last = states(evs, main['goid'])[-1]
    want = '%s:%d' % (src.rsplit('/', 1)[-1], line_of(src, r'fmt.Println\(<-ch\)', 3))
    if last['name'] != 'chan receive' or last['args'].get('at') != want:
        die('main ends in %s at %s, want chan receive at %s' % (last['name'], last['args'].get('at'), want))


def case_dropped(t, gs, evs, src, err):
    if not t['gocc']['dropped'] > 0:
        die('a 64-record buffer dropped nothing (%d records)' % t['gocc']['events'])
    # goroutines whose creation was dropped are still listed, each its own
    known = {g['goid'] for g in gs}
    seen = {e['tid'] for e in evs if e['pid'] == 3 and e['ph'] != 'M'}
    if seen - known:
        die('goroutines in the events but not in the table: %s' % sorted(seen - known)[:5])
    if not t['gocc']['sources']:
        die('no source embedded')


def sched_lines(err):
    return [l.rstrip('\n') for l in open(err, errors='replace') if l.startswith('SCHED ')]


def case_schedtrace(t, gs, evs, src, err):
    lines = sched_lines(err)
    pat = re.compile(r'SCHED \d+ms: gomaxprocs=2 idleprocs=\d+ threads=\d+ spinningthreads=\d+ '
                     r'idlethreads=\d+ runqueue=\d+ \[\d+ \d+\]')
    if len(lines) < 3:
        die('%d SCHED lines in 350 ms at schedtrace=50' % len(lines))
    for l in lines:
        if not pat.fullmatch(l):
            die('not Go\'s format: %r' % l)
    # (Go's first line is at about 0ms; when sysmon first looks depends
    # on the machine's load, so only the order is checked)
    ms = [int(l.split()[1][:-3]) for l in lines]
    if ms != sorted(ms):
        die('SCHED times go backwards: %s' % ms)


def case_scheddetail(t, gs, evs, src, err):
    text = open(err, errors='replace').read()
    for pat in (r'SCHED \d+ms: gomaxprocs=2 idleprocs=\d+ threads=\d+ .* runqueue=\d+ gcwaiting=0',
                r'\n  P0: status=\d+ schedtick=\d+ syscalltick=\d+ m=-?\d+ runqsize=\d+ gfreecnt=\d+',
                r'\n  M0: p=-?\d+ curg=-?\d+ .*spinning=(true|false)',
                r'\n  G1: status=\d\([a-z ]*\) m=-?\d+ lockedm=-1'):
        if not re.search(pat, text):
            die('no line like %r' % pat)


def case_lecture(t, gs, evs, src, err):
    if not gs or gs[0]['goid'] != 1 or gs[0]['func'] != 'main.main':
        die('goroutine 1 is not main.main')
    want = go_lines(src)
    made = {int(g['created_at'].rsplit(':', 1)[1]) for g in gs if g['parent']}
    if want - made:
        die('go statements at %s made no goroutine in the trace' % sorted(want - made))


def main():
    case, path, src, err = sys.argv[1:5]
    try:
        t = json.load(open(path))
    except (OSError, ValueError) as e:
        die('the trace does not load: %s' % e)
    gs, evs = structure(t, src)
    if case not in ('schedtrace', 'scheddetail', 'dropped'):
        if t['gocc']['dropped']:
            die('%d records dropped' % t['gocc']['dropped'])
    globals()['case_' + case](t, gs, evs, src, err)


main()
