"""Briefing: a keyboard-first terminal reader for analysts who follow diplomatic visits."""

__version__ = "0.1.0"
