package org.partnercoach.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnercoach.chat.Attachment;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Confirmation;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.UserError;
import org.partnercoach.coaching.CoachingData;
import org.partnercoach.export.Csv;
import org.partnercoach.partners.PartnersData;
import org.partnercoach.settings.ServerSettings;

/**
 * {@code /privacy about | export | forget}: what the bot keeps about a member, a JSON file of all of it, and
 * deleting it. Each package that stores rows about members answers for its own tables through {@link PersonalData};
 * this feature only asks them all. A forget runs inside the handler's one transaction: all parts, or none.
 */
public final class PrivacyFeature implements Feature {

    static final String FEATURE = "privacy";
    static final String ABOUT = "privacy about";
    static final String EXPORT = "privacy export";
    static final String FORGET = "privacy forget";

    /** What the bot keeps, who sees it, for how long, and how to take it back: the text of {@code /privacy about}. */
    public static final String ABOUT_TEXT = """
            **What Partner Coach keeps about you, in this server**
            • Your coaching walks and your answers. Answers are private: only you see them, unless you press \
            **Share** on one in `/coach answers`; then coordinators see that one answer (press it again to take it back). \
            A plan for one partner (`/partner coach`) is the coalition's: its answers are on the partner's page for \
            every member.
            • Partners you added, look after or deleted, the contacts you logged and the stage moves you made. Coordinators \
            and members see the outreach list: it is the coalition's shared work.
            • Your answers in group sessions (the group sees them, with your name unless the session was \
            anonymous) and your ratings of partners in the trust pulse and the quarterly value question (you and \
            the coordinators see those).
            • Your reminders and the messages the bot queued for you. Sent ones are deleted after 30 days, failed \
            ones after 90 days.
            • Your own settings (your time zone), your digest subscription, and which server your DMs belong to.
            The bot does not store your messages in channels, your server profile or your server's name.

            **Take it with you or take it back**
            • `/privacy export`: a file with everything above, only for you.
            • `/privacy forget`: deletes your walks, answers (in group sessions too, and from the summaries posted \
            in their threads), ratings, reminders, settings and digest subscription here. Partners you looked \
            after stay on the list without an owner (the coordinators' digest shows them), a group session you lead \
            goes on with no leader, and your name comes off the contact history. Before anything is deleted, the bot \
            lists what others will notice. This cannot be undone.
            Copies: the server's host keeps daily backups for 7 days, so forgotten data leaves them within a week.""";

    /** The export's times besides those named {@code ..._at}: from and until when she looked after a partner. */
    private static final Set<String> TIMES = Set.of("since", "until");
    /** The export's parts that hold one of the bot's codes ({@code ACTIVE}, {@code MOVED_ON}), written in words. */
    private static final Set<String> CODES = Set.of("status", "stage", "from_stage", "to_stage", "kind", "aspect");
    /**
     * An introduction's statuses that its code would not say in plain words, as the partner card says them (the
     * others, "asked", "will introduce", "introduced", read well as they are).
     */
    private static final Map<String, String> STATUS_WORDS = Map.of("NOT_WELL", "doesn't know them well",
            "HELPER_FORGOTTEN", "can't answer any more", "UNREACHABLE", "couldn't be reached by DM",
            "WITHDRAWN", "no longer knows someone there",
            "AGREED_MOVED_ON", "offered an introduction after the partner had moved on");
    /** A member as the bot's words mention them. */
    private static final java.util.regex.Pattern MENTION = java.util.regex.Pattern.compile("<@!?(\\d{1,19})>");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    /**
     * The bot's keys and ids that a part exports beside their words (an answer's {@code question_key} beside its
     * walk and question, a rating's {@code partner_id} beside its partner's name, a question's {@code period_key} and a
     * nudge's {@code week_key} beside their period and week in words), each with the key of those words:
     * the file keeps the words only. A finished walk's question key is only where it stopped, so it goes too.
     */
    private static final Map<String, String> BESIDE_WORDS = Map.of("question_key", "walk", "curriculum", "walk",
            "subject_id", "walk", "partner_id", "partner", "aspect", "rated", "kind", "asked_about",
            "period_key", "period", "week_key", "week");
    /**
     * How the coaching part names the question of an answer taken out of the coaching content (its
     * {@code CoachingData.NO_LONGER_ASKED}): there the key stays, the only trace of which question it was.
     */
    private static final String NO_LONGER_ASKED = "a question no longer asked";
    /** The export's members other than her, by what they did: each shown by their profile link, she by "you". */
    private static final Map<String, String> MEMBERS = Map.of("requester_id", "asked_by", "helper_id", "asked_of",
            "coordinator_id", "sent_by");

    /** The running group sessions a member leads, by title: what a forget tells her they go on without. */
    @FunctionalInterface
    public interface LedSessions {
        List<String> running(long guildId, long userId);
    }

    /** Whether a member gets the weekly digest by DM: what a forget tells her stops. */
    @FunctionalInterface
    public interface Subscribed {
        boolean toDigest(long guildId, long userId);
    }

    private final List<PersonalData> parts;
    private final LedSessions led;
    private final Subscribed subscribed;
    private final java.util.function.UnaryOperator<String> sectorNames;
    private final ServerSettings settings;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param parts       every package's part, in the order the export file lists them
     * @param sectorNames a sector's name by its key, as the rest of the bot shows it
     */
    public PrivacyFeature(List<PersonalData> parts, LedSessions led, Subscribed subscribed,
                          java.util.function.UnaryOperator<String> sectorNames, ServerSettings settings, Clock clock) {
        this.parts = List.copyOf(parts);
        this.led = led;
        this.subscribed = subscribed;
        this.sectorNames = sectorNames;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.group("privacy", "What the bot keeps about you, and how to get or delete it",
                CommandSpec.leaf(ABOUT, "What is stored, who can see it and how long it is kept"),
                CommandSpec.leaf(EXPORT, "A file with everything the bot keeps about you in this server"),
                CommandSpec.leaf(FORGET, "Delete what the bot keeps about you in this server")));
    }

    @Override
    public Set<String> componentPrefixes() {
        return Set.of(FEATURE);
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        return switch (command.path()) {
            case ABOUT -> Reply.text(ABOUT_TEXT);
            case EXPORT -> export(command.caller());
            case FORGET -> askToForget(command.caller());
            default -> throw new UnsupportedOperationException(command.path());
        };
    }

    @Override
    public Reply onButton(Inbound.ButtonPress press) {
        Caller who = press.caller();
        CustomId id = press.customId();
        if (id.longArg(0) != who.guildId() || id.longArg(1) != who.userId()) {
            throw new UserError("This button belongs to someone else's request. Nothing was deleted. "
                    + "To delete your own data, use `/privacy forget`.");
        }
        return switch (id.action()) {
            case "forget" -> Confirmation.inTime(id, 2, clock) ? forget(who) : Reply.text("That confirmation is from a while ago, "
                    + "and what you have here may have changed since, so nothing was deleted. Run `/privacy forget` "
                    + "again to see what would go, and confirm there.").replacingMessage();
            case "keep" -> Reply.text("Nothing was deleted. Your data is as it was.").replacingMessage();
            default -> throw new UserError("That button is from an older version of the bot. Use `/privacy` again.");
        };
    }

    /** Everything stored about the member in their server, section by section, as stored. */
    public Map<String, Object> collect(long guildId, long userId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("server_id", Long.toString(guildId));
        out.put("member_id", Long.toString(userId));
        out.put("exported_at", clock.instant().toString());
        for (PersonalData part : parts) {
            out.put(part.section(), part.export(guildId, userId));
        }
        return out;
    }

    /**
     * The export as the member reads it: each time at her own clock (her time zone, else the server's, as other
     * replies read it; {@code times_in} names it), to the minute as the CSV exports write it, each of the bot's
     * codes in words ({@code ACTIVE}: "active", {@code MOVED_ON}: "moved on"), a sector by its name, a key or id
     * beside its words left out ({@link #BESIDE_WORDS}), and another member by the link to their profile, as the
     * CSV exports name members (the bot keeps no member's name), she by "you" and a forgotten one as elsewhere.
     */
    static Map<String, Object> readable(Map<String, Object> stored, Reading reading) {
        Map<String, Object> out = new LinkedHashMap<>();
        stored.forEach((key, value) -> {
            out.put(key, reading.of(key, value));
            if (key.equals("exported_at")) {
                out.put("times_in", reading.zone().getId());
            }
        });
        return out;
    }

    /** How the export reads for the member {@code userId}: times in {@code zone}, sectors by their names. */
    record Reading(ZoneId zone, long userId, java.util.function.UnaryOperator<String> sectorNames) {

        private Object of(String key, Object value) {
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> {
                    String name = String.valueOf(k);
                    if (map.containsKey(BESIDE_WORDS.get(name))
                            && !(name.equals("question_key") && NO_LONGER_ASKED.equals(map.get("question")))) {
                        return;
                    }
                    if (MEMBERS.containsKey(name) && v instanceof Number id) {
                        out.put(MEMBERS.get(name), member(id.longValue()));
                    } else {
                        out.put(name, of(name, v));
                    }
                });
                return out;
            }
            if (value instanceof List<?> list) {
                return list.stream().map(v -> of(key, v)).toList();
            }
            // a server's id is 17 to 20 digits: as text, as the members' links are, so a spreadsheet keeps it whole
            if (value instanceof Number id && key.equals("guild_id")) {
                return Long.toUnsignedString(id.longValue());
            }
            if (value instanceof String text && (key.endsWith("_at") || TIMES.contains(key))) {
                try {
                    return Csv.time(Instant.parse(text), zone);
                } catch (DateTimeParseException e) {
                    return text;
                }
            }
            // a member a message's words name as the bot mentions them ("from @cora"): by their link, as elsewhere
            if (value instanceof String text && text.contains("<@")) {
                return MENTION.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        member(Long.parseUnsignedLong(m.group(1)))));
            }
            if (value instanceof String code && key.equals("sector")) {
                return sectorNames.apply(code);
            }
            if (value instanceof String code && key.equals("status") && STATUS_WORDS.containsKey(code)) {
                return STATUS_WORDS.get(code);
            }
            if (value instanceof String code && CODES.contains(key) && CODE.matcher(code).matches()) {
                return code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            }
            return value;
        }

        private String member(long id) {
            return id == userId ? "you" : id == 0 ? Mentions.FORMER_MEMBER : Csv.member(id);
        }
    }

    private Reply export(Caller who) {
        long guildId = server(who);
        ZoneId zone = settings.memberZone(guildId, who.userId());
        byte[] file;
        try {
            file = json.writeValueAsString(readable(collect(guildId, who.userId()),
                    new Reading(zone, who.userId(), sectorNames)))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the export", e);
        }
        // named by her own today, as /export names its files
        String day = LocalDate.now(clock.withZone(zone)).toString();
        return Reply.text("Here is everything I keep about you in this server, as a JSON file (any text editor "
                + "opens it), times in " + zone.getId() + ". Only you can see this message. To delete it all, use "
                + "`/privacy forget`.")
                .withFile(new Attachment("partner-coach-my-data-" + day + ".json", file));
    }

    private Reply askToForget(Caller who) {
        long guildId = server(who);
        Leaving leaving = Leaving.of(collect(guildId, who.userId()), led.running(guildId, who.userId()));
        StringBuilder ask = new StringBuilder("This deletes your walks, your answers (shared ones too, and those in "
                + "group sessions), your partnership ratings, your reminders and your settings in this server.");
        if (leaving.digest()) {
            ask.append(" You stop getting the weekly digest by DM.");
        }
        List<String> noticed = new java.util.ArrayList<>();
        if (!leaving.partners().isEmpty()) {
            noticed.add(PartnersData.leftWithoutOwner(leaving.partners(), false));
        }
        if (!leaving.plans().isEmpty()) {
            noticed.add("Your answers in the " + (leaving.plans().size() == 1 ? "plan for " : "plans for ")
                    + Shown.names(leaving.plans()) + " come off " + (leaving.plans().size() == 1 ? "its page"
                    : "their pages") + " (`/partner show`), which every member sees.");
        }
        if (!leaving.sessions().isEmpty()) {
            noticed.add("Your group " + (leaving.sessions().size() == 1 ? "session " : "sessions ")
                    + Shown.names(leaving.sessions()) + (leaving.sessions().size() == 1 ? " goes" : " go")
                    + " on with no leader: " + anyoneCanLead(leaving.sessions().size()));
        }
        if (!leaving.knows().isEmpty()) {
            noticed.add(PartnersData.noLongerKnowing(leaving.knows()));
        }
        if (leaving.logged()) {
            noticed.add("The contacts and stage moves you logged stay in the coalition's history, by \"a former "
                    + "member\".");
        }
        if (!noticed.isEmpty()) {
            ask.append("\n\nWhat others will notice:\n• ").append(String.join("\n• ", noticed));
        }
        ask.append("\n\nIt cannot be undone: `/privacy export` first if you want a copy. Delete it all?");
        return Reply.text(ask.toString())
                .withButtons(Button.danger(CustomId.of(FEATURE, "forget", guildId, who.userId(),
                                Confirmation.shownAt(clock)), "Delete my data"),
                        Button.secondary(CustomId.of(FEATURE, "keep", guildId, who.userId()), "Keep it"));
    }

    private Reply forget(Caller who) {
        long guildId = server(who);
        // what it says after the delete: only whether she leads sessions still running and gets the digest
        List<String> sessions = led.running(guildId, who.userId());
        boolean digest = subscribed.toDigest(guildId, who.userId());
        StringBuilder told = new StringBuilder();
        for (PersonalData part : parts) {
            part.forgetTelling(guildId, who.userId()).ifPresent(said -> told.append(said).append(' '));
        }
        if (!sessions.isEmpty()) {
            told.append(sessions.size() == 1 ? "Your group session " : "Your group sessions ")
                    .append(Shown.names(sessions)).append(sessions.size() == 1 ? " has" : " have")
                    .append(" no leader now: ").append(anyoneCanLead(sessions.size())).append(' ');
        }
        if (digest) {
            told.append("You no longer get the weekly digest by DM. ");
        }
        return Reply.text("Done: I deleted what I kept about you in this server. " + told + "If you use the bot "
                + "again, it starts fresh.").replacingMessage();
    }

    private static String anyoneCanLead(int sessions) {
        return sessions == 1 ? "anyone in its thread can move it on or take it over."
                : "anyone in their threads can move them on or take them over.";
    }

    /**
     * What a forget changes where others see it, read from the member's own export just before: the partners they
     * look after, the partners whose page shows their answers in a plan for it, the partners where they know someone,
     * whether they logged contacts or stage moves (which stay, unnamed), and whether they get the digest by DM; with
     * the group sessions they lead that are still running.
     */
    record Leaving(List<String> partners, List<String> plans, List<String> sessions, List<String> knows,
                   boolean logged, boolean digest) {

        static Leaving of(Map<String, Object> data, List<String> running) {
            return new Leaving(column(rows(data, "partners", "looked_after"), "name"),
                    CoachingData.partnersShowing(data.get("coaching")), running,
                    column(rows(data, "partners", "knows_someone_at"), "partner"),
                    !rows(data, "partners", "touchpoints").isEmpty() || !rows(data, "partners", "stage_moves").isEmpty(),
                    !rows(data, "digest", "subscription").isEmpty());
        }

        private static List<String> column(List<Map<?, ?>> rows, String key) {
            return rows.stream().map(r -> r.get(key)).filter(java.util.Objects::nonNull).map(String::valueOf)
                    .distinct().toList();
        }

        private static List<Map<?, ?>> rows(Map<String, Object> data, String section, String key) {
            if (data.get(section) instanceof Map<?, ?> part && part.get(key) instanceof List<?> list) {
                return list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList();
            }
            return List.of();
        }
    }

    private static long server(Caller who) {
        if (who.guildId() == 0) {
            throw new UserError("I don't know which server you mean yet. Use `/privacy` in your coalition's "
                    + "server, and I'll answer about that one.");
        }
        return who.guildId();
    }
}
