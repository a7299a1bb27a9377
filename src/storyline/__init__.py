"""Storyline: turn news coverage from many outlets into sourced stories."""

__version__ = "0.1.0"
