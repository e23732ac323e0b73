// Package config holds Dossier's run-time configuration: the Config
// struct, its defaults and validation. No globals: the CLI builds a Config
// from defaults, the environment and flags, and passes values on. It
// imports model only; pure stages (ingest, segment, extract, gazetteer)
// never import it.
package config

import (
	"os"
	"strings"
	"time"

	"dossier/internal/model"
)

// Defaults.
const (
	DefaultDB       = "dossier.db"
	DefaultDemoDB   = "dossier-demo.db"
	DefaultMaxBytes = 64 << 20
	DefaultTimeout  = 30 * time.Second
)

// Config is what commands need besides their arguments.
type Config struct {
	// DB is the SQLite database file.
	DB string
	// MaxBytes caps the size of one input file or HTTP response.
	MaxBytes int64
	// AllowPrivate lets URL fetching reach loopback/private addresses.
	AllowPrivate bool
	// Timeout bounds one URL fetch.
	Timeout time.Duration
}

// Default returns the defaults, with DOSSIER_DB from env (nil: os.Getenv)
// overriding the database path.
func Default(env func(string) string) Config {
	if env == nil {
		env = os.Getenv
	}
	c := Config{DB: DefaultDB, MaxBytes: DefaultMaxBytes, Timeout: DefaultTimeout}
	if v := strings.TrimSpace(env("DOSSIER_DB")); v != "" {
		c.DB = v
	}
	return c
}

// Validate reports the first unusable setting, in words a user can act on.
func (c Config) Validate() error {
	switch {
	case strings.TrimSpace(c.DB) == "":
		return model.Errorf(model.EINVALID, "--db: empty database path")
	case c.MaxBytes <= 0:
		return model.Errorf(model.EINVALID, "--max-bytes must be positive, got %d", c.MaxBytes)
	case c.Timeout <= 0:
		return model.Errorf(model.EINVALID, "--timeout must be positive, got %s", c.Timeout)
	}
	return nil
}
