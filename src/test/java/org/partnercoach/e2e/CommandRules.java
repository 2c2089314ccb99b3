package org.partnercoach.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Discord's documented rules for a slash command, checked on what the bot registered: names, descriptions,
 * counts of options and choices, required options first, one level of subcommand groups, 8000 characters in all.
 */
final class CommandRules {

    private static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}]{1,32}$");
    private static final int SUB_COMMAND = 1;
    private static final int SUB_COMMAND_GROUP = 2;
    static final int MAX_OPTIONS = 25;
    static final int MAX_CHOICES = 25;
    static final int MAX_TOTAL_TEXT = 8000;

    private CommandRules() {
    }

    /** Every rule the command breaks, each naming where; empty when Discord would accept it. */
    static List<String> problems(JsonNode command) {
        List<String> problems = new ArrayList<>();
        String root = "/" + command.path("name").asText();
        checkNamed(command, root, problems);
        checkOptions(command.path("options"), root, 0, problems);
        int total = textLength(command);
        if (total > MAX_TOTAL_TEXT) {
            problems.add(root + ": " + total + " characters of names, descriptions and choices (max 8000)");
        }
        return problems;
    }

    private static void checkOptions(JsonNode options, String where, int depth, List<String> problems) {
        if (options.size() > MAX_OPTIONS) {
            problems.add(where + ": " + options.size() + " options (max 25)");
        }
        boolean optionalSeen = false;
        for (JsonNode option : options) {
            String at = where + " " + option.path("name").asText();
            checkNamed(option, at, problems);
            int type = option.path("type").asInt();
            if (type == SUB_COMMAND_GROUP) {
                if (depth > 0) {
                    problems.add(at + ": a subcommand group may only sit at the top level");
                }
                option.path("options").forEach(sub -> {
                    if (sub.path("type").asInt() != SUB_COMMAND) {
                        problems.add(at + ": a group holds only subcommands");
                    }
                });
                checkOptions(option.path("options"), at, depth + 1, problems);
            } else if (type == SUB_COMMAND) {
                checkOptions(option.path("options"), at, depth + 1, problems);
            } else {
                boolean required = option.path("required").asBoolean(false);
                if (required && optionalSeen) {
                    problems.add(at + ": a required option after an optional one");
                }
                optionalSeen |= !required;
                JsonNode choices = option.path("choices");
                if (choices.size() > MAX_CHOICES) {
                    problems.add(at + ": " + choices.size() + " choices (max 25)");
                }
                choices.forEach(c -> {
                    int length = c.path("name").asText().length();
                    if (length < 1 || length > 100) {
                        problems.add(at + ": a choice name of " + length + " characters (1 to 100)");
                    }
                });
            }
        }
    }

    private static void checkNamed(JsonNode node, String where, List<String> problems) {
        String name = node.path("name").asText();
        if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            problems.add(where + ": the name '" + name + "' must be 1 to 32 lowercase letters, digits, - or _");
        }
        int description = node.path("description").asText().length();
        if (description < 1 || description > 100) {
            problems.add(where + ": a description of " + description + " characters (1 to 100)");
        }
    }

    private static int textLength(JsonNode node) {
        int n = node.path("name").asText().length() + node.path("description").asText().length();
        for (JsonNode choice : node.path("choices")) {
            n += choice.path("name").asText().length() + choice.path("value").asText().length();
        }
        for (JsonNode option : node.path("options")) {
            n += textLength(option);
        }
        return n;
    }
}
