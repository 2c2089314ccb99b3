package org.partnercoach;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnercoach.config.ConfigLoader;
import org.partnercoach.storage.CopyToPostgres;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.DatabaseUnavailableException;
import org.partnercoach.storage.StorageException;

/**
 * {@code copy-to-postgres --from <H2 URL> --to <PostgreSQL URL>}: copies the bot's H2 database into an empty
 * PostgreSQL database and prints each table's row count on both sides (docs/scaling.md). The target's user and
 * password come from {@code PARTNER_COACH_DB_USER} and {@code PARTNER_COACH_DB_PASSWORD} (or the URL), an encrypted
 * source's key from {@code PARTNER_COACH_DB_KEY}. Exit code 0 when every count matches, 1 when one does not, 2 when
 * nothing could be copied.
 */
final class CopyCommand {

    static final String NAME = "copy-to-postgres";
    static final String USAGE = "use: copy-to-postgres --from jdbc:h2:file:<folder>/<name> "
            + "--to jdbc:postgresql://<host>:<port>/<database> (the bot stopped; see docs/scaling.md)";

    private CopyCommand() {
    }

    static int run(List<String> args, Map<String, String> env, PrintStream out) {
        String from = option(args, "--from");
        String to = option(args, "--to");
        if (from == null || to == null || args.size() != 4) {
            throw new App.CannotStart(USAGE);
        }
        Database.Settings source = new Database.Settings(from, null, null, env.get(ConfigLoader.ENV_DB_KEY), 2);
        Database.Settings target = new Database.Settings(to, env.get(ConfigLoader.ENV_DB_USER),
                env.get(ConfigLoader.ENV_DB_PASSWORD), null, 2);
        CopyToPostgres.Report report;
        try {
            report = CopyToPostgres.copy(source, target);
        } catch (DatabaseUnavailableException e) {
            throw e;
        } catch (StorageException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new DatabaseUnavailableException("the copy stopped and nothing was kept in the target ("
                    + firstLine(cause.getMessage()) + "); fix that and run it again");
        }
        out.printf(Locale.ROOT, "Copied %,d rows from %s into %s:%n", report.rows(), shown(from), shown(to));
        out.printf(Locale.ROOT, "  %-26s %10s %11s%n", "table", "H2", "PostgreSQL");
        for (CopyToPostgres.Count c : report.counts()) {
            out.printf(Locale.ROOT, "  %-26s %,10d %,11d  %s%n", c.table(), c.source(), c.target(),
                    c.matches() ? "ok" : "DIFFERENT");
        }
        if (!report.complete()) {
            out.println("Some tables differ: do not switch yet. Drop the PostgreSQL database, make a new empty one "
                    + "and copy again, or report this.");
            return 1;
        }
        out.println("Every table has the same rows on both sides. Next: point database.url (or PARTNER_COACH_DB_URL) "
                + "at the PostgreSQL database and start the bot; keep the H2 file as a backup.");
        return 0;
    }

    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
    }

    /** A URL as it may be printed: without its parameters, which may hold a password. */
    private static String shown(String url) {
        int cut = url.indexOf(url.startsWith("jdbc:h2:") ? ';' : '?');
        return cut < 0 ? url : url.substring(0, cut);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
