package reports

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

type Generator struct {
	rdb     *redis.Client
	storage ReportStorage
}

func (g *Generator) Generate(ctx context.Context, reportID string) error {
	ok, err := g.rdb.SetNX(ctx, "lock:report:"+reportID, "1", 30*time.Second).Result()
	if err != nil || !ok {
		return err
	}
	defer g.rdb.Del(context.Background(), "lock:report:"+reportID)
	data, err := g.build(ctx, reportID)
	if err != nil {
		return err
	}
	return g.storage.Write(ctx, reportID, data)
}
