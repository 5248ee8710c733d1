// Dockerfile and .dockerignore next to the POM equal the expected files; the second pass of the build
// leaves them alone.
def expected = new File(basedir, 'expected')
assert new File(basedir, 'Dockerfile').text == new File(expected, 'Dockerfile').text
assert new File(basedir, '.dockerignore').text == new File(expected, 'dockerignore').text
def lines = new File(basedir, 'build.log').readLines()
def dockerfile = new File(basedir, 'Dockerfile').path
def dockerignore = new File(basedir, '.dockerignore').path
assert lines.findAll { it.startsWith('[INFO] Wrote ') || it.endsWith(' is up to date') } == [
  '[INFO] Wrote ' + dockerfile + ' (3 stages)',
  '[INFO] Wrote ' + dockerignore,
  '[INFO] ' + dockerfile + ' is up to date',
  '[INFO] ' + dockerignore + ' is up to date',
]
return true
