"""eventwatch: streaming event monitoring for news."""

__version__ = "0.1.0"
