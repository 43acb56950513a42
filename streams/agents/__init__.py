"""Faust agents, named verb_object; each module exposes register(app, topics, settings)."""
