package extract

// frameEstimates fills w.out.Estimates.
// TODO(estimates owner): implement.
func (w *work) frameEstimates() {}
