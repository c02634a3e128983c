"""Ways in for people and programs: the CLI, the web app and REST API, and the Python API."""
