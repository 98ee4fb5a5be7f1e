"""Demo data: the 2013 board from the reference file, loaded through the services."""
