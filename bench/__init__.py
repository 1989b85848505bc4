"""The benchmark behind `make bench`: corpora, projects, measurements and the report."""
