package rates

import (
	"errors"
	"io"
	"net/http"
	"sync"
	"time"
)

var ErrOpen = errors.New("rates: circuit open")

type Breaker struct {
	mu        sync.Mutex
	failures  int
	openUntil time.Time
	client    *http.Client
}

func (b *Breaker) Get(url string) ([]byte, error) {
	b.mu.Lock()
	open := time.Now().Before(b.openUntil)
	b.mu.Unlock()
	if open {
		return nil, ErrOpen
	}
	resp, err := b.client.Get(url)
	if err != nil {
		b.record(false)
		return nil, err
	}
	if resp.StatusCode >= 500 {
		b.record(false)
		return nil, errors.New(resp.Status)
	}
	defer resp.Body.Close()
	b.record(true)
	return io.ReadAll(resp.Body)
}

func (b *Breaker) record(ok bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if ok {
		b.failures = 0
		return
	}
	b.failures++
	if b.failures >= 10 {
		b.openUntil = time.Now().Add(15 * time.Second)
	}
}
