package main

import (
	"dossier/internal/extract"
	"dossier/internal/kb/kbstore"
	"dossier/internal/pipeline"
)

// processHook is the pipeline's extraction and claim storage step, the
// same one "dossier ingest" runs.
func processHook() pipeline.ProcessFunc { return kbstore.Process(extract.Options{}) }
