# Generates the oracle's input: dockerignore texts x paths, and glob patterns x names.
texts = [
  "*.go", "**", "**/", "**/*.go", "dir/**", "**/dir", "**/dir2/*", "a**/*.txt", "a/*.txt**", "abc/**",
  "docs\\n!docs/README.md", "docs/\\n!docs/README.md", "docs/*\\n!docs/README.md", "*.go\\n!main.go",
  "!main.go\\n*.go", "*\\n!keep", "*\\n!keep\\nkeep/secret", "**\\n!util/docker/web", "node_modules",
  "/node_modules", "node_modules/", "**/node_modules", "./build/../dist//", "# comment\\n*.md",
  " # not a comment", "\\t*.md  \\n  !README.md", "*.md\\n!README.md\\n*.md", "a[b-d]e", "a[^b-d]e",
  ".*", "abc.def", "abc?def", "a(b)c/def", "a.|)$(}+{bc", "[*]", "\\\\d", "a\\\\*b", "x/\\\\[y]",
  "!", "[", "a\\\\", "*/", "*/*", "src/*", "src/**/test", "**/test/**", "\\u*.md",
  "*.md\\r\\n!README.md\\r", "..", "../x", "/", ".", "!./docs", "dir\\n!dir/sub\\ndir/sub/x",
  "[[:digit:]]*", "[a-]", "[]a]", "*.log\\n!important/*.log", "**/*.log\\n!**/keep.log",
  "a/**/b", "**/.git", ".git", "temp?", "foo/bar/", "foo bar", "f*o", "*/*.go", "**.go", "\\\\.env", "[!a]x",
]
paths = [
  "a.go", "main.go", "dir/file", "dir/a.go", "dir/sub/x", "dir/sub/y", "dir", "dir2/x", "dir/dir2/file",
  "a/file.txt", "a/dir/file.txt", "abc", "abc/def", "docs/README.md", "docs/other.md", "docs", "README.md",
  "CHANGELOG.md", "keep", "keep/a", "keep/secret", "util/docker/web/foo", "node_modules/x/index.js",
  "web/node_modules/x/index.js", "dist/app.js", "build/x", "ace", "aze", "aae", ".foo", "foo", "abcdef",
  "abc.def", "abcZdef", "a(b)c/def", "a.|)$(}+{bc", "*", "1", "x", "]", "a*b", "ab", "x/[y]", "x/y",
  "src/a.js", "src/lib/a.js", "src/test/a.js", "src/lib/test/a.js", "test/a", "x.md", "important/a.log",
  "b.log", "sub/keep.log", "sub/b.log", "a/b", "a/x/y/b", ".git/config", "sub/.git/config", "temp1",
  "temp12", "foo/bar/baz", "foo bar", "fo", "foo/o", "sub/dir/a.go", "x.go", ".env", "a.env", "!x", "ax", "-",
  "a\\\\", "sub/a.go",
]
globs = [
  "*", "*.js", "src/*.js", "src/*", "*/a.js", "a?c", "[a-c]x", "[^a-c]x", "[]", "[", "a[", "a\\\\", "\\\\*",
  "[\\\\]]", "[a-]", "[-a]", "[^]", "a*b*c", "*/", "**", "**/*.js", "package*.json", "src/[abc]*",
  "*.[jt]s", "a/*/c", "\\\\[x]", "[a\\\\-z]", "*x*", "src/**",
]
names = [
  "a.js", "src/a.js", "src/lib/a.js", "abc", "a/c", "ax", "dx", "]", "a", "*", "x", "aXbYc", "a/b/c",
  "package.json", "package-lock.json", "src/b.ts", "a.ts", "a/b", "[x]", "-", "src", "src/", "zx",
]
for t in texts:
  for p in paths:
    print("I\t%s\t%s" % (t, p))
for g in globs:
  for n in names:
    print("G\t%s\t%s" % (g, n))

# Seeded random cases: short patterns and paths over an alphabet that holds every special character.
import random
rng = random.Random(20261128)
alphabet = ["a", "b", "/", "*", "**", "?", "[", "]", "^", "-", "\\\\", ".", "!", "a/", "b/", "[a-b]", "[^a]"]
path_parts = ["a", "b", "ab", "a.b", "ba", ".a", "-", "]", "[", "^", "*"]
def rand_pattern():
  return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
def rand_path():
  return "/".join(rng.choice(path_parts) for _ in range(rng.randint(1, 4)))
for _ in range(1500):
  lines = [rand_pattern() for _ in range(rng.randint(1, 3))]
  text = "\\n".join(lines)
  for _ in range(3):
    print("I\t%s\t%s" % (text, rand_path()))
for _ in range(1500):
  print("G\t%s\t%s" % (rand_pattern(), rand_path()))
