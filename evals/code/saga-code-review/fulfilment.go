package fulfilment

import (
	"context"
	"log/slog"
	"time"
)

type Orchestrator struct {
	stock    StockClient
	labels   LabelClient
	carriers CarrierClient
	store    StateStore
}

func (o *Orchestrator) Fulfil(ctx context.Context, order Order) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	state := State{OrderID: order.ID, CorrelationID: order.CorrelationID, Step: "picking"}
	if err := o.store.Save(ctx, state); err != nil {
		return err
	}
	_ = o.stock.Pick(ctx, order.ID, order.Lines)
	label, err := o.labels.Create(ctx, order.ID, order.Address)
	if err != nil {
		return err
	}
	state.Step = "labelled"
	if err := o.store.Save(ctx, state); err != nil {
		return err
	}
	if err := o.carriers.Book(ctx, label, order.CorrelationID); err != nil {
		o.labels.Void(ctx, label.ID)
		return err
	}
	slog.Info("fulfilled", "order", order.ID, "correlation", order.CorrelationID)
	return nil
}
