package org.partnercoach.config;

import java.io.IOException;

/**
 * A YAML file that cannot be read at all (a quote left open, a tab, a key indented by mistake), said in one line for
 * whoever runs the bot: where it is and what the reader found, without the reader's own multi-line trace. Shared by
 * the bot's configuration and its coaching content.
 */
public final class YamlSlip {

    private YamlSlip() {
    }

    /** "cannot be read as YAML at line 2 (mapping values are not allowed here)". */
    public static String describe(IOException e) {
        return describe(e, e.getMessage());
    }

    /** The same, with the reader's message given apart (a mapping error wraps the reader's own). */
    static String describe(IOException e, String message) {
        return "cannot be read as YAML" + atLine(e) + " (" + firstLine(message) + ")";
    }

    /** " at line N" for a YAML syntax error the reader located, so the operator knows where to look. */
    private static String atLine(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                && p.getLocation().getLineNr() > 0) {
            return " at line " + p.getLocation().getLineNr();
        }
        return "";
    }

    /** The first line of a reader's message: its own words, without the excerpt of the file it adds. */
    public static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
