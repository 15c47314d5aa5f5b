"""The discipline service's pure deciders: clues and cases, disputes, sweeps, ledgers."""
