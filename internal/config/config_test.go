package config

import (
	"testing"

	"dossier/internal/model"
)

func TestDefaultAndEnv(t *testing.T) {
	c := Default(func(string) string { return "" })
	if c.DB != DefaultDB || c.Validate() != nil {
		t.Errorf("default: %+v %v", c, c.Validate())
	}
	c = Default(func(k string) string {
		if k == "DOSSIER_DB" {
			return "/tmp/x.db"
		}
		return ""
	})
	if c.DB != "/tmp/x.db" {
		t.Errorf("DOSSIER_DB ignored: %+v", c)
	}
}

func TestValidate(t *testing.T) {
	bad := []Config{
		{DB: "", MaxBytes: 1, Timeout: 1},
		{DB: "x", MaxBytes: 0, Timeout: 1},
		{DB: "x", MaxBytes: 1, Timeout: 0},
	}
	for _, c := range bad {
		if err := c.Validate(); model.ErrorCode(err) != model.EINVALID {
			t.Errorf("%+v: %v, want EINVALID", c, err)
		}
	}
}
