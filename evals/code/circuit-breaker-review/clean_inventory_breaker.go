package inventory

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/sony/gobreaker"
)

func newBreaker(metrics Metrics) *gobreaker.CircuitBreaker {
	return gobreaker.NewCircuitBreaker(gobreaker.Settings{
		Name:        "inventory",
		MaxRequests: 5,
		Interval:    30 * time.Second,
		Timeout:     20 * time.Second,
		ReadyToTrip: func(c gobreaker.Counts) bool {
			return c.Requests >= 20 && float64(c.TotalFailures)/float64(c.Requests) >= 0.5
		},
		IsSuccessful: func(err error) bool {
			var status *StatusError
			return err == nil || (errorsAs(err, &status) && status.Code < 500)
		},
		OnStateChange: func(name string, from, to gobreaker.State) {
			slog.Warn("breaker state", "breaker", name, "from", from.String(), "to", to.String())
			metrics.BreakerState(name, to.String())
		},
	})
}

func (c *Client) Stock(ctx context.Context, sku string) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
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
		if resp.StatusCode >= 400 {
			return nil, &StatusError{Code: resp.StatusCode}
		}
		return decodeStock(resp)
	})
	if err != nil {
		return 0, fmt.Errorf("stock %s: %w", sku, err)
	}
	return res.(int), nil
}
