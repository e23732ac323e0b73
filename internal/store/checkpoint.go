package store

import (
	"database/sql"
	"fmt"
	"sync"
	"time"
)

// checkpointer copies the write-ahead log into the database file in the
// background (PRAGMA wal_checkpoint(PASSIVE) on a connection of its own)
// after write transactions commit, instead of the writer doing it inside
// whichever commit crosses SQLite's auto-checkpoint size: that copy was a
// sixth of the writer's time per ingested article, and it can run on
// another core while the writer goes on. The writer's own auto-checkpoint
// stays as a backstop at a larger size (wal_autocheckpoint in sqliteDSN).
// Durability is unchanged: a committed transaction is in the log either
// way.
type checkpointer struct {
	db   *sql.DB
	kick chan struct{}
	stop chan struct{}
	done chan struct{}
	once sync.Once
}

// checkpointEvery is the least time between two background checkpoints
// (a batch of documents commits every few hundred milliseconds at most).
const checkpointEvery = 100 * time.Millisecond

func startCheckpointer(path string) (*checkpointer, error) {
	db, err := sql.Open("sqlite", sqliteDSN(path, "deferred", false))
	if err != nil {
		return nil, fmt.Errorf("checkpointer: %w", err)
	}
	db.SetMaxOpenConns(1)
	c := &checkpointer{db: db, kick: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	go c.run()
	return c, nil
}

// committed tells the checkpointer that a write transaction committed.
func (c *checkpointer) committed() {
	select {
	case c.kick <- struct{}{}:
	default: // one is already pending
	}
}

func (c *checkpointer) run() {
	defer close(c.done)
	var last time.Time
	for {
		select {
		case <-c.stop:
			return
		case <-c.kick:
		}
		if wait := checkpointEvery - time.Since(last); wait > 0 {
			select {
			case <-c.stop:
				return
			case <-time.After(wait):
			}
		}
		last = time.Now()
		// PASSIVE never blocks the writer or readers; what it cannot copy
		// now (frames a reader still needs) waits for the next one.
		_, _ = c.db.Exec(`PRAGMA wal_checkpoint(PASSIVE)`)
	}
}

// close stops the goroutine and closes the connection.
func (c *checkpointer) close() error {
	c.once.Do(func() { close(c.stop) })
	<-c.done
	return c.db.Close()
}
