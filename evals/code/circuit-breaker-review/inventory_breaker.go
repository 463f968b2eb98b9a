package inventory

import (
	"context"
	"net/http"
	"time"

	"github.com/sony/gobreaker"
)

type Client struct {
	http    *http.Client
	base    string
	breaker *gobreaker.CircuitBreaker
}

func NewClient(base string) *Client {
	st := gobreaker.Settings{
		Name:        "inventory",
		MaxRequests: 3,
		Interval:    60 * time.Second,
		Timeout:     30 * time.Second,
		ReadyToTrip: func(c gobreaker.Counts) bool {
			return c.ConsecutiveFailures > 1
		},
	}
	return &Client{http: &http.Client{Timeout: 2 * time.Second}, base: base, breaker: gobreaker.NewCircuitBreaker(st)}
}

func (c *Client) Stock(ctx context.Context, sku string) (int, error) {
	res, err := c.breaker.Execute(func() (interface{}, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/stock/"+sku, nil)
		if err != nil {
			return nil, err
		}
		resp, err := c.http.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		return decodeStock(resp)
	})
	if err != nil {
		return 0, err
	}
	return res.(int), nil
}
