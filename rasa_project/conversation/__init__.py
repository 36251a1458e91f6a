"""What the assistant says: openings, the question bank and the reflection path."""
