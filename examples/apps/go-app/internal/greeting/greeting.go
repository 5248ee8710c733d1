// Package greeting holds the sample app's logic, apart from HTTP handling.
package greeting

import (
	"strings"
	"unicode/utf8"
)

// MaxNameRunes limits how much of a name is echoed back.
const MaxNameRunes = 64

// For greets a visitor; names are trimmed and limited to MaxNameRunes characters.
func For(name string) string {
	clean := strings.TrimSpace(name)
	if utf8.RuneCountInString(clean) > MaxNameRunes {
		clean = string([]rune(clean)[:MaxNameRunes])
	}
	if clean == "" {
		return "Hello, stranger!"
	}
	return "Hello, " + clean + "!"
}
