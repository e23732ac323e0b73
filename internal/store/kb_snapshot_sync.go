package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// snapTable is a snapshot table as KBWriter compares it: key columns
// first, then the columns compared and written.
type snapTable struct {
	name    string
	cols    []string
	nkey    int
	dupOK   bool // rows with a key already added are skipped (else an error)
	created bool // a created_at column is set on insert
}

var (
	tEntities = snapTable{name: "entities", cols: []string{"id", "name", "type", "ref", "country", "lat", "lon",
		"documents"}, nkey: 1, created: true}
	tAliases = snapTable{name: "aliases", cols: []string{"entity_id", "norm", "alias", "documents", "curated",
		"removed"}, nkey: 2, dupOK: true}
	tEvents = snapTable{name: "events", cols: []string{"id", "date", "kind", "location_id", "location", "country",
		"perpetrator_id", "attribution", "killed_min", "killed_max", "injured_min", "injured_max", "lat", "lon"}, nkey: 1}
	tReports   = snapTable{name: "event_reports", cols: []string{"event_id", "claim_id", "document_id", "credibility"}, nkey: 2}
	tRelations = snapTable{name: "relations", cols: []string{"id", "subject_id", "predicate", "object_id", "claim_id",
		"credibility"},
		nkey: 1, dupOK: true}
	tEstimates = snapTable{name: "estimates", cols: []string{"id", "subject_id", "property", "min_value", "max_value",
		"approx", "as_of", "claim_id", "credibility"}, nkey: 1, dupOK: true}
	// staleOrder deletes rows that others reference after those others.
	staleOrder = []snapTable{tReports, tEvents, tRelations, tEstimates, tAliases, tEntities}
)

// stored is what a table held before the writer started, and which of its
// keys the new snapshot has.
type stored struct {
	rows map[string]storedRow // key → row
	seen map[string]bool
}

type storedRow struct {
	key    []any
	values string // canonical form of the non-key columns
}

// table returns what t held, read once.
func (w *KBWriter) table(ctx context.Context, t snapTable) (*stored, error) {
	if s := w.tables[t.name]; s != nil {
		return s, nil
	}
	s := &stored{rows: map[string]storedRow{}, seen: map[string]bool{}}
	rows, err := w.tx.QueryContext(ctx, `SELECT `+strings.Join(t.cols, ", ")+` FROM `+t.name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", t.name, err)
	}
	defer rows.Close()
	vals := make([]any, len(t.cols))
	ptrs := make([]any, len(t.cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return nil, fmt.Errorf("read %s: %w", t.name, err)
		}
		key := append([]any(nil), vals[:t.nkey]...)
		s.rows[canon(key)] = storedRow{key: key, values: canon(vals[t.nkey:])}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", t.name, err)
	}
	w.tables[t.name] = s
	return s, nil
}

// sync makes t hold rows (values in t.cols order) as far as their keys go:
// new keys are inserted, changed rows updated, unchanged ones left alone.
func (w *KBWriter) sync(ctx context.Context, t snapTable, rows [][]any) error {
	s, err := w.table(ctx, t)
	if err != nil {
		return err
	}
	var ins [][]any
	for _, r := range rows {
		k := canon(r[:t.nkey])
		if s.seen[k] {
			if t.dupOK {
				continue
			}
			return fmt.Errorf("%s: duplicate key %s", t.name, k)
		}
		s.seen[k] = true
		old, ok := s.rows[k]
		switch {
		case !ok:
			ins = append(ins, r)
		case old.values != canon(r[t.nkey:]):
			if err := w.update(ctx, t, r); err != nil {
				return err
			}
		}
	}
	return w.insert(ctx, t, ins)
}

// update rewrites the non-key columns of one row.
func (w *KBWriter) update(ctx context.Context, t snapTable, r []any) error {
	set := make([]string, 0, len(t.cols)-t.nkey)
	for _, c := range t.cols[t.nkey:] {
		set = append(set, c+" = ?")
	}
	args := append(append([]any(nil), r[t.nkey:]...), r[:t.nkey]...)
	q := `UPDATE ` + t.name + ` SET ` + strings.Join(set, ", ") + ` WHERE ` + keyWhere(t)
	if _, err := w.tx.ExecContext(ctx, q, args...); err != nil {
		return fmt.Errorf("update %s: %w", t.name, err)
	}
	return nil
}

func (w *KBWriter) insert(ctx context.Context, t snapTable, rows [][]any) error {
	if !t.created {
		return w.tx.insertRows(ctx, t.name, t.cols, rows, "")
	}
	now := time.Now().UTC().Format(time.RFC3339)
	with := make([][]any, len(rows))
	for i, r := range rows {
		with[i] = append(r[:len(r):len(r)], now)
	}
	return w.tx.insertRows(ctx, t.name, append(t.cols[:len(t.cols):len(t.cols)], "created_at"), with, "")
}

// Finish deletes the rows of the stored snapshot that the new one lacks.
func (w *KBWriter) Finish(ctx context.Context) error {
	for _, t := range staleOrder {
		s, err := w.table(ctx, t)
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		for k, r := range s.rows {
			if s.seen[k] {
				continue
			}
			if _, err := w.tx.ExecContext(ctx, `DELETE FROM `+t.name+` WHERE `+keyWhere(t), r.key...); err != nil {
				return fmt.Errorf("store: delete from %s: %w", t.name, err)
			}
		}
	}
	return nil
}

func keyWhere(t snapTable) string {
	conds := make([]string, t.nkey)
	for i, c := range t.cols[:t.nkey] {
		conds[i] = c + " = ?"
	}
	return strings.Join(conds, " AND ")
}

// canon writes values in one form whether they come from the snapshot
// (strings, numbers, pointers to floats, nil) or back from SQLite (TEXT,
// INTEGER, REAL, NULL): numbers by value, whatever their storage class.
func canon(vals []any) string {
	var b strings.Builder
	for _, v := range vals {
		switch x := v.(type) {
		case nil:
			b.WriteString("N")
		case *float64:
			if x == nil {
				b.WriteString("N")
			} else {
				b.WriteString("n" + strconv.FormatFloat(*x, 'g', -1, 64))
			}
		case float64:
			b.WriteString("n" + strconv.FormatFloat(x, 'g', -1, 64))
		case int64:
			b.WriteString("n" + strconv.FormatFloat(float64(x), 'g', -1, 64))
		case int:
			b.WriteString("n" + strconv.FormatFloat(float64(x), 'g', -1, 64))
		case string:
			b.WriteString("s" + x)
		case []byte:
			b.WriteString("s" + string(x))
		default:
			fmt.Fprintf(&b, "?%v", x)
		}
		b.WriteByte(0)
	}
	return b.String()
}
