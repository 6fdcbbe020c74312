# Build stage: the Maven build, without the tests.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
# A layer of its own for the dependencies, so that a change of the sources does not fetch them again.
RUN mvn -B -q dependency:go-offline
COPY src ./src
# The build packages the built-in catalogue from the chart's folder into the jar.
COPY helm/integration-operator/catalogue ./helm/integration-operator/catalogue
RUN mvn -B -DskipTests package

# Runtime stage: a JRE only, as the unprivileged user the chart's pod expects.
FROM eclipse-temurin:17-jre
COPY --from=build /src/target/integration-operator.jar /app/integration-operator.jar
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/integration-operator.jar"]
