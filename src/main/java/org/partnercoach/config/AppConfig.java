package org.partnercoach.config;

import java.util.ArrayList;
import java.util.List;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.Engine;

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
     * privileged Message Content intent, enabled for the bot in the Discord Developer Portal. Off by default: the
     * block and its key are optional (a file from before group sessions has neither).
     */
    public record SessionsConfig(boolean typedAnswers) {
        public static final SessionsConfig DEFAULT = new SessionsConfig(false);
    }

    /**
     * How to reach Discord. The URLs point elsewhere only in tests (a local stand-in for Discord). {@code shards}:
     * how many shards the bot has and which of them this process runs; absent, one process runs them all. The yes/no
     * settings are null only when the file leaves them out, which {@link #problems()} refuses: a key left out must not
     * quietly read as false. {@code coordinatorRoleName} is required too; empty ({@code ""}) means Manage Server only.
     */
    public record DiscordConfig(String token, String restBaseUrl, String gatewayUrl, Boolean compressGateway,
                                Boolean registerGlobalCommands, String coordinatorRoleName, ShardsConfig shards) {

        public DiscordConfig(String token, String restBaseUrl, String gatewayUrl, Boolean compressGateway,
                             Boolean registerGlobalCommands, String coordinatorRoleName) {
            this(token, restBaseUrl, gatewayUrl, compressGateway, registerGlobalCommands, coordinatorRoleName, null);
        }

        public DiscordConfig {
            shards = shards == null ? ShardsConfig.DEFAULT : shards;
        }

        public boolean hasToken() {
            return token != null && !token.isBlank();
        }

        public DiscordConfig withToken(String newToken) {
            return new DiscordConfig(newToken, restBaseUrl, gatewayUrl, compressGateway, registerGlobalCommands,
                    coordinatorRoleName, shards);
        }

        public DiscordConfig withShards(ShardsConfig newShards) {
            return new DiscordConfig(token, restBaseUrl, gatewayUrl, compressGateway, registerGlobalCommands,
                    coordinatorRoleName, newShards);
        }

        /** The shards this process runs; call only on a configuration {@link ConfigLoader} accepted. */
        public Shards runningShards() {
            return shards.running();
        }

        @Override
        public String toString() {
            return "DiscordConfig[token=" + (hasToken() ? "(set)" : "(none)") + ", restBaseUrl=" + restBaseUrl
                    + ", gatewayUrl=" + gatewayUrl + "]";
        }
    }

    /**
     * Discord shards, as written: {@code total} (null: 1) and {@code ids}, the shards this process runs: "all"
     * (or absent), one number, a range "0-3" or a list "0,2" (ranges and numbers may be mixed: "0-1,4").
     */
    public record ShardsConfig(Integer total, String ids) {
        public static final ShardsConfig DEFAULT = new ShardsConfig(null, null);

        /**
         * The most shards a bot may have here. Discord lets a bot start 1,000 gateway sessions a day (its session
         * start limit; raised only for the very largest bots), one per shard, and a shard holds up to 2,500 servers:
         * 1,000 shards serve 2.5 million servers. A larger number is a slip, on which JDA would try to make every shard.
         */
        public static final int MAX_TOTAL = 1000;

        int totalOrOne() {
            return total == null ? 1 : total;
        }

        /** What is wrong with these settings, as (key, text); null when they are usable. */
        Problem problem() {
            if (totalOrOne() < 1 || totalOrOne() > MAX_TOTAL) {
                return new Problem("discord.shards.total", TOTAL_RULE + " (found " + total + ")");
            }
            if (ids == null || ids.isBlank() || ids.strip().equalsIgnoreCase("all")) {
                return null;
            }
            java.util.List<String[]> ranges = ranges();
            if (ranges == null) {
                return new Problem("discord.shards.ids", "must be all, one shard number, a range like 0-3 or a "
                        + "list like 0,2 (found " + clip(ids.strip()) + ")");
            }
            for (String[] range : ranges) {
                if (!below(range[1], totalOrOne())) {
                    String first = below(range[0], totalOrOne()) ? String.valueOf(totalOrOne()) : clip(range[0]);
                    return new Problem("discord.shards.ids", "names shard " + first + ", but there are only "
                            + totalOrOne() + " shard(s) (discord.shards.total), numbered from 0");
                }
            }
            return null;
        }

        /** What discord.shards.total must be; ConfigLoader says the same of a number too long to read. */
        static final String TOTAL_RULE = "must be a whole number of shards from 1 to " + MAX_TOTAL;

        /** The ranges {@code ids} names, as written ("4" is 4 to 4); null when it is not a list of numbers and ranges. */
        private java.util.List<String[]> ranges() {
            java.util.List<String[]> out = new ArrayList<>();
            for (String part : ids.strip().split("\\s*,\\s*", -1)) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?:\\s*-\\s*(\\d+))?")
                        .matcher(part);
                if (!m.matches()) {
                    return null;
                }
                String from = m.group(1).replaceFirst("^0+(?=.)", "");
                String to = m.group(2) == null ? from : m.group(2).replaceFirst("^0+(?=.)", "");
                if (new java.math.BigInteger(to).compareTo(new java.math.BigInteger(from)) < 0) {
                    return null;
                }
                out.add(new String[] {from, to});
            }
            return out;
        }

        /** Whether the number written as {@code digits} is below {@code limit}, however long it is. */
        private static boolean below(String digits, int limit) {
            return digits.length() <= 9 && Integer.parseInt(digits) < limit;
        }

        private static String clip(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "..." : value;
        }

        /** The numbers {@code ids} names; call only when {@link #problem()} found none. */
        private java.util.List<Integer> listed() {
            java.util.Set<Integer> out = new java.util.TreeSet<>();
            for (String[] range : ranges()) {
                for (int i = Integer.parseInt(range[0]); i <= Integer.parseInt(range[1]); i++) {
                    out.add(i);
                }
            }
            return java.util.List.copyOf(out);
        }

        Shards running() {
            if (ids == null || ids.isBlank() || ids.strip().equalsIgnoreCase("all")) {
                return Shards.all(totalOrOne());
            }
            return new Shards(totalOrOne(), listed());
        }
    }

    /**
     * Where the data lives: an H2 file by default (or in memory), or PostgreSQL for several bot processes.
     *
     * @param user     the PostgreSQL user ({@code PARTNER_COACH_DB_USER} overrides it); unused for H2
     * @param password the PostgreSQL password ({@code PARTNER_COACH_DB_PASSWORD} overrides it); never printed
     * @param poolSize the most connections the bot keeps open; absent: {@link Database#DEFAULT_POOL_SIZE}
     * @param key      the file encryption key from {@code PARTNER_COACH_DB_KEY} (H2's {@code CIPHER=AES}); null for an
     *                 unencrypted file. Never read from the file, never printed: {@link #toString()} hides it.
     */
    public record DatabaseConfig(String url, String user, String password, Integer poolSize, String key) {
        public DatabaseConfig(String url) {
            this(url, null, null, null, null);
        }

        public boolean hasKey() {
            return key != null && !key.isEmpty();
        }

        /** What the storage layer needs to open this database. */
        public Database.Settings settings() {
            return new Database.Settings(url, user, password, key, poolSize == null ? 0 : poolSize);
        }

        public DatabaseConfig withUrl(String newUrl) {
            return new DatabaseConfig(newUrl, user, password, poolSize, key);
        }

        public DatabaseConfig withKey(String newKey) {
            return new DatabaseConfig(url, user, password, poolSize, newKey);
        }

        public DatabaseConfig withLogin(String newUser, String newPassword) {
            return new DatabaseConfig(url, newUser, newPassword, poolSize, key);
        }

        @Override
        public String toString() {
            return "DatabaseConfig[url=" + url + ", user=" + user + ", password=" + (password == null ? "(none)"
                    : "(set)") + ", poolSize=" + poolSize + ", key=" + (hasKey() ? "(set)" : "(none)") + "]";
        }
    }

    /** A folder whose curriculum files (same names as the built-in ones) replace the built-in content. */
    public record CurriculumConfig(String overrideDirectory) {
    }

    /** The local console: the name of its first member (the server's owner) and where files are written. */
    /** The longest console member name the console keeps (its names column). */
    public static final int CONSOLE_NAME = 100;

    public record ConsoleConfig(String ownerName, String outputDirectory, String serverName) {
    }

    /**
     * How often due work (reminders, digests) is looked for while connected to Discord, and the name this process
     * claims that work under ({@code instance}; {@code PARTNER_COACH_INSTANCE} overrides it). One process on a
     * database needs no name; each of several processes on one PostgreSQL needs its own (docs/scaling.md).
     */
    public record SchedulerConfig(Integer pollSeconds, String instance) {
        /** The name a process has when none is configured: the one name a single process has always used. */
        public static final String DEFAULT_INSTANCE = "main";

        public SchedulerConfig(Integer pollSeconds) {
            this(pollSeconds, null);
        }

        /** The configured name, or {@link #DEFAULT_INSTANCE}. */
        public String instanceName() {
            return instance == null || instance.isBlank() ? DEFAULT_INSTANCE : instance.strip();
        }

        public SchedulerConfig withInstance(String newInstance) {
            return new SchedulerConfig(pollSeconds, newInstance);
        }
    }

    public AppConfig withDiscord(DiscordConfig d) {
        return new AppConfig(d, database, curriculum, console, scheduler, sessions);
    }

    public AppConfig withDatabase(DatabaseConfig d) {
        return new AppConfig(discord, d, curriculum, console, scheduler, sessions);
    }

    public AppConfig withDatabaseUrl(String url) {
        return withDatabase(database == null ? new DatabaseConfig(url) : database.withUrl(url));
    }

    public AppConfig withDatabaseKey(String key) {
        return withDatabase((database == null ? new DatabaseConfig(null) : database).withKey(key));
    }

    public AppConfig withScheduler(SchedulerConfig s) {
        return new AppConfig(discord, database, curriculum, console, s, sessions);
    }

    public AppConfig withSessions(SessionsConfig s) {
        return new AppConfig(discord, database, curriculum, console, scheduler, s);
    }

    /** One thing wrong with the configuration: the key and what is wrong with it, read after the key. */
    record Problem(String key, String text) {
    }

    /** The problems with this configuration, each naming its key; empty when it is usable. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        require(problems, discord, "discord", DiscordConfig.class);
        require(problems, database, "database", DatabaseConfig.class);
        require(problems, curriculum, "curriculum", CurriculumConfig.class);
        require(problems, console, "console", ConsoleConfig.class);
        require(problems, scheduler, "scheduler", SchedulerConfig.class);
        if (discord != null) {
            requireUrl(problems, discord.restBaseUrl(), "discord.restBaseUrl", "http");
            requireUrl(problems, discord.gatewayUrl(), "discord.gatewayUrl", "ws");
            if (discord.compressGateway() == null) {
                problems.add(missing("discord.compressGateway"));
            }
            if (discord.registerGlobalCommands() == null) {
                problems.add(missing("discord.registerGlobalCommands"));
            }
            if (discord.coordinatorRoleName() == null) {
                // "" is a choice (Manage Server only); a key left out is not: the README's default is Coordinator
                problems.add(missing("discord.coordinatorRoleName"));
            }
            Problem shards = discord.shards().problem();
            if (shards != null) {
                problems.add(shards);
            }
        }
        if (database != null) {
            String urlProblem = databaseUrlProblem(database.url());
            if (urlProblem != null) {
                problems.add(new Problem("database.url", urlProblem));
            }
            if (database.poolSize() != null && (database.poolSize() < 2 || database.poolSize() > 200)) {
                problems.add(new Problem("database.poolSize", "must be a whole number of connections from 2 to 200 "
                        + "(found " + database.poolSize() + ")"));
            }
        }
        if (curriculum != null) {
            // a folder for the coalition's own content: it need not exist, but the key says where it would be
            requireText(problems, curriculum.overrideDirectory(), "curriculum.overrideDirectory");
        }
        if (console != null) {
            requireText(problems, console.ownerName(), "console.ownerName");
            if (console.ownerName() != null && console.ownerName().strip().length() > CONSOLE_NAME) {
                problems.add(new Problem("console.ownerName", "must be at most " + CONSOLE_NAME
                        + " characters (found " + console.ownerName().strip().length() + ")"));
            }
            requireText(problems, console.outputDirectory(), "console.outputDirectory");
            requireText(problems, console.serverName(), "console.serverName");
        }
        if (scheduler != null && scheduler.pollSeconds() == null) {
            problems.add(missing("scheduler.pollSeconds"));
        } else if (scheduler != null && (scheduler.pollSeconds() < 1 || scheduler.pollSeconds() > 3600)) {
            problems.add(new Problem("scheduler.pollSeconds", "must be a whole number of seconds from 1 to 3600 "
                    + "(found " + scheduler.pollSeconds() + ")"));
        }
        if (scheduler != null && scheduler.instance() != null && !INSTANCE.matcher(scheduler.instance()).matches()) {
            problems.add(new Problem("scheduler.instance", "must be 1 to 64 letters, digits, dots, dashes or "
                    + "underscores, for example bot-2 (found \"" + clipped(scheduler.instance()) + "\")"));
        }
        return problems;
    }

    private static final java.util.regex.Pattern INSTANCE = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private static String clipped(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }

    /** What is wrong with a database URL, read after its name; null when the bot can use it. */
    static String databaseUrlProblem(String url) {
        if (url == null || url.isBlank()) {
            return missing("database.url").text();
        }
        if (Engine.of(url) == null) {
            // name the kind of URL, not all of it: it may hold a password
            int scheme = url.indexOf(':', url.startsWith("jdbc:") ? "jdbc:".length() : 0);
            String kind = scheme > 0 ? url.substring(0, scheme + 1) + "..." : clipped(url);
            return "must be an H2 or a PostgreSQL URL, found " + kind + "; " + Database.SUPPORTED_URLS;
        }
        return null;
    }

    /** An empty or absent section: name its first key, which is what the reader has to add. */
    /** What to write for keys whose purpose is not plain from their name. */
    private static final java.util.Map<String, String> EXAMPLES = java.util.Map.of(
            "discord.compressGateway", " (true or false; true compresses Discord's gateway traffic)",
            "discord.registerGlobalCommands", " (true or false; false registers commands in each server only)",
            "discord.coordinatorRoleName", " (the role whose members are coordinators, for example \"Coordinator\"; "
                    + "\"\" for Manage Server only)",
            "database.url", " (for example jdbc:h2:file:./data/partner-coach)",
            "curriculum.overrideDirectory", " (a folder for your own coaching content, for example config/curriculum;"
                    + " it need not exist)",
            "scheduler.pollSeconds", " (how many seconds between looks for due reminders, for example 30)");

    private static Problem missing(String key) {
        return new Problem(key, "is missing" + EXAMPLES.getOrDefault(key, ""));
    }

    private static void require(List<Problem> problems, Object section, String key, Class<? extends Record> type) {
        if (section == null) {
            problems.add(missing(key + "." + type.getRecordComponents()[type == DiscordConfig.class ? 1 : 0]
                    .getName()));
        }
    }

    private static void requireText(List<Problem> problems, String value, String key) {
        if (value == null || value.isBlank()) {
            problems.add(missing(key));
        }
    }

    private static void requireUrl(List<Problem> problems, String value, String key, String scheme) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(key, "is missing"));
        } else if (!value.startsWith(scheme)) {
            problems.add(new Problem(key, "must start with " + scheme + ":// or " + scheme + "s://"));
        }
    }
}
