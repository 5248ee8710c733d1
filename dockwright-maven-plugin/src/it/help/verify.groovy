// mvn dockwright:help -Dgoal=lint -Ddetail describes the goal and each parameter, with its default.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('dockwright:lint')
def start = lines.indexOf('    failOn (Default: warning)')
assert start >= 0 : 'no failOn in the help'
assert lines.subList(start, start + 3) == [
  '    failOn (Default: warning)',
  '      The build fails when a finding is at least this severe: error, warning,',
  '      info or none.',
]
return true
