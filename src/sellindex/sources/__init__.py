"""Where data comes from: generators and readers of real exports, writing canonical files."""
