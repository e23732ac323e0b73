package extract

// frameEvents fills w.out.Events.
// TODO(events owner): implement.
func (w *work) frameEvents() {}
