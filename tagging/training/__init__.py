"""Training the event-type classifier from data the project writes itself."""
