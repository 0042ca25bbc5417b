// Package string implements Python's string module in Python (string.py,
// embedded in the binary): the character-class constants (ascii_letters,
// digits, punctuation, ...), capwords, and Template with $-substitution
// (substitute, safe_substitute, get_identifiers, is_valid), parsing the
// template with a small hand-written scanner rather than a regular
// expression since pyco has no re module. Formatter is not provided.
package string
