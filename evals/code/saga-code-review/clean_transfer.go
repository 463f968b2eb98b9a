package transfer

import (
	"context"
	"fmt"
	"log/slog"
	"time"
)

const stepTimeout = 10 * time.Second

// Run moves money between accounts; the state row is written (with its version) before each step.
func (s *Saga) Run(ctx context.Context, t Transfer) error {
	state, err := s.store.BeginOrLoad(ctx, t.ID, t.CorrelationID) // unique on transfer id
	if err != nil {
		return fmt.Errorf("load saga %s: %w", t.ID, err)
	}
	if !state.Done("debit") {
		stepCtx, cancel := context.WithTimeout(ctx, stepTimeout)
		err = s.ledger.Debit(stepCtx, t.From, t.Amount, "debit:"+t.ID, t.CorrelationID)
		cancel()
		if err != nil {
			s.failed.Add(1)
			return fmt.Errorf("debit %s: %w", t.ID, err)
		}
		if state, err = s.store.MarkDone(ctx, state, "debit"); err != nil {
			return err
		}
	}
	stepCtx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	if err := s.ledger.Credit(stepCtx, t.To, t.Amount, "credit:"+t.ID, t.CorrelationID); err != nil {
		slog.Warn("credit failed, compensating", "transfer", t.ID, "correlation", t.CorrelationID, "err", err)
		s.compensated.Add(1)
		return s.compensate(ctx, state, t)
	}
	_, err = s.store.Complete(ctx, state)
	return err
}

func (s *Saga) compensate(ctx context.Context, state State, t Transfer) error {
	stepCtx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	if err := s.ledger.Credit(stepCtx, t.From, t.Amount, "undo-debit:"+t.ID, t.CorrelationID); err != nil {
		return fmt.Errorf("compensate %s (will be retried by the sweeper): %w", t.ID, err)
	}
	_, err := s.store.Compensated(ctx, state)
	return err
}
