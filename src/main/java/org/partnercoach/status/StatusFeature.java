package org.partnercoach.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Router;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.digest.FailedSends;
import org.partnercoach.chat.Coordinators;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.SendHistory;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.storage.Backups;
import org.partnercoach.storage.Database;

/**
 * {@code /coach status}, for coordinators: the last backup, the database's size, this server's waiting and failed
 * sends, and how long the bot has been up. {@code /coach} is every member's command, and Discord hides commands per
 * root, so this one is not hidden: it checks the caller when it runs.
 */
public final class StatusFeature implements Feature {

    static final String STATUS = "coach status";
    /** The feature's components: {@code status:again:<server>:<last failed id shown>}. */
    static final String PREFIX = "status";
    /** How many failed sends the status lists, the latest first. */
    static final int FAILED_SHOWN = 3;

    private final Backups backups;
    private final Database db;
    private final Outbox outbox;
    private final Clock clock;
    private final Uptime uptime;
    private final Coordinators coordinators;
    /** Whether a message given up is still worth sending again: its kind's rule ({@link SendKind#worthSendingAgain}). */
    private final java.util.function.BiPredicate<ScheduledSend, Instant> worth;
    /** How each message given up reads: what it was, to whom, why, and what to do. */
    private final FailedSends failedSends;

    /** @param worth whether a message given up is still worth sending again ({@link SendKind#worthSendingAgain}) */
    public StatusFeature(Backups backups, Database db, Outbox outbox, Clock clock, Uptime uptime,
                         java.util.function.BiPredicate<ScheduledSend, Instant> worth, FailedSends failedSends,
                         Coordinators coordinators) {
        this.failedSends = failedSends;
        this.coordinators = coordinators;
        this.worth = worth;
        this.backups = backups;
        this.db = db;
        this.outbox = outbox;
        this.clock = clock;
        this.uptime = uptime;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.group("coach", "Coaching for reaching out to new partners",
                CommandSpec.leaf(STATUS, "Backups, database size, waiting messages and uptime (coordinators)")
                        .forCoordinators()));
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        coordinators.require(command.caller(), "see the bot's status");
        Instant now = clock.instant();
        StringBuilder sb = new StringBuilder("**Partner Coach status**\n");
        sb.append("• Last backup: ").append(backupLine(now)).append('\n');
        sb.append("• Database size: ").append(sizeLine()).append('\n');
        SendHistory.Counts sends = outbox.history().counts(command.caller().guildId(), now);
        sb.append("• Messages waiting to be sent: ").append(sends.waiting())
                .append(sends.later() == 0 ? "" : " (and " + sends.later() + " set for later, such as reminders"
                        + " members asked for)").append('\n');
        sb.append("• Messages that failed: ").append(sends.failed()).append('\n');
        if (sends.failed() > 0) {
            // why each went wrong, here: the weekly digest tells only its own week's, and only to its readers
            List<ScheduledSend> latest = outbox.history().latestFailed(command.caller().guildId(), FAILED_SHOWN, now);
            sb.append(sends.failed() > latest.size() ? "  The latest " + latest.size() + " (each is kept 90 days):\n"
                    : "");
            for (ScheduledSend f : latest) {
                Instant at = f.claimedAt() != null ? f.claimedAt() : f.createdAt();
                sb.append("  – ").append(TimeMarkup.relative(at)).append(", ").append(lowerFirst(failedSends.line(f)))
                        .append('\n');
            }
        }
        sb.append("• Up for ").append(duration(uptime.until(now)));
        List<ScheduledSend> again = sends.failed() == 0 ? List.of()
                : outbox.worthSendingAgain(command.caller().guildId(), worth, now);
        if (again.isEmpty()) {
            return Reply.text(sb.toString());
        }
        sb.append("\n\n").append(again.size() == 1 ? "One of the messages that failed" : again.size()
                + " of the messages that failed").append(" met only a passing outage (Discord slow or down, or the "
                + "way to it cut) and " + (again.size() == 1 ? "is" : "are") + " still worth sending. **"
                + sendAgainLabel(again.size()) + "** puts " + (again.size() == 1 ? "it" : "them")
                + " back in the queue.");
        long upTo = again.stream().mapToLong(ScheduledSend::id).max().orElse(0);
        return Reply.text(sb.toString()).withButtons(Button.primary(CustomId.of(PREFIX, "again",
                command.caller().guildId(), upTo), sendAgainLabel(again.size())));
    }

    private static String sendAgainLabel(int count) {
        return count == 1 ? "Send it again" : "Send these " + count + " again";
    }

    @Override
    public java.util.Set<String> componentPrefixes() {
        return java.util.Set.of(PREFIX);
    }

    /**
     * "Send again" under the status: the messages given up after a passing outage, up to the last one the
     * coordinator saw, go back to the outbox as new messages; pressed again, it sends nothing twice.
     */
    @Override
    public Reply onButton(Inbound.ButtonPress press) {
        CustomId id = press.customId();
        long guildId = id.longArg(0);
        if (!id.action().equals("again") || guildId <= 0 || press.caller().guildId() != guildId) {
            return Router.stale();
        }
        coordinators.requireToChange(press.caller(), "send failed messages again");
        int sent = outbox.sendAgain(guildId, id.longArg(1), worth, clock.instant()).size();
        if (sent == 0) {
            return Reply.text("Nothing left to send again: those messages were sent again already, or are too old "
                    + "to be worth it now. `/coach status` shows how things stand.");
        }
        return Reply.text("Done: " + Count.of(sent, "message") + " went back in the queue and go out within a "
                + "minute (one for a member in their quiet hours waits for their morning). If Discord is still "
                + "unreachable, `/coach status` lists " + (sent == 1 ? "it" : "them") + " again.");
    }

    private String sizeLine() {
        if (!db.engine().isEmbeddedFile()) {
            return size(db.sizeOnDisk()) + " (PostgreSQL)";
        }
        return db.file().isEmpty() ? "in memory (nothing is kept after a stop)" : size(db.sizeOnDisk());
    }

    private String backupLine(Instant now) {
        if (!db.engine().isEmbeddedFile()) {
            return "made by your PostgreSQL's own backups, not by the bot (see docs/scaling.md)";
        }
        if (db.file().isEmpty()) {
            return "none (an in-memory database has nothing to back up)";
        }
        return backups.status().map(s -> {
            String last = s.lastAt() == null ? "none yet" : duration(Duration.between(s.lastAt(), now)) + " ago, "
                    + size(s.lastBytes()) + " (`" + java.nio.file.Path.of(s.lastFile()).getFileName() + "`)";
            return s.trouble() == null ? last
                    : last + ". ⚠️ The latest try failed: " + s.trouble().reason() + ". Ask whoever runs the bot to "
                    + s.trouble().remedy() + "; the bot tries again within an hour";
        }).orElse("none yet: the first one is made within a few minutes of the start");
    }

    private static String lowerFirst(String line) {
        return line.isEmpty() ? line : Character.toLowerCase(line.charAt(0)) + line.substring(1);
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** How long, as a coordinator reads it: "less than a minute" right after a start, never "0 hours". */
    static String duration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes == 0) {
            return "less than a minute";
        }
        if (minutes < 60) {
            return Count.of(minutes, "minute");
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return Count.of(hours, "hour") + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return Count.of(hours / 24, "day") + (hours % 24 == 0 ? "" : " " + Count.of(hours % 24, "hour"));
    }
}
