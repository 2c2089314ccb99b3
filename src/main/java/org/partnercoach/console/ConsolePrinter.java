package org.partnercoach.console;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercoach.chat.Attachment;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.SelectMenu;
import org.partnercoach.chat.Surface;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.storage.Database;

/**
 * Writes the bot's messages to the terminal, each prefixed with where it went ({@code bot (only you)>},
 * {@code bot (DM)>}, {@code bot (#general)>}), with its buttons numbered so {@code #1} can press one. Files the
 * bot would attach are saved under the output folder and their path printed.
 */
final class ConsolePrinter {

    private static final Pattern MENTION = Pattern.compile("(?<!\\\\)<@!?(\\d{1,19})>");
    private static final Pattern CHANNEL = Pattern.compile("(?<!\\\\)<#(\\d{1,19})>");
    private static final Pattern ROLE = Pattern.compile("(?<!\\\\)<@&(\\d{1,19})>");

    /** A message seen by everyone in a channel: its buttons are anyone's latest. */
    static final long EVERYONE = 0;

    /**
     * The buttons of a message with buttons that someone saw, in the order they were printed; none left once a reply
     * took that message's place. {@code sequence} orders the messages, newest highest, across runs.
     */
    private record Shown(long sequence, List<Choice> choices) {
    }

    /**
     * How many messages with buttons are kept per member (and per channel): on Discord the messages above stay on
     * screen with their buttons, so {@code #answer} presses the question's **Answer** under the replies that came
     * after it; older ones are let go, as they would have scrolled far out of sight.
     */
    static final int MESSAGES_KEPT = 20;

    /** Something on screen that {@code #N} can press: a button, or one option of a select menu. */
    record Choice(CustomId id, String label, String value, Surface surface, long channelId) {
        boolean isSelect() {
            return value != null;
        }
    }

    private final PrintStream out;
    private final Path outputDirectory;
    private final java.time.Clock clock;
    /**
     * The messages with buttons each member saw, oldest first ({@link #EVERYONE} for posts in a channel): the newest
     * is what {@code #N} presses, and a label the newest that has it.
     */
    private final java.util.Map<Long, List<Shown>> shown = new java.util.HashMap<>();
    /** The posts with buttons in each channel or thread, oldest first, for {@code #N} after {@code :in #thread}. */
    private final java.util.Map<Long, List<Shown>> postsIn = new java.util.HashMap<>();
    private long sequence;
    /** The message whose button {@link #choice} found last, for {@link #replaced}. */
    private Shown pressed;
    private final ConsoleMembers names;
    /** Where the buttons are kept for a later run; none until {@link #keepIn}. */
    private Database db;
    private int fileCounter;
    /** The zone each reader sees times in; the clock's until {@link #zonesFrom}. */
    private java.util.function.LongFunction<ZoneId> zoneOf;
    private Supplier<ZoneId> serverZone;

    /**
     * {@code clock} renders Discord timestamps ({@code <t:...>}) in the terminal; {@code names} turns a member's or
     * channel's id into its name, so a mention ({@code <@id>}, {@code <#id>}) prints as {@code @name}, {@code #name}.
     */
    ConsolePrinter(PrintStream out, Path outputDirectory, java.time.Clock clock, ConsoleMembers names) {
        this.out = out;
        this.outputDirectory = outputDirectory;
        this.clock = clock;
        this.names = names;
    }

    private static final String KEPT = "SELECT holder_kind, holder_id, sequence, custom_id, label, option_value,"
            + " surface, channel_id FROM console_choices ORDER BY holder_kind, holder_id, position";
    private static final String FORGET = "DELETE FROM console_choices WHERE holder_kind = ? AND holder_id = ?";
    private static final String KEEP = "INSERT INTO console_choices (holder_kind, holder_id, position, sequence,"
            + " custom_id, label, option_value, surface, channel_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MEMBER = "MEMBER";
    private static final String POST = "POST";

    /**
     * Shows Discord timestamps to each reader in their time zone from now on, as Discord does: {@code zoneOf} gives a
     * member's (their own, else the server's), and {@code serverZone} the zone of posts everyone reads in a channel.
     */
    synchronized void zonesFrom(java.util.function.LongFunction<ZoneId> zoneOf, Supplier<ZoneId> serverZone) {
        this.zoneOf = zoneOf;
        this.serverZone = serverZone;
    }

    /**
     * Keeps the buttons printed from now on in {@code database}, and takes back those an earlier run printed: in
     * Discord a message's buttons stay usable after the bot restarts, and {@code #N} presses them here too.
     */
    synchronized void keepIn(Database database) {
        this.db = database;
        db.read(c -> Database.list(c, KEPT, rs -> {
            java.util.Map<Long, List<Shown>> holders = MEMBER.equals(rs.getString(1)) ? shown : postsIn;
            long seq = rs.getLong(3);
            // a holder's messages follow one another, oldest first; an earlier version kept only the newest
            List<Shown> messages = holders.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>());
            if (messages.isEmpty() || messages.get(messages.size() - 1).sequence() != seq) {
                messages.add(new Shown(seq, new ArrayList<>()));
            }
            Shown kept = messages.get(messages.size() - 1);
            // a row with no id is a message whose buttons a reply took away: kept so that #N still finds it newest
            java.util.Optional<CustomId> id = CustomId.parse(rs.getString(4));
            if (id.isPresent()) {
                kept.choices().add(new Choice(id.get(), rs.getString(5), rs.getString(6),
                        Surface.valueOf(rs.getString(7)), rs.getLong(8)));
            }
            sequence = Math.max(sequence, seq);
            return null;
        }));
    }

    private void keep(String kind, long holder, List<Shown> messages) {
        if (db == null) {
            return;
        }
        db.write(c -> {
            Database.update(c, FORGET, kind, holder);
            int position = 0;
            for (Shown seen : messages) {
                if (seen.choices().isEmpty()) {
                    Database.update(c, KEEP, kind, holder, position++, seen.sequence(), "", "", null,
                            Surface.SERVER.name(), 0L);
                }
                for (Choice ch : seen.choices()) {
                    Database.update(c, KEEP, kind, holder, position++, seen.sequence(), ch.id().encode(),
                            ch.label(), ch.value(), ch.surface().name(), ch.channelId());
                }
            }
            return null;
        });
    }

    /**
     * Adds a message to what a member (or a channel) saw, newest last. A message whose buttons were taken away matters
     * only while it is the newest (a number then presses nothing there), and the oldest go past {@link
     * #MESSAGES_KEPT}.
     */
    private static void add(java.util.Map<Long, List<Shown>> holders, long holder, Shown seen) {
        List<Shown> messages = holders.computeIfAbsent(holder, k -> new ArrayList<>());
        messages.removeIf(s -> s.choices().isEmpty());
        messages.add(seen);
        while (messages.size() > MESSAGES_KEPT) {
            messages.remove(0);
        }
    }

    /**
     * Prints a message; if it has buttons or a menu, those become what {@code #N} presses for {@code seenBy} (a
     * member's id, or {@link #EVERYONE} for a post in a channel). {@code channelId}: the channel or thread a post is
     * in, where its buttons act (0 for a reply or a DM). Returns the number the message's buttons are kept under, for
     * {@link #edited}; 0 when it has none.
     */
    synchronized long print(String where, Reply reply, Surface surface, long seenBy, long channelId) {
        String prefix = "bot (" + where + ")> ";
        List<String> lines = new ArrayList<>();
        if (!reply.text().isBlank()) {
            lines.addAll(List.of(reply.text().split("\n", -1)));
        }
        for (Card card : reply.cards()) {
            if (card.title() != null) {
                lines.add("── " + card.title() + " ──");
            }
            if (card.description() != null) {
                lines.addAll(List.of(card.description().split("\n", -1)));
            }
            for (Card.Field f : card.fields()) {
                // a question asked ("What is their role?") needs no colon after it
                lines.add("· " + f.name() + (f.name().matches(".*[?!.:…]") ? "" : ":"));
                for (String v : f.value().split("\n", -1)) {
                    lines.add("    " + v);
                }
            }
            if (card.footer() != null) {
                lines.add("(" + card.footer() + ")");
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        // Discord shows <t:...> timestamps in each reader's zone; so does the terminal: a reply or DM in its member's
        // (their own, else the server's), a post in a channel in the server's
        ZoneId zone = zoneOf == null ? clock.getZone() : seenBy == EVERYONE ? serverZone.get() : zoneOf.apply(seenBy);
        lines.replaceAll(l -> TimeMarkup.render(l, clock.instant(), zone));
        lines.replaceAll(this::named);
        // the terminal shows Markdown as typed: what a member wrote reads without the escapes Discord would hide
        lines.replaceAll(org.partnercoach.chat.Shown::rendered);
        out.println(prefix + lines.get(0));
        String indent = " ".repeat(prefix.length());
        lines.subList(1, lines.size()).forEach(l -> out.println(l.isEmpty() ? "" : indent + l));
        if (!reply.rows().isEmpty()) {
            List<Choice> choices = new ArrayList<>();
            Shown seen = new Shown(++sequence, choices);
            for (Row row : reply.rows()) {
                StringBuilder sb = new StringBuilder(indent);
                if (row instanceof Row.Buttons buttons) {
                    for (Button b : buttons.buttons()) {
                        choices.add(new Choice(b.id(), b.label(), null, surface, channelId));
                        sb.append('[').append(choices.size()).append("] ").append(b.label()).append("  ");
                    }
                } else if (row instanceof Row.Select select) {
                    SelectMenu menu = select.menu();
                    sb.append(menu.placeholder()).append(": ");
                    for (SelectMenu.Option o : menu.options()) {
                        choices.add(new Choice(menu.id(), o.label(), o.value(), surface, channelId));
                        sb.append('[').append(choices.size()).append("] ").append(o.label()).append("  ");
                    }
                }
                out.println(sb.toString().stripTrailing());
            }
            add(shown, seenBy, seen);
            keep(MEMBER, seenBy, shown.get(seenBy));
            if (seenBy == EVERYONE) {
                add(postsIn, channelId, seen);
                keep(POST, channelId, postsIn.get(channelId));
            }
        }
        for (Attachment file : reply.files()) {
            out.println(indent + saved(file));
        }
        out.flush();
        return reply.rows().isEmpty() ? 0 : sequence;
    }

    /**
     * The message printed under {@code printedAs} (what {@link #print} returned) was edited, as Discord replaces a
     * message: its buttons are gone, for everyone (the edit's own, if any, were printed with it).
     */
    synchronized void edited(long printedAs) {
        if (printedAs != 0) {
            takeAway(printedAs);
        }
    }

    /**
     * Shows mentions as the console's names: {@code <@123>} becomes {@code @bea}, {@code <#45>} {@code #reminders},
     * {@code <@&67>} {@code @Helpers}. A member or channel the console has no name for (a mention a member typed,
     * as {@code <@123>}) shows as typed.
     */
    private String named(String line) {
        String people = MENTION.matcher(line).replaceAll(m -> Matcher.quoteReplacement(
                known(m) ? "@" + names.nameOf(Long.parseLong(m.group(1))) : m.group()));
        String roles = ROLE.matcher(people).replaceAll(m -> Matcher.quoteReplacement(
                "@" + names.roleName(Long.parseLong(m.group(1)))));
        return CHANNEL.matcher(roles).replaceAll(m -> Matcher.quoteReplacement(
                known(m) ? "#" + names.channelName(Long.parseLong(m.group(1))) : m.group()));
    }

    /** Whether the console has a name for the member or channel a mention names. */
    private boolean known(java.util.regex.MatchResult mention) {
        return names.knows(Long.parseLong(mention.group(1)));
    }

    synchronized void note(String text) {
        out.println("(" + text + ")");
        out.flush();
    }

    synchronized void line(String text) {
        out.println(text);
        out.flush();
    }

    /**
     * The messages with buttons this member saw, newest first: their own and the posts (in a thread they entered with
     * {@code :in}, that thread's; elsewhere anywhere). The newest is the one a number presses, so that #1 under a
     * confirm ("Delete my data") never presses a thread's question posted before it, and nothing when a reply took
     * its buttons away; a label presses the newest that has it. A message whose buttons were taken away is in it only
     * as the newest.
     */
    private List<Shown> choicesOf(long memberId, long thread) {
        List<Shown> all = new ArrayList<>(shown.getOrDefault(memberId, List.of()));
        all.addAll(thread != 0 ? postsIn.getOrDefault(thread, List.of()) : shown.getOrDefault(EVERYONE, List.of()));
        all.sort(java.util.Comparator.comparingLong(Shown::sequence).reversed());
        List<Shown> out = new ArrayList<>();
        for (Shown s : all) {
            if (out.isEmpty() || !s.choices().isEmpty() && out.get(out.size() - 1).sequence() != s.sequence()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The reply to the button just pressed took the place of its message, as Discord edits that message: the pressed
     * message's buttons are gone (those the reply brings are its own), so {@code #N} no longer presses them (a
     * **Delete for good** after **Keep it**) nor does a label. A post in a channel is edited for everyone who sees it
     * (a reminder's post, all caught up), so nobody presses its buttons any more.
     */
    synchronized void replaced() {
        if (pressed != null) {
            takeAway(pressed.sequence());
        }
        pressed = null;
    }

    /** The buttons of the message printed as {@code sequence} are gone, for everyone who saw it, in this run and later. */
    private void takeAway(long gone) {
        for (String kind : List.of(MEMBER, POST)) {
            for (java.util.Map.Entry<Long, List<Shown>> holder : (MEMBER.equals(kind) ? shown : postsIn).entrySet()) {
                List<Shown> messages = holder.getValue();
                boolean found = false;
                for (Shown s : messages) {
                    if (s.sequence() == gone) {
                        s.choices().clear();
                        found = true;
                    }
                }
                if (found) {
                    // only the newest needs remembering as one with no buttons now
                    messages.removeIf(s -> s.choices().isEmpty() && s != messages.get(messages.size() - 1));
                    keep(kind, holder.getKey(), messages);
                }
            }
        }
    }

    /**
     * The choice {@code #1} or {@code #answer} names, if it is on this member's screen ({@code thread}: see above). A
     * number presses a button of the newest message with buttons they saw, if a reply has not taken them away; a
     * label the newest message that still has it, so a member's own reply ("Keep in my own walk"), or a reply that
     * took the place of another ("Added ... to the outreach list" under a sector's picker), does not hide the
     * question's **Answer** above.
     */
    synchronized java.util.Optional<Choice> choice(String reference, long memberId, long thread) {
        List<Shown> messages = choicesOf(memberId, thread);
        pressed = null;
        if (messages.isEmpty()) {
            return java.util.Optional.empty();
        }
        String ref = reference.strip();
        if (ref.matches("\\d+")) {
            List<Choice> choices = messages.get(0).choices();
            int n = ref.length() > 9 ? 0 : Integer.parseInt(ref);
            if (n < 1 || n > choices.size()) {
                return java.util.Optional.empty();
            }
            pressed = messages.get(0);
            return java.util.Optional.of(choices.get(n - 1));
        }
        String wanted = ref.toLowerCase(java.util.Locale.ROOT);
        String wantedWords = words(wanted);
        for (Shown message : messages) {
            List<Choice> choices = message.choices();
            // the label as shown, then without its arrows or emoji ("#Previous" presses "◀ Previous"), whole first
            java.util.Optional<Choice> found = choices.stream()
                    .filter(c -> c.label().toLowerCase(java.util.Locale.ROOT).equals(wanted)).findFirst()
                    .or(() -> choices.stream().filter(c -> !wantedWords.isEmpty()
                            && words(c.label()).equals(wantedWords)).findFirst())
                    .or(() -> choices.stream()
                            .filter(c -> c.label().toLowerCase(java.util.Locale.ROOT).startsWith(wanted)).findFirst())
                    .or(() -> choices.stream().filter(c -> !wantedWords.isEmpty()
                            && words(c.label()).startsWith(wantedWords)).findFirst());
            if (found.isPresent()) {
                pressed = message;
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    /** A label in lower case without the arrows, emoji or marks at either end ("◀ Previous" is "previous"). */
    private static String words(String label) {
        return LABEL_ENDS.matcher(label.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
    }

    private static final java.util.regex.Pattern LABEL_ENDS =
            java.util.regex.Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /**
     * The buttons {@code #N} presses now, as they are pressed ("#1 Answer, #2 Skip"), the first {@code most} of them
     * and "…" after when there are more; empty when there are none (none seen, or a reply took them away).
     */
    synchronized String pressable(long memberId, long thread, int most) {
        List<Shown> messages = choicesOf(memberId, thread);
        if (messages.isEmpty()) {
            return "";
        }
        List<Choice> choices = messages.get(0).choices();
        List<String> shownOnes = new ArrayList<>();
        for (int i = 0; i < Math.min(most, choices.size()); i++) {
            shownOnes.add("#" + (i + 1) + " " + choices.get(i).label());
        }
        return String.join(", ", shownOnes) + (choices.size() > most ? ", …" : "");
    }

    /**
     * The labels still on screen above the newest message with buttons, once a reply took that message's buttons
     * away ("#Answer, #Skip"), newest first (buttons before a menu's options), each once, the first {@code most} of
     * them; empty when there are none.
     */
    synchronized String pressableAbove(long memberId, long thread, int most) {
        List<Shown> messages = choicesOf(memberId, thread);
        java.util.Set<String> labels = new java.util.LinkedHashSet<>();
        // buttons first, then a menu's options, which a label picks too
        for (boolean selects : new boolean[] {false, true}) {
            for (Shown message : messages.subList(Math.min(1, messages.size()), messages.size())) {
                message.choices().stream().filter(c -> c.isSelect() == selects)
                        .forEach(c -> labels.add("#" + c.label()));
            }
        }
        List<String> first = labels.stream().limit(most).toList();
        return String.join(", ", first) + (labels.size() > most ? ", …" : "");
    }

    /** Whether the newest message with buttons this member saw lost them to a reply that took its place. */
    synchronized boolean buttonsTakenAway(long memberId, long thread) {
        List<Shown> messages = choicesOf(memberId, thread);
        return !messages.isEmpty() && messages.get(0).choices().isEmpty();
    }

    /** Whether any message this member saw still has a button to press. */
    synchronized boolean hasChoices(long memberId, long thread) {
        return choicesOf(memberId, thread).stream().anyMatch(s -> !s.choices().isEmpty());
    }

    /** The highest "NNN-" that starts a file's name in the folder: an earlier run's files are never overwritten. */
    private static int highestNumberIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("\\d{3,9}-.*"))
                    .mapToInt(n -> Integer.parseInt(n.substring(0, n.indexOf('-')))).max().orElse(0);
        }
    }

    /** Where the file went, or why it could not be saved (the folder removed or full while the console ran). */
    private String saved(Attachment file) {
        try {
            return "(file saved: " + save(file) + ")";
        } catch (UncheckedIOException e) {
            return "(" + file.fileName() + " could not be saved in " + outputDirectory + ": " + e.getCause()
                    + "; make sure that folder can be written in, then ask for it again)";
        }
    }

    private String save(Attachment file) {
        try {
            Files.createDirectories(outputDirectory);
            if (fileCounter == 0) {
                fileCounter = highestNumberIn(outputDirectory);
            }
            String safe = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
            Path target = outputDirectory.resolve(String.format("%03d-%s", ++fileCounter, safe));
            Files.write(target, file.bytes());
            return target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
