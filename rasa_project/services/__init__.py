"""Domain services. Each takes its storage (a session factory) as an argument."""
