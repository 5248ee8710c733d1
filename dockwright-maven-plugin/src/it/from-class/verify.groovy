// The Dockerfile is the rendering of what com.example.Images.dockerfile() returns; no .dockerignore is
// written for a class (it knows only the Dockerfile).
def expected = '''\
FROM maven:3.9.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
COPY src/ ./src/
RUN mvn -B -q package

FROM eclipse-temurin:21.0.5_11-jre AS runtime
COPY --from=build /src/target/app.jar /app/app.jar
USER 10001
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
'''
assert new File(basedir, 'Dockerfile').text == expected
assert !new File(basedir, '.dockerignore').exists()
return true
