package org.partnercoach.storage;

/**
 * The database cannot be opened or brought up to date. The message is one line saying what is wrong and what to do;
 * {@link #aboutUrl()} tells whether the database URL itself is at fault, so the caller can name where it came from.
 */
public class DatabaseUnavailableException extends StorageException {

    private final boolean aboutUrl;

    public DatabaseUnavailableException(String message) {
        this(message, false);
    }

    private DatabaseUnavailableException(String message, boolean aboutUrl) {
        super(message, null);
        this.aboutUrl = aboutUrl;
    }

    static DatabaseUnavailableException aboutUrl(String message) {
        return new DatabaseUnavailableException(message, true);
    }

    public boolean aboutUrl() {
        return aboutUrl;
    }
}
