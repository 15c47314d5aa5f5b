"""`make bench`: Frontline's performance targets (DESIGN.md §8) against side-by-side
baselines measured in the same run on the same servers. See bench/README.md."""
