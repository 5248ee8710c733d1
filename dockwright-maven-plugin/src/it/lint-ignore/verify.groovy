// With DL3008 ignored only info findings remain: the build passes, and the SARIF report lists them.
def log = new File(basedir, 'build.log').text
assert !log.contains('DL3008')
assert log.contains('[INFO] Dockwright lint: 2 findings in 2 Dockerfiles')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dockwright-lint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results*.ruleId == ['DL3009', 'DL3015']
return true
