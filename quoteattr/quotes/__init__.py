"""Quote candidates: direct quotes from quotation marks, reported speech from cue patterns."""
