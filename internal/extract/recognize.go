package extract

// recognize fills w.ents and w.mentions and w.out.Entities.
// TODO(recognize owner): implement.
func (w *work) recognize() {}
