package profiles

import (
	"context"
	"encoding/json"
	"time"

	"github.com/redis/go-redis/v9"
)

type Service struct {
	rdb *redis.Client
	db  ProfileRepository
}

func (s *Service) Get(id string) (*Profile, error) {
	ctx := context.Background()
	if cached, err := s.rdb.Get(ctx, "profile:"+id).Bytes(); err == nil {
		var p Profile
		if json.Unmarshal(cached, &p) == nil {
			return &p, nil
		}
	}
	p, err := s.db.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	data, _ := json.Marshal(p)
	s.rdb.Set(ctx, "profile:"+id, data, 24*time.Hour)
	return p, nil
}

func (s *Service) Update(ctx context.Context, p *Profile) error {
	s.rdb.Del(ctx, "profile:"+p.ID)
	return s.db.Save(ctx, p)
}
