"""First-party theme plugins: one Django app per Four Winds theme."""
