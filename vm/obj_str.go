package vm

// This file defines str: the Str type, its methods, and its slots.

// Str is a pyco str. S holds the text as UTF-8.
type Str struct {
	S string
	// TODO(types): cached hash, ASCII flag / rune index for O(1) indexing.
}

// NewStr returns a pyco str holding s.
func NewStr(s string) *Str { return &Str{S: s} }

// Type returns str.
func (s *Str) Type() *Type { return StrType }
