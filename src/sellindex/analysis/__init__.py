"""Statistics over metrics: grades, trends and insights that hold up."""
