// A class the project does not have fails the build with a message naming it.
def log = new File(basedir, 'build.log').text
assert log.contains('Dockwright: class com.example.Missing not found in the project\'s classes or dependencies (is it compiled before this goal\'s phase?)')
assert !new File(basedir, 'Dockerfile').exists()
return true
