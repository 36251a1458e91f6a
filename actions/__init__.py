"""Custom actions: thin adapters from a Rasa tracker to the services in rasa_project."""
