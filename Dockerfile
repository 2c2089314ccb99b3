# Build stage: Maven with JDK 17 builds the runnable jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src ./src
COPY config ./config
RUN mvn -B -ntp -q -DskipTests package

# Runtime stage: a JRE, a non-root user, and the data on a volume.
FROM eclipse-temurin:17-jre
RUN groupadd --system coach && useradd --system --gid coach --home-dir /app coach
WORKDIR /app
COPY --from=build /src/target/partner-coach.jar /app/partner-coach.jar
COPY config /app/config
RUN mkdir -p /data && chown coach:coach /data
USER coach
VOLUME ["/data"]
# DISCORD_TOKEN comes from the environment at run time (docker run -e DISCORD_TOKEN=...), never from the image.
ENV PARTNER_COACH_DB_URL=jdbc:h2:file:/data/partner-coach
# Healthy while the bot is connected to Discord and its scheduler runs: the running bot rewrites /data/health on
# every scheduler poll (scheduler.pollSeconds) while connected; the check fails when it is older than three polls.
HEALTHCHECK --interval=60s --timeout=20s --start-period=120s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-cp", "/app/partner-coach.jar", "org.partnercoach.Health"]
ENTRYPOINT ["java", "-jar", "/app/partner-coach.jar"]
