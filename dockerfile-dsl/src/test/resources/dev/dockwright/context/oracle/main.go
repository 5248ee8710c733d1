// Oracle for Dockwright's DockerIgnore and Go glob tests: reads cases on stdin and prints Docker's answers.
// "I<TAB>ignore file text, newlines written \n<TAB>path": is path excluded, walking its parent directories
// first as BuildKit's fsutil walker does (MatchesUsingParentResults). "G<TAB>pattern<TAB>name": path.Match.
package main

import (
	"bufio"
	"fmt"
	"os"
	"path"
	"strings"

	"oracle/pm"
	"oracle/pm/ignorefile"
)

func excluded(m *pm.PatternMatcher, p string) (bool, error) {
	parts := strings.Split(p, "/")
	info := pm.MatchInfo{}
	var res bool
	var err error
	for i := range parts {
		res, info, err = m.MatchesUsingParentResults(strings.Join(parts[:i+1], "/"), info)
		if err != nil {
			return false, err
		}
	}
	return res, nil
}

// unescape reads a field: \\ is a backslash, \n, \r and \t what they are in Go, \u a byte order mark.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				b.WriteString("\ufeff")
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := sc.Text()
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = unescape(f[i])
		}
		answer := func(r bool, err error) {
			if err != nil {
				fmt.Printf("%s\terror\n", line)
			} else {
				fmt.Printf("%s\t%v\n", line, r)
			}
		}
		switch f[0] {
		case "I":
			pats, err := ignorefile.ReadAll(strings.NewReader(f[1]))
			if err != nil {
				answer(false, err)
				continue
			}
			m, err := pm.New(pats)
			if err != nil {
				answer(false, err)
				continue
			}
			answer(excluded(m, f[2]))
		case "G":
			answer(path.Match(f[1], f[2]))
		}
	}
}
