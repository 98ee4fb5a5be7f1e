"""Output that must be safe by construction: sanitized HTML, locked-down PDF, feeds."""
