"""The embedded text layer: tokens, paragraphs and sentences with original offsets."""
