// The findings are logged FILE:LINE:COL with the file relative to the project; the warning fails the build;
// node_modules is not searched.
def log = new File(basedir, 'build.log').text
def expected = [
  '[INFO] Dockerfile:2:5: info DL3009 The apt lists that apt-get update downloads stay in the layer: rm -rf /var/lib/apt/lists/* in the same RUN, or mount a cache there',
  '[ERROR] Dockerfile:2:23: warning DL3008 Pin versions in apt-get install (package=version): curl',
  '[INFO] Dockerfile:2:23: info DL3015 apt-get install also installs recommended packages: add --no-install-recommends',
]
def lines = log.readLines()
def start = lines.findIndexOf { it == expected[0] }
assert start >= 0 : 'no finding lines in build.log'
assert lines.subList(start, start + 3) == expected
assert log.contains('Dockwright lint: 1 finding at or above warning in 2 Dockerfiles')
assert !log.contains('MAINTAINER')
return true
