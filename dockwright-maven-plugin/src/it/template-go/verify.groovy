// The plugin writes what the Go template writes for these options: the templates module's golden files.
def golden = new File(basedir, '../../../../dockerfile-templates/src/test/resources/golden/go')
def docker = new File(basedir, 'target/docker')
assert new File(docker, 'Dockerfile').text == new File(golden, 'modules-buildkit-scratch.Dockerfile').text
// outside the build context, the ignore file is named after the Dockerfile, where BuildKit looks for it
assert new File(docker, 'Dockerfile.dockerignore').text == new File(golden, 'go.dockerignore').text
assert !new File(docker, '.dockerignore').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('Wrote ' + new File(docker, 'Dockerfile').path + ' (2 stages)')
return true
