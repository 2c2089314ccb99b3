# Build stage: Maven with JDK 17 builds the runnable jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src ./src
COPY config ./config
# the class archive is made in the runtime stage, by the Java that runs the bot (an archive is tied to one JVM build)
RUN mvn -B -ntp -q -DskipTests -Dexec.skip=true package

# Runtime stage: a JRE, a non-root user, and the data on a volume.
FROM eclipse-temurin:17-jre
RUN groupadd --system coach && useradd --system --gid coach --home-dir /app coach
WORKDIR /app
COPY --from=build /src/target/partner-coach.jar /app/partner-coach.jar
COPY config /app/config
# Class data sharing (README, "Quick start"): the jar starts once on a throwaway database with this image's Java, which
# keeps the classes that start loaded; the bot then maps them at every start instead of reading them again.
COPY src/main/class-archive/training-script.txt /tmp/class-archive/training-script.txt
RUN PARTNER_COACH_DB_URL=jdbc:h2:file:/tmp/class-archive/training \
      java -XX:ArchiveClassesAtExit=/app/partner-coach.jsa -jar /app/partner-coach.jar \
      --script /tmp/class-archive/training-script.txt > /tmp/class-archive/training.log \
    && rm -rf /tmp/class-archive
RUN mkdir -p /data && chown coach:coach /data
USER coach
VOLUME ["/data"]
# DISCORD_TOKEN comes from the environment at run time (docker run -e DISCORD_TOKEN=...), never from the image.
ENV PARTNER_COACH_DB_URL=jdbc:h2:file:/data/partner-coach
# Healthy while the bot is connected to Discord and its scheduler runs: the running bot rewrites /data/health on
# every scheduler poll (scheduler.pollSeconds) while connected; the check fails when it is older than three polls.
HEALTHCHECK --interval=60s --timeout=20s --start-period=120s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=/app/partner-coach.jsa", "-cp", "/app/partner-coach.jar", "org.partnercoach.Health"]
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/partner-coach.jsa", "-jar", "/app/partner-coach.jar"]
