package org.partnercoach.storage;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * What kind of trouble kept the daily backup from being written, stored in its place of the error
 * ({@code storage_jobs.last_error}) so that {@code /coach status} tells coordinators in plain words and what whoever
 * runs the bot should do; the error's own text goes to the log only. The stored name is the constant's: rename none.
 */
public enum BackupTrouble {
    /** The disk (or the user's quota) is full. */
    DISK_FULL("the disk is full", "free some space on the disk that holds the database"),
    /** The bot's user may not write in the backups folder, or the disk is mounted read-only. */
    NOT_WRITABLE("the bot may not write in its `backups` folder",
            "let the bot's user write in the `backups` folder next to the database"),
    /** A file named {@code backups} stands where the folder should be. */
    FOLDER_BLOCKED("a file named `backups` stands where the bot keeps its copies",
            "move that file away from the folder that holds the database"),
    /** Anything else: an error of the database or of the disk that the bot cannot put in plain words. */
    OTHER("the copy could not be written", "look in the bot's log, where the details are");

    private final String reason;
    private final String remedy;

    BackupTrouble(String reason, String remedy) {
        this.reason = reason;
        this.remedy = remedy;
    }

    /** Why the latest backup failed, in plain words. */
    public String reason() {
        return reason;
    }

    /** What whoever runs the bot should do about it. */
    public String remedy() {
        return remedy;
    }

    /** The kind of trouble behind a failed backup, from the exception and its causes. */
    static BackupTrouble of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("disk quota exceeded")
                    || message.contains("not enough space")) {
                return DISK_FULL;
            }
            if (t instanceof FileAlreadyExistsException || t instanceof NotDirectoryException
                    || message.contains("not a directory")) {
                return FOLDER_BLOCKED;
            }
            if (t instanceof AccessDeniedException || message.contains("permission denied")
                    || message.contains("read-only file system") || message.contains("access is denied")) {
                return NOT_WRITABLE;
            }
        }
        return OTHER;
    }

    /** The kind as stored; an error's raw text stored by an earlier version reads as {@link #OTHER}. */
    static BackupTrouble stored(String value) {
        if (value == null) {
            return null;
        }
        for (BackupTrouble t : values()) {
            if (t.name().equals(value)) {
                return t;
            }
        }
        return OTHER;
    }
}
