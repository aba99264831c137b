"""Speakers: cue rules, then discourse rules; the context (mentions, subjects) they read."""
