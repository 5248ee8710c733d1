// Both linted files are clean; legacy/Dockerfile, excluded, would have failed the build.
def lines = new File(basedir, 'build.log').readLines()
assert lines.findAll { it.contains('Dockerfile:') } == []
assert lines.contains('[INFO] Dockwright lint: 0 findings in 2 Dockerfiles')
return true
