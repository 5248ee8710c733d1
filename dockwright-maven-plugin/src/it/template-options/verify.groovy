// target, flavor and port from the POM reach the template; a Dockerfile named app.Dockerfile gets
// app.Dockerfile.dockerignore, the name BuildKit looks for next to it.
def golden = new File(basedir, '../../../../dockerfile-templates/src/test/resources/golden/python')
def docker = new File(basedir, 'target/docker')
assert new File(docker, 'app.Dockerfile').text == new File(golden, 'pip-buildah-distroless.Dockerfile').text
assert new File(docker, 'app.Dockerfile.dockerignore').text == new File(golden, 'python.dockerignore').text
assert !new File(docker, '.dockerignore').exists()
return true
