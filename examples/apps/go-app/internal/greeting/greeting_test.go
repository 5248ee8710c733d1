package greeting

import (
	"strings"
	"testing"
)

func TestFor(t *testing.T) {
	cases := map[string]string{
		"  Ada ": "Hello, Ada!",
		"   ":    "Hello, stranger!",
		"":       "Hello, stranger!",
	}
	for in, want := range cases {
		if got := For(in); got != want {
			t.Errorf("For(%q) = %q, want %q", in, got, want)
		}
	}
	long := strings.Repeat("é", 100)
	if got := For(long); got != "Hello, "+strings.Repeat("é", MaxNameRunes)+"!" {
		t.Errorf("long name not cut to %d runes: %q", MaxNameRunes, got)
	}
}
