package org.partnercoach.support;

import java.io.IOException;
import java.nio.file.Path;

/** A file made immutable and back, for tests of a database file the bot may not write (chmod does not stop root). */
public final class FileAttributes {

    private FileAttributes() {
    }

    /** Runs chattr on {@code file} ({@code +i} or {@code -i}); false when it cannot (no such tool, file system, user). */
    public static boolean chattr(String change, Path file) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("chattr", change, file.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
