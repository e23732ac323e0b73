package store

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossier/internal/model"
)

func openTest(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func testDoc(id, name, text string) *model.Document {
	return &model.Document{
		ID: id, Name: name, Input: "/tmp/" + name, Source: "Example Wire", Title: "Title of " + name,
		Author: "Jane Roe", Published: model.DayDate(2021, 8, 26), Format: "txt", Text: text,
		Blocks:    []model.Block{{Kind: model.BlockTitle, Start: 0, End: 4}},
		Credits:   []string{"Photo Agency"},
		FetchedAt: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC),
		Raw:       []byte("raw " + text),
	}
}

func TestMigrationsRecordedAndIdempotent(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.db")
	ctx := context.Background()
	for i := 0; i < 2; i++ {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		v, err := s.SchemaVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		ms, _ := Migrations("sqlite")
		if want := ms[len(ms)-1].Version; v != want {
			t.Errorf("schema version %d, want %d", v, want)
		}
		s.Close()
	}
}

func TestCreateAndFindDocument(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	d := testDoc("abcdef0123456789", "one.txt", "Some text about the group.")
	created, err := s.CreateDocument(ctx, d)
	if err != nil || !created {
		t.Fatalf("create: %v %v", created, err)
	}
	created, err = s.CreateDocument(ctx, d)
	if err != nil || created {
		t.Fatalf("second create: created=%v err=%v, want false, nil", created, err)
	}
	got, err := s.FindDocumentByID(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != d.Text || got.Title != d.Title || got.Source != "Example Wire" || got.Published != d.Published ||
		len(got.Blocks) != 1 || got.Credits[0] != "Photo Agency" || !got.FetchedAt.Equal(d.FetchedAt) {
		t.Errorf("round trip: got %+v", got)
	}
	raw, err := s.DocumentRaw(ctx, d.ID)
	if err != nil || string(raw) != string(d.Raw) {
		t.Errorf("raw: %q %v", raw, err)
	}
	for _, ref := range []string{"one.txt", "abcdef", d.ID} {
		if got, err := s.FindDocument(ctx, ref); err != nil || got.ID != d.ID {
			t.Errorf("FindDocument(%q): %v", ref, err)
		}
	}
}

func TestNotFoundAndAmbiguous(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	if _, err := s.FindDocumentByID(ctx, "nope"); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("FindDocumentByID: %v, want ENOTFOUND", err)
	}
	if _, err := s.FindDocument(ctx, "missing.txt"); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("FindDocument: %v, want ENOTFOUND", err)
	}
	s.CreateDocument(ctx, testDoc("aaaa1111", "a.txt", "a"))
	s.CreateDocument(ctx, testDoc("aaaa2222", "b.txt", "b"))
	if _, err := s.FindDocument(ctx, "aaaa"); model.ErrorCode(err) != model.ECONFLICT {
		t.Errorf("ambiguous prefix: %v, want ECONFLICT", err)
	}
}

func TestTxRollbackLeavesNothing(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	boom := errors.New("boom")
	err := s.WithTx(ctx, func(tx *Tx) error {
		if _, err := tx.CreateDocument(ctx, testDoc("ffff0000", "x.txt", "x")); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("WithTx: %v", err)
	}
	if n, _ := s.CountDocuments(ctx); n != 0 {
		t.Errorf("%d documents after rollback, want 0", n)
	}
	var blobs int
	s.QueryRowContext(ctx, `SELECT COUNT(*) FROM blobs`).Scan(&blobs)
	if blobs != 0 {
		t.Errorf("%d blobs after rollback, want 0", blobs)
	}
}

func TestFindDocumentsFullText(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	s.CreateDocument(ctx, testDoc("0001", "a.txt", "The militia attacked a convoy near the river."))
	s.CreateDocument(ctx, testDoc("0002", "b.txt", "Talks resumed in the capital."))
	all, err := s.FindDocuments(ctx, DocumentFilter{})
	if err != nil || len(all) != 2 {
		t.Fatalf("all: %d %v", len(all), err)
	}
	q := "convoy"
	hits, err := s.FindDocuments(ctx, DocumentFilter{Query: &q})
	if err != nil || len(hits) != 1 || hits[0].Name != "a.txt" {
		t.Fatalf("search: %+v %v", hits, err)
	}
	if hits[0].Chars != len("The militia attacked a convoy near the river.") {
		t.Errorf("chars %d", hits[0].Chars)
	}
}

func TestSentences(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	d := testDoc("0003", "c.txt", "One. Two.")
	err := s.WithTx(ctx, func(tx *Tx) error {
		if _, err := tx.CreateDocument(ctx, d); err != nil {
			return err
		}
		return tx.ReplaceSentences(ctx, d.ID, []Sentence{{Start: 0, End: 4}, {Start: 5, End: 9}})
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.FindSentences(ctx, d.ID)
	if err != nil || len(got) != 2 || got[1].Start != 5 || got[1].Seq != 1 {
		t.Errorf("sentences: %+v %v", got, err)
	}
}

func TestRebindPostgres(t *testing.T) {
	d := &dialect{name: "postgres", dollarParams: true}
	got := d.rebind(`SELECT '?' FROM t WHERE a = ? AND b = ?`)
	if want := `SELECT '?' FROM t WHERE a = $1 AND b = $2`; got != want {
		t.Errorf("rebind: %s", got)
	}
	if !strings.Contains(sqliteDSN("/x y.db", "immediate", false), "x%20y.db") {
		t.Error("DSN does not escape the path")
	}
}

func TestSavepointRollsBackOneDocument(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	boom := errors.New("boom")
	err := s.WithTx(ctx, func(tx *Tx) error {
		if err := tx.Savepoint(ctx, func() error {
			_, err := tx.CreateDocument(ctx, testDoc("aa01", "kept.txt", "kept"))
			return err
		}); err != nil {
			return err
		}
		err := tx.Savepoint(ctx, func() error {
			if _, err := tx.CreateDocument(ctx, testDoc("aa02", "dropped.txt", "dropped")); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Errorf("savepoint error %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.FindDocument(ctx, "kept.txt"); err != nil {
		t.Errorf("kept.txt: %v", err)
	}
	if _, err := s.FindDocument(ctx, "dropped.txt"); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("dropped.txt: %v, want ENOTFOUND", err)
	}
}
