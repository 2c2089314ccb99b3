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
 * {@link AppConfig}, then applies environment overrides: {@code DISCORD_TOKEN}, {@code PARTNER_COACH_DB_URL}.
 */
public final class ConfigLoader {

    public static final Path DEFAULT_FILE = Path.of("config", "partner-coach.yml");
    public static final String ENV_TOKEN = "DISCORD_TOKEN";
    public static final String ENV_CONFIG = "PARTNER_COACH_CONFIG";
    public static final String ENV_DB_URL = "PARTNER_COACH_DB_URL";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ConfigLoader() {
    }

    public static AppConfig load(Map<String, String> env) {
        Path file = Path.of(env.getOrDefault(ENV_CONFIG, DEFAULT_FILE.toString()));
        AppConfig config = read(file);
        String token = env.get(ENV_TOKEN);
        if (token != null && !token.isBlank()) {
            config = config.withDiscord(config.discord().withToken(token.strip()));
        } else if (config.discord() != null && config.discord().hasToken()) {
            // a token written into the file would end up in backups and commits
            throw new ConfigException(file + ": discord.token must not be in the file; set DISCORD_TOKEN instead");
        }
        String dbUrl = env.get(ENV_DB_URL);
        if (dbUrl != null && !dbUrl.isBlank()) {
            config = config.withDatabaseUrl(dbUrl.strip());
        }
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new ConfigException(file + ": " + problems.get(0));
        }
        return config;
    }

    static AppConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": file not found (set " + ENV_CONFIG + " to use another file)");
        }
        try {
            AppConfig config = YAML.readValue(file.toFile(), AppConfig.class);
            if (config == null) {
                throw new ConfigException(file + ": the file is empty");
            }
            return config;
        } catch (JsonMappingException e) {
            throw new ConfigException(file + ": " + describe(e));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read as YAML (" + firstLine(e.getMessage()) + ")");
        }
    }

    private static String describe(JsonMappingException e) {
        String key = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
            return key + " is not a setting Partner Coach knows";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
            return key + " has a value of the wrong kind (" + f.getValue() + ")";
        }
        return (key.isEmpty() ? "" : key + ": ") + firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
