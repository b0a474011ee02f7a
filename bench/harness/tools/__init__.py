"""The tools under test: how each one's project is written and how each command is invoked."""
