"""Custom Rasa NLU components: theme detection and risk detection."""
