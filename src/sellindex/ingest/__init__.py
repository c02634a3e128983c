"""Reading canonical files into the store: parse, validate, quarantine, load in one transaction."""
