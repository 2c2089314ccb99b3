package org.partnercoach.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything Partner Coach reads from {@code config/partner-coach.yml}, after environment overrides. The Discord
 * token is only ever taken from the environment and is never printed: {@link #toString()} hides it.
 */
public record AppConfig(DiscordConfig discord, DatabaseConfig database, CurriculumConfig curriculum,
                        ConsoleConfig console, SchedulerConfig scheduler, SessionsConfig sessions) {

    /** A configuration without a {@code sessions} block: group sessions take answers through the form only. */
    public AppConfig(DiscordConfig discord, DatabaseConfig database, CurriculumConfig curriculum,
                     ConsoleConfig console, SchedulerConfig scheduler) {
        this(discord, database, curriculum, console, scheduler, SessionsConfig.DEFAULT);
    }

    public AppConfig {
        sessions = sessions == null ? SessionsConfig.DEFAULT : sessions;
    }

    /**
     * Group sessions. {@code typedAnswers}: lines typed in a session's thread count as answers too; this needs the
     * privileged Message Content intent, enabled for the bot in the Discord Developer Portal. Off by default.
     */
    public record SessionsConfig(boolean typedAnswers) {
        public static final SessionsConfig DEFAULT = new SessionsConfig(false);
    }

    /** How to reach Discord. The URLs point elsewhere only in tests (a local stand-in for Discord). */
    public record DiscordConfig(String token, String restBaseUrl, String gatewayUrl, boolean compressGateway,
                                boolean registerGlobalCommands, String coordinatorRoleName) {
        public boolean hasToken() {
            return token != null && !token.isBlank();
        }

        public DiscordConfig withToken(String newToken) {
            return new DiscordConfig(newToken, restBaseUrl, gatewayUrl, compressGateway, registerGlobalCommands,
                    coordinatorRoleName);
        }

        @Override
        public String toString() {
            return "DiscordConfig[token=" + (hasToken() ? "(set)" : "(none)") + ", restBaseUrl=" + restBaseUrl
                    + ", gatewayUrl=" + gatewayUrl + "]";
        }
    }

    /** Where the data lives: an H2 file by default, any JDBC URL otherwise. */
    public record DatabaseConfig(String url) {
    }

    /** A folder whose curriculum files (same names as the built-in ones) replace the built-in content. */
    public record CurriculumConfig(String overrideDirectory) {
    }

    /** The local console: the name of its first member (the server's owner) and where files are written. */
    public record ConsoleConfig(String ownerName, String outputDirectory, String serverName) {
    }

    /** How often due work (reminders, digests) is looked for while connected to Discord. */
    public record SchedulerConfig(int pollSeconds) {
    }

    public AppConfig withDiscord(DiscordConfig d) {
        return new AppConfig(d, database, curriculum, console, scheduler, sessions);
    }

    public AppConfig withDatabaseUrl(String url) {
        return new AppConfig(discord, new DatabaseConfig(url), curriculum, console, scheduler, sessions);
    }

    /** The problems with this configuration, each naming its key; empty when it is usable. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        require(problems, discord, "discord", DiscordConfig.class);
        require(problems, database, "database", DatabaseConfig.class);
        require(problems, curriculum, "curriculum", CurriculumConfig.class);
        require(problems, console, "console", ConsoleConfig.class);
        require(problems, scheduler, "scheduler", SchedulerConfig.class);
        if (discord != null) {
            requireUrl(problems, discord.restBaseUrl(), "discord.restBaseUrl", "http");
            requireUrl(problems, discord.gatewayUrl(), "discord.gatewayUrl", "ws");
        }
        if (database != null && (database.url() == null || !database.url().startsWith("jdbc:"))) {
            problems.add("database.url must be a JDBC URL such as jdbc:h2:file:./data/partner-coach");
        }
        if (console != null) {
            requireText(problems, console.ownerName(), "console.ownerName");
            requireText(problems, console.outputDirectory(), "console.outputDirectory");
            requireText(problems, console.serverName(), "console.serverName");
        }
        if (scheduler != null && (scheduler.pollSeconds() < 1 || scheduler.pollSeconds() > 3600)) {
            problems.add("scheduler.pollSeconds must be between 1 and 3600");
        }
        return problems;
    }

    /** An empty or absent section: name its first key, which is what the reader has to add. */
    private static void require(List<String> problems, Object section, String key, Class<? extends Record> type) {
        if (section == null) {
            problems.add(key + "." + type.getRecordComponents()[type == DiscordConfig.class ? 1 : 0].getName()
                    + " is missing");
        }
    }

    private static void requireText(List<String> problems, String value, String key) {
        if (value == null || value.isBlank()) {
            problems.add(key + " is missing");
        }
    }

    private static void requireUrl(List<String> problems, String value, String key, String scheme) {
        if (value == null || value.isBlank()) {
            problems.add(key + " is missing");
        } else if (!value.startsWith(scheme)) {
            problems.add(key + " must start with " + scheme + ":// or " + scheme + "s://");
        }
    }
}
