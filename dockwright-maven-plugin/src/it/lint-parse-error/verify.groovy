// The parse error is logged FILE:LINE:COL, without a stack trace, and fails the build.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert lines.contains('[ERROR] images/app.df:2:1: unknown instruction: COPPY (did you mean COPY?)')
assert log.contains('Dockwright lint: 1 of 1 Dockerfiles could not be parsed')
assert !log.contains('DockerfileParseException')
return true
