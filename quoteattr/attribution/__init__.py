"""Speakers: cue rules, then discourse rules, then the Quote objects."""
