// Package sync: Mutex, RWMutex, WaitGroup, Once, Cond, Map.
//
// The types are laid out exactly as the runtime's (gort.h, "sync":
// gort_mutex, gort_rwmutex, gort_waitgroup, gort_once, gort_cond, all
// ready to use as zero bytes), so the bodyless methods
// (runtime/lib_sync.c) hand their receivers straight to the runtime;
// lib_sync.c checks size and alignment with _Static_assert.  The fields
// are unexported and never touched from G.  Map is written in G.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// The runtime's semaphore (gort_sema): a count and a queue of parked
// goroutines.
type sema struct {
	count uint32
	nwait uint32
	lock  uint32
	pad   uint32
	waitq *byte
}

// A Mutex is a mutual exclusion lock (gort_mutex).
type Mutex struct {
	state int32
	pad   uint32
	sema  sema
}

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock()

// Unlock unlocks m; it is a fatal error if m is not locked.
func (m *Mutex) Unlock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool

// An RWMutex is a reader/writer mutual exclusion lock (gort_rwmutex).
type RWMutex struct {
	w        Mutex
	readers  int32
	readWait int32
	wsem     sema
	rsem     sema
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and
// RUnlock.
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish
// (gort_waitgroup).
type WaitGroup struct {
	state uint64
	sema  sema
}

// Add adds delta to the counter; it panics if the counter goes
// negative ("sync: negative WaitGroup counter").
func (wg *WaitGroup) Add(delta int)

// Done decrements the counter by one.
func (wg *WaitGroup) Done()

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait()

// Once performs exactly one action (gort_once).
type Once struct {
	done uint32
	pad  uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for
// this Once; the other callers wait until f has returned.
func (o *Once) Do(f func())

// The runtime's condition variable (gort_cond): its mutex is the Cond's
// private one, m, see lib_sync.c.
type notifyList struct {
	l      *Mutex
	wait   uint32
	notify uint32
	lock   uint32
	pad    uint32
	waitq  *byte
}

// Cond implements a condition variable; L is held while observing or
// changing the condition.
type Cond struct {
	L Locker
	n notifyList
	m Mutex
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond { return &Cond{L: l} }

// Wait atomically unlocks c.L and suspends the goroutine; once woken by
// Signal or Broadcast it locks c.L again before returning.
func (c *Cond) Wait()

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal()

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast()

// Map is a map safe for concurrent use: a map guarded by a Mutex.
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored for key, if any.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for key if present; otherwise
// it stores and returns value.  loaded reports which.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for key, returning it if it was there.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return
}

// Delete deletes the value for key.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

// Range calls f for each key and value (on a snapshot, so f may use m)
// until f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			break
		}
	}
}
