package extract

// frameRelations fills w.out.Relations.
// TODO(relations owner): implement.
func (w *work) frameRelations() {}
