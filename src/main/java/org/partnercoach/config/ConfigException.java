package org.partnercoach.config;

/** The configuration cannot be used. The message is one line naming the file and the key. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
