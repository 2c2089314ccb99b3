package org.partnercoach.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;

/**
 * Refuses an H2 file whose end is missing, before H2 opens it and writes to it.
 *
 * <p>H2 writes each commit as a chunk of the file, and when it closes the file it writes the chunk's version into the
 * file's header. Opening a file, it takes the newest chunk it finds whole whose chunks are all there; a file cut short
 * (a copy that did not finish, a full disk, a truncated volume) has lost the newest chunks, and H2 opens it, without a
 * word, as the database it was before them: an older one, or, when the first chunk is cut too, a new empty one (a
 * file rewritten at a stop holds everything in its first chunk). The bot then ran every migration again and its daily
 * backup copied the empty database, pushing the good copies out day by day. Here the file is opened read-only first,
 * as H2 would open it; when the newest version H2 finds is older than the one the header says was written, the start
 * stops with one line, and the file is left as it was, for a backup to be restored.
 *
 * <p>What this cannot see: H2 writes the header only when it closes the file (commits are appended at the end without
 * it), so a cut that leaves everything up to the last clean stop is the same, on disk, as a kill in the middle of
 * writing a chunk; H2 opens it as it was at the end of the last whole chunk.
 */
final class CutShortFile {

    /** H2's block: the file header takes the first two. */
    private static final int BLOCK = 4096;

    private CutShortFile() {
    }

    /**
     * Throws when {@code storeFile} (a {@code .mv.db}) has lost chunks its header says were written; {@code key} is the
     * file's key, null when it is not encrypted. Anything else (a file in use, a wrong key, a header H2 cannot read)
     * is left to H2's own open, which says what is wrong.
     */
    static void refuseIfCutShort(Path storeFile, String key) {
        long size;
        try {
            size = Files.size(storeFile);
        } catch (IOException e) {
            return;
        }
        if (size < 2 * BLOCK || key == null && !headerNamesAVersion(storeFile)) {
            // a file shorter than its header is refused by H2 itself; one never closed names no version to compare
            return;
        }
        long written;
        long found;
        MVStore.Builder builder = new MVStore.Builder().fileName(storeFile.toAbsolutePath().toString()).readOnly();
        if (key != null) {
            builder.encryptionKey(key.toCharArray());
        }
        try (MVStore store = builder.open()) {
            written = DataUtils.readHexLong(store.getStoreHeader(), "version", 0);
            found = store.getFileStore().lastChunkVersion();
        } catch (RuntimeException e) {
            return;
        }
        if (found < written) {
            throw new DatabaseUnavailableException("the database file " + storeFile.toAbsolutePath()
                    + " cannot be read: it is damaged, cut short before the last changes saved in it (a copy that did "
                    + "not finish, or a full disk), and was left as it is; restore a backup (see docs/privacy.md)");
        }
    }

    /** Whether the plain (unencrypted) header names the version of a chunk: H2 wrote it when it closed the file. */
    private static boolean headerNamesAVersion(Path storeFile) {
        byte[] header = new byte[2 * BLOCK];
        int read = 0;
        try (InputStream in = Files.newInputStream(storeFile)) {
            for (int n; read < header.length && (n = in.read(header, read, header.length - read)) > 0; ) {
                read += n;
            }
        } catch (IOException e) {
            return false;
        }
        String text = new String(header, 0, read, StandardCharsets.ISO_8859_1);
        // not an H2 header at all (another file, or encrypted without a key given): H2's own open says so
        return text.startsWith("H:") && text.contains(",version:");
    }
}
