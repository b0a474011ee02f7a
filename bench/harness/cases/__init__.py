"""The benchmark's groups of work; each module's run(ctx) returns its rows."""
