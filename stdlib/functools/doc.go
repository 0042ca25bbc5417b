// Package functools implements Python's functools module in Python
// (functools.py, embedded in the binary): partial, reduce, wraps and
// update_wrapper, lru_cache and cache, cmp_to_key, total_ordering and
// cached_property. The source sticks to plain Python (classes, closures,
// dicts) so that it runs on any stage of pyco's VM.
package functools
