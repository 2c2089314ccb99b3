package org.partnercoach.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@code config/partner-coach.yml} (or the file named by {@code PARTNER_COACH_CONFIG}) into an
 * {@link AppConfig}, then applies environment overrides: {@code DISCORD_TOKEN}, {@code PARTNER_COACH_DB_URL},
 * {@code PARTNER_COACH_DB_USER}, {@code PARTNER_COACH_DB_PASSWORD}, {@code PARTNER_COACH_INSTANCE}.
 */
public final class ConfigLoader {

    public static final Path DEFAULT_FILE = Path.of("config", "partner-coach.yml");
    public static final String ENV_TOKEN = "DISCORD_TOKEN";
    public static final String ENV_CONFIG = "PARTNER_COACH_CONFIG";
    public static final String ENV_DB_URL = "PARTNER_COACH_DB_URL";
    /** The PostgreSQL user and password: override database.user and database.password. */
    public static final String ENV_DB_USER = "PARTNER_COACH_DB_USER";
    public static final String ENV_DB_PASSWORD = "PARTNER_COACH_DB_PASSWORD";
    /** The name this process claims scheduled work under: overrides scheduler.instance. */
    public static final String ENV_INSTANCE = "PARTNER_COACH_INSTANCE";
    /** The database file's encryption key (turns on H2's CIPHER=AES); only ever from the environment. */
    public static final String ENV_DB_KEY = "PARTNER_COACH_DB_KEY";
    /** Replace {@code discord.shards.total} and {@code discord.shards.ids} (one process of several, in a container). */
    public static final String ENV_SHARDS_TOTAL = "PARTNER_COACH_SHARDS_TOTAL";
    public static final String ENV_SHARD_IDS = "PARTNER_COACH_SHARD_IDS";

    // a key written twice in one section is a slip to point out, not a value for the last one to win
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // pollSeconds: 1.5 is a mistake to point out, not a value to round
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private ConfigLoader() {
    }

    /**
     * The configuration file read: the one {@code PARTNER_COACH_CONFIG} names, else config/partner-coach.yml (also
     * when the variable is set but empty, as {@code PARTNER_COACH_DB_URL=} is taken for unset).
     */
    public static Path file(Map<String, String> env) {
        String named = env.get(ENV_CONFIG);
        return named == null || named.isBlank() ? DEFAULT_FILE : Path.of(named.strip());
    }

    public static AppConfig load(Map<String, String> env) {
        Path file = file(env);
        AppConfig config = read(file);
        String token = env.get(ENV_TOKEN);
        if (token != null && !token.isBlank()) {
            config = config.withDiscord(config.discord().withToken(token.strip()));
        } else if (config.discord() != null && config.discord().hasToken()) {
            // a token written into the file would end up in backups and commits
            throw new ConfigException(file + ": discord.token must not be in the file; set DISCORD_TOKEN instead");
        }
        String dbUrl = env.get(ENV_DB_URL);
        boolean urlFromEnv = dbUrl != null && !dbUrl.isBlank();
        if (urlFromEnv) {
            config = config.withDatabaseUrl(dbUrl.strip());
        }
        if (config.database() != null) {
            String user = env.get(ENV_DB_USER);
            String password = env.get(ENV_DB_PASSWORD);
            if (user != null && !user.isBlank() || password != null && !password.isEmpty()) {
                config = config.withDatabase(config.database().withLogin(
                        user != null && !user.isBlank() ? user.strip() : config.database().user(),
                        password != null && !password.isEmpty() ? password : config.database().password()));
            }
        }
        String instance = env.get(ENV_INSTANCE);
        if (instance != null && !instance.isBlank() && config.scheduler() != null) {
            config = config.withScheduler(config.scheduler().withInstance(instance.strip()));
        }
        if (config.database() != null && config.database().hasKey()) {
            throw new ConfigException(file + ": database.key must not be in the file; set " + ENV_DB_KEY + " instead");
        }
        String key = env.get(ENV_DB_KEY);
        if (key != null && !key.isBlank()) {
            if (key.strip().chars().anyMatch(Character::isWhitespace) || key.strip().length() < 12) {
                throw new ConfigException("environment variable " + ENV_DB_KEY + " must be at least 12 characters "
                        + "with no spaces; make one with: openssl rand -hex 32");
            }
            config = config.withDatabaseKey(key.strip());
        }
        Map<String, String> fromEnv = new java.util.HashMap<>();
        config = shardsFromEnv(config, env, fromEnv);
        List<AppConfig.Problem> problems = config.problems();
        if (!problems.isEmpty()) {
            AppConfig.Problem first = problems.get(0);
            if (urlFromEnv && first.key().equals("database.url")) {
                throw new ConfigException("environment variable " + ENV_DB_URL + " " + first.text());
            }
            if (fromEnv.containsKey(first.key())) {
                throw new ConfigException("environment variable " + fromEnv.get(first.key()) + ": " + first.key() + " "
                        + first.text());
            }
            if (instance != null && !instance.isBlank() && first.key().equals("scheduler.instance")) {
                throw new ConfigException("environment variable " + ENV_INSTANCE + " " + first.text());
            }
            throw new ConfigException(file + ": " + first.key() + " " + first.text());
        }
        return config;
    }

    /**
     * {@value #ENV_SHARDS_TOTAL} and {@value #ENV_SHARD_IDS} replace the file's shard settings; {@code fromEnv}
     * learns which keys came from which variable, to name the variable in a problem.
     */
    private static AppConfig shardsFromEnv(AppConfig config, Map<String, String> env, Map<String, String> fromEnv) {
        if (config.discord() == null) {
            return config;
        }
        AppConfig.ShardsConfig shards = config.discord().shards();
        String total = env.get(ENV_SHARDS_TOTAL);
        if (total != null && !total.isBlank()) {
            int parsed;
            try {
                parsed = Integer.parseInt(total.strip());
            } catch (NumberFormatException e) {
                // digits too many to read are a number far too large, not a word
                String rule = total.strip().matches("[+-]?\\d+") ? AppConfig.ShardsConfig.TOTAL_RULE
                        : "must be a whole number";
                throw new ConfigException("environment variable " + ENV_SHARDS_TOTAL + ": discord.shards.total " + rule
                        + " (found " + clip(total.strip()) + ")");
            }
            shards = new AppConfig.ShardsConfig(parsed, shards.ids());
            fromEnv.put("discord.shards.total", ENV_SHARDS_TOTAL);
        }
        String ids = env.get(ENV_SHARD_IDS);
        if (ids != null && !ids.isBlank()) {
            shards = new AppConfig.ShardsConfig(shards.total(), ids.strip());
            fromEnv.put("discord.shards.ids", ENV_SHARD_IDS);
        }
        return config.withDiscord(config.discord().withShards(shards));
    }

    private static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }

    /** Where the database URL was taken from, to name it in a message: the variable, or the file and key. */
    public static String databaseUrlSource(Map<String, String> env) {
        String dbUrl = env.get(ENV_DB_URL);
        if (dbUrl != null && !dbUrl.isBlank()) {
            return "environment variable " + ENV_DB_URL;
        }
        return file(env) + ": database.url";
    }

    static AppConfig read(Path file) {
        if (Files.isDirectory(file)) {
            throw new ConfigException(file + ": is a folder, not a file; name the configuration file itself (set "
                    + ENV_CONFIG + " to use another file)");
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": file not found (set " + ENV_CONFIG + " to use another file)");
        }
        if (!Files.isReadable(file)) {
            throw new ConfigException(file + ": cannot be read; let the bot's user read it (chown or chmod)");
        }
        try {
            AppConfig config = YAML.readValue(file.toFile(), AppConfig.class);
            if (config == null) {
                throw new ConfigException(file + ": the file is empty");
            }
            return config;
        } catch (JsonMappingException e) {
            if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException && e.getPath().isEmpty()
                    && String.valueOf(e.getOriginalMessage()).startsWith("No content to map")) {
                // nothing at all, or only comments: Jackson finds no content to map
                throw new ConfigException(file + ": the file is empty");
            }
            throw new ConfigException(file + ": " + describe(e));
        } catch (IOException e) {
            String twice = twice(e, "");
            throw new ConfigException(file + ": " + (twice != null ? twice : YamlSlip.describe(e)));
        }
    }

    /**
     * "scheduler.pollSeconds is written twice; keep one" when the reader found a key twice in one section (its
     * {@code STRICT_DUPLICATE_DETECTION}), the key named with its section; else null.
     */
    private static String twice(IOException e, String section) {
        String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException p
                ? String.valueOf(p.getOriginalMessage()) : String.valueOf(e.getMessage());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Duplicate field '(.*)'").matcher(message);
        if (!m.find()) {
            return null;
        }
        return (section.isEmpty() ? "" : section + ".") + m.group(1) + " is written twice; keep one";
    }

    /**
     * What to say of a section written as a value or a list, or of a file that is neither settings nor empty
     * ({@code hello}, {@code - a}): it holds no key: value settings. Null for anything else.
     */
    private static String notSettings(JsonMappingException e, String key) {
        if (!(e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m)
                || m.getTargetType() == null || !m.getTargetType().isRecord()
                || m.getTargetType().getEnclosingClass() != AppConfig.class && m.getTargetType() != AppConfig.class) {
            return null;
        }
        if (key.isEmpty()) {
            return "holds no settings; expected keys such as discord: at the top, each with its settings indented "
                    + "under it, as in the committed config/partner-coach.yml";
        }
        java.lang.reflect.RecordComponent[] parts = m.getTargetType().getRecordComponents();
        // the Discord token is never written in the file: name the first key that is
        String first = parts[m.getTargetType() == AppConfig.DiscordConfig.class ? 1 : 0].getName();
        return key + " must have its settings indented under it (such as " + first + ":), not a value or a list";
    }

    private static String describe(JsonMappingException e) {
        String key = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        String twice = twice(e, key);
        if (twice != null) {
            return twice;
        }
        String notSettings = notSettings(e, key);
        if (notSettings != null) {
            return notSettings;
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
            return key + " is not a setting Partner Coach knows";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
                && (m.getTargetType() == int.class || m.getTargetType() == Integer.class)) {
            return key + " must be a whole number" + found(e);
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f
                && (f.getTargetType() == boolean.class || f.getTargetType() == Boolean.class)) {
            return key + " must be true or false (found " + f.getValue() + ")";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
            return key + " has a value of the wrong kind (" + f.getValue() + ")";
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("while scanning") || original.startsWith("while parsing")) {
            // a YAML slip (a quote left open, a tab) found while reading a section: where it is matters most
            return YamlSlip.describe(e, original);
        }
        if (original.startsWith("Cannot map `null` into type")) {
            return key + " is missing";
        }
        if (original.startsWith("Numeric value") && original.contains("out of range")) {
            return key + " must be a whole number" + found(e) + ": it is far too large";
        }
        if (original.contains("from Array value")) {
            // a list is written by slip: say how to write this key as one value
            return key + " must be one value, not a list (" + (key.endsWith("shards.ids")
                    ? "write it as text, like 0,2" : key.endsWith("coordinatorRoleName") ? "write one role name"
                    : "write one value") + ")";
        }
        if (original.contains("No fallback setter/field defined for creator property")) {
            return key + " is written twice; keep one";
        }
        return (key.isEmpty() ? "" : key + ": ") + YamlSlip.firstLine(e.getOriginalMessage());
    }

    /** The value Jackson quotes in its message, as " (found 1.5)", or nothing. */
    private static String found(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
            return " (found " + f.getValue() + ")";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("value \\(([^)]*)\\)")
                .matcher(String.valueOf(e.getOriginalMessage()));
        return m.find() ? " (found " + m.group(1) + ")" : "";
    }
}
