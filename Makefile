# Convenience targets; the scripts are the real entry points.
.PHONY: bench bench-quick

bench:
	scripts/bench

bench-quick:
	scripts/bench --quick
