package transfer

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
)

type Saga struct {
	ledger  LedgerClient
	bus     Publisher
	mu      sync.Mutex
	pending map[string]*TransferState
}

func NewSaga(ledger LedgerClient, bus Publisher) *Saga {
	return &Saga{ledger: ledger, bus: bus, pending: map[string]*TransferState{}}
}

func (s *Saga) Start(ctx context.Context, t Transfer) error {
	s.mu.Lock()
	s.pending[t.ID] = &TransferState{Transfer: t, Step: "debit"}
	s.mu.Unlock()
	if err := s.ledger.Debit(ctx, t.From, t.Amount, t.ID); err != nil {
		return fmt.Errorf("debit %s: %w", t.ID, err)
	}
	msg := Message{Type: "CreditRequested", Body: t}
	if err := s.bus.Publish(ctx, "transfers", msg); err != nil {
		_ = s.ledger.Credit(ctx, t.From, t.Amount, t.ID+"-undo")
		return err
	}
	slog.Info("transfer debited", "transfer", t.ID)
	return nil
}

func (s *Saga) OnCreditFailed(ctx context.Context, transferID string) error {
	s.mu.Lock()
	state := s.pending[transferID]
	s.mu.Unlock()
	if state == nil {
		return nil
	}
	return s.ledger.Credit(ctx, state.Transfer.From, state.Transfer.Amount, transferID+"-undo")
}
