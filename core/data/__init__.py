"""Package data of textmetrics: word lists and lexicons written by the project (see each file's header)."""
