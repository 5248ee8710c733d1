// The Dockerfile is the rendering of what the test class's image() returns.
def expected = '''\
FROM eclipse-temurin:21.0.5_11-jre AS runtime
COPY target/classes/ /app/
USER 10001
CMD ["java", "-cp", "/app", "com.example.App"]
'''
assert new File(basedir, 'Dockerfile').text == expected
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] Wrote ' + new File(basedir, 'Dockerfile').path + ' (1 stage)')
return true
