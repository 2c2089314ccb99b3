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

    /** The buttons of the newest message with buttons that someone saw, in the order they were printed. */
    private record Shown(long sequence, List<Choice> choices) {
    }

    /** Something on screen that {@code #N} can press: a button, or one option of a select menu. */
    record Choice(CustomId id, String label, String value, Surface surface, long channelId) {
        boolean isSelect() {
            return value != null;
        }
    }

    private final PrintStream out;
    private final Path outputDirectory;
    private final java.time.Clock clock;
    /** What {@code #N} presses, per member who saw it ({@link #EVERYONE} for posts in a channel). */
    private final java.util.Map<Long, Shown> shown = new java.util.HashMap<>();
    /** The newest post with buttons in each channel or thread, for {@code #N} after {@code :in #thread}. */
    private final java.util.Map<Long, Shown> postsIn = new java.util.HashMap<>();
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
            java.util.Map<Long, Shown> holders = MEMBER.equals(rs.getString(1)) ? shown : postsIn;
            long seq = rs.getLong(3);
            Shown kept = holders.computeIfAbsent(rs.getLong(2), k -> new Shown(seq, new ArrayList<>()));
            java.util.Optional<CustomId> id = CustomId.parse(rs.getString(4));
            if (id.isPresent()) {
                kept.choices().add(new Choice(id.get(), rs.getString(5), rs.getString(6),
                        Surface.valueOf(rs.getString(7)), rs.getLong(8)));
            }
            sequence = Math.max(sequence, seq);
            return null;
        }));
    }

    private void keep(String kind, long holder, Shown seen) {
        if (db == null) {
            return;
        }
        db.write(c -> {
            Database.update(c, FORGET, kind, holder);
            for (int i = 0; i < seen.choices().size(); i++) {
                Choice ch = seen.choices().get(i);
                Database.update(c, KEEP, kind, holder, i, seen.sequence(), ch.id().encode(),
                        ch.label(), ch.value(), ch.surface().name(), ch.channelId());
            }
            return null;
        });
    }

    /**
     * Prints a message; if it has buttons or a menu, those become what {@code #N} presses for {@code seenBy} (a
     * member's id, or {@link #EVERYONE} for a post in a channel). {@code channelId}: the channel or thread a post is
     * in, where its buttons act (0 for a reply or a DM).
     */
    synchronized void print(String where, Reply reply, Surface surface, long seenBy, long channelId) {
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
            shown.put(seenBy, seen);
            if (seenBy == EVERYONE) {
                postsIn.put(channelId, seen);
            }
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
            keep(MEMBER, seenBy, seen);
            if (seenBy == EVERYONE) {
                keep(POST, channelId, seen);
            }
        }
        for (Attachment file : reply.files()) {
            out.println(indent + saved(file));
        }
        out.flush();
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
     * The messages with buttons this member may press, the one looked at first first: the newer of their own newest
     * message and the newest post (in a thread they entered with {@code :in}, that thread's; elsewhere anywhere), then
     * the other. A number presses a button of the newer, so that #1 under a confirm ("Delete my data") never presses a
     * thread's question posted before it; a label looks through both.
     */
    private List<Shown> choicesOf(long memberId, long thread) {
        Shown own = shown.get(memberId);
        Shown channel = thread != 0 ? postsIn.get(thread) : shown.get(EVERYONE);
        boolean ownFirst = own != null && (channel == null || own.sequence() > channel.sequence());
        List<Shown> out = new ArrayList<>();
        for (Shown s : ownFirst ? java.util.Arrays.asList(own, channel) : java.util.Arrays.asList(channel, own)) {
            if (s != null && !s.choices().isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The reply to the button just pressed took the place of its message, as Discord edits that message, and brought
     * no buttons of its own: the pressed message's buttons are gone, so {@code #N} no longer presses them (a **Delete
     * for good** after **Keep it**). A post in a channel is edited for everyone who sees it (a reminder's post, all
     * caught up), so nobody presses its buttons any more.
     */
    synchronized void replaced(long memberId) {
        if (pressed != null) {
            pressed.choices().clear();
            for (long holder : List.of(memberId, EVERYONE)) {
                if (shown.get(holder) == pressed) {
                    keep(MEMBER, holder, pressed);
                }
            }
            for (java.util.Map.Entry<Long, Shown> post : postsIn.entrySet()) {
                if (post.getValue() == pressed) {
                    keep(POST, post.getKey(), pressed);
                }
            }
        }
        pressed = null;
    }

    /**
     * The choice {@code #1} or {@code #answer} names, if it is on this member's screen ({@code thread}: see above). A
     * number presses a button of the message looked at first; a label the first of those messages that has it, so a
     * member's own reply ("Keep in my own walk") does not hide the question's **Answer** they press again.
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
            pressed = messages.get(0);
            return n >= 1 && n <= choices.size() ? java.util.Optional.of(choices.get(n - 1))
                    : java.util.Optional.empty();
        }
        String wanted = ref.toLowerCase(java.util.Locale.ROOT);
        String wantedWords = words(wanted);
        for (Shown message : messages) {
            List<Choice> choices = message.choices();
            pressed = message;
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
                return found;
            }
        }
        pressed = null;
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
     * and "…" after when there are more; empty when there are none.
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

    synchronized boolean hasChoices(long memberId, long thread) {
        return !choicesOf(memberId, thread).isEmpty();
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
