package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.SelectMenu;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.UserError;
import org.partnercoach.coaching.AnswerFollowUp;
import org.partnercoach.coaching.WalkState;
import org.partnercoach.coaching.WalkView;
import org.partnercoach.coaching.Walks;
import org.partnercoach.curriculum.CurriculumLoader;
import org.partnercoach.sessions.AfterSession;
import org.partnercoach.sessions.SessionActivity;
import org.partnercoach.storage.Database;

/**
 * From the walk to the list: when a member answers tip 1's "who do you want to partner with?", offer to add the
 * organizations found in the answer. Nothing is added before the member has seen the list: a button under the
 * question opens a form with one name per line to correct, then each name's sector is asked, one at a time. The
 * corrected names wait in {@code partner_names_to_add}, so nothing is kept in memory and a restart loses nothing.
 * A round offers the next names of the answer (at most {@link #MAX_PER_ROUND}). Where the last round sent
 * stopped in the answer's names is kept in {@code partner_name_rounds}, so every Check and add button, the
 * question's first one included, goes on from there: a name added, corrected, removed or left out does not come back. An
 * answer written again in other words starts from its first name.
 * <p>
 * A group's tip 1 session offers the same to whoever ends it, for every organization its answers to that question
 * name ({@link #after(Caller, long, Reply)}): the names wait under the session's id instead of a walk's, and where
 * the last round stopped is kept for the session ({@code partner_group_name_rounds}).
 */
final class WalkToList implements AnswerFollowUp, AfterSession {

    static final String QUESTION = "research.list";
    static final String NAMES_FIELD = "names";
    /** How many names one round of the form holds; the rest come in the next round. */
    static final int MAX_PER_ROUND = 25;
    /** How many lines left out of the form a reply quotes before "and N more". */
    private static final int LEFT_OUT_SHOWN = 5;

    private static final String PENDING = "SELECT id, walk_id, session_id, name FROM partner_names_to_add"
            + " WHERE guild_id = ? AND user_id = ? AND walk_id = ? ORDER BY id";
    private static final String PENDING_OF_SESSION = "SELECT id, walk_id, session_id, name FROM partner_names_to_add"
            + " WHERE guild_id = ? AND user_id = ? AND session_id = ? ORDER BY id";
    private static final String PENDING_ONE = "SELECT id, walk_id, session_id, name FROM partner_names_to_add"
            + " WHERE guild_id = ? AND user_id = ? AND id = ?";
    private static final String FORGET_ROUND = "DELETE FROM partner_names_to_add"
            + " WHERE guild_id = ? AND user_id = ? AND walk_id = ?";
    private static final String FORGET_SESSION_ROUND = "DELETE FROM partner_names_to_add"
            + " WHERE guild_id = ? AND user_id = ? AND session_id = ?";
    private static final String FORGET_ONE = "DELETE FROM partner_names_to_add WHERE guild_id = ? AND id = ?";
    private static final String INSERT = "INSERT INTO partner_names_to_add (guild_id, user_id, walk_id, session_id,"
            + " name, created_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String BOOKMARK = "SELECT offered, answer_mark FROM partner_name_rounds"
            + " WHERE guild_id = ? AND user_id = ? AND walk_id = ?";
    private static final String FORGET_BOOKMARK = "DELETE FROM partner_name_rounds WHERE guild_id = ? AND walk_id = ?";
    private static final String INSERT_BOOKMARK = "INSERT INTO partner_name_rounds (guild_id, walk_id, user_id,"
            + " offered, answer_mark, updated_at) VALUES (?, ?, ?, ?, ?, ?)";
    /** A session's rounds go on from where the last stopped, whoever of its members checks them (V69). */
    private static final String GROUP_BOOKMARK = "SELECT offered, answer_mark FROM partner_group_name_rounds"
            + " WHERE guild_id = ? AND session_id = ?";
    private static final String FORGET_GROUP_BOOKMARK = "DELETE FROM partner_group_name_rounds"
            + " WHERE guild_id = ? AND session_id = ?";
    private static final String INSERT_GROUP_BOOKMARK = "INSERT INTO partner_group_name_rounds (guild_id,"
            + " session_id, user_id, offered, answer_mark, updated_at) VALUES (?, ?, ?, ?, ?, ?)";

    /** Where the names of a round come from: a member's walk, or a group session's answers (V69). */
    private record Source(long id, boolean group) {
        static Source walk(long walkId) {
            return new Source(walkId, false);
        }

        static Source session(long sessionId) {
            return new Source(sessionId, true);
        }

        /** Its names waiting for their sector, the member's, oldest first. */
        String pending() {
            return group ? PENDING_OF_SESSION : PENDING;
        }

        /** Takes the member's names still waiting from its last round. */
        String forgetRound() {
            return group ? FORGET_SESSION_ROUND : FORGET_ROUND;
        }

        /** Where its last round stopped: a walk's is its member's, a session's whoever's of its members checked. */
        String bookmark() {
            return group ? GROUP_BOOKMARK : BOOKMARK;
        }

        Object[] bookmarkArgs(Caller who) {
            return group ? new Object[] {who.guildId(), id} : new Object[] {who.guildId(), who.userId(), id};
        }

        String forgetBookmark() {
            return group ? FORGET_GROUP_BOOKMARK : FORGET_BOOKMARK;
        }

        String insertBookmark() {
            return group ? INSERT_GROUP_BOOKMARK : INSERT_BOOKMARK;
        }

        /** The Check and add button that opens the next round's form from {@code to}. */
        Button checkAndAdd(int to, String answer) {
            return Button.secondary(CustomId.of(PartnerView.FEATURE, group ? "grpnames" : "walknames", id, to,
                    mark(answer)), "Check and add");
        }
    }

    /**
     * A name found on the list: the partner it is there as, and whether it is spelled a little differently there ("St
     * Marys Clinic" for "St. Mary's Clinic"); the partner may be one the coalition has moved on from.
     */
    /**
     * A name found on the list as {@code partner}: {@code alike}, named otherwise there (spelled a little differently,
     * or, {@code renamed}, a name it had before a rename).
     */
    private record OnList(Partner partner, boolean alike, boolean renamed) {
        boolean movedOn() {
            return !partner.active();
        }
    }

    private record Pending(long id, Source source, String name) {
        static Pending of(java.sql.ResultSet rs) throws SQLException {
            long sessionId = rs.getLong("session_id");
            Source source = rs.wasNull() ? Source.walk(rs.getLong("walk_id")) : Source.session(sessionId);
            return new Pending(rs.getLong("id"), source, rs.getString("name"));
        }
    }

    private final Database db;
    private final Clock clock;
    private final Walks walks;
    private final PartnerStore store;
    private final PartnerService service;
    private final Sectors sectors;
    /** The heads-up a partner added here gets, as one added with {@code /partner add} does. */
    private final PartnerView view;
    /** The words of a group session's answers, for the organizations a tip 1 group named. */
    private final SessionActivity sessions;

    WalkToList(Database db, Clock clock, Walks walks, PartnerStore store, PartnerService service, Sectors sectors,
               PartnerView view, SessionActivity sessions) {
        this.sessions = sessions;
        this.view = view;
        this.db = db;
        this.clock = clock;
        this.walks = walks;
        this.store = store;
        this.service = service;
        this.sectors = sectors;
    }

    /** Under the next question (which stays in view), a short note and a button to check the names. */
    @Override
    public String offersAfter(String curriculumKey, String questionKey) {
        return CurriculumLoader.FIVE_TIPS.equals(curriculumKey) && QUESTION.equals(questionKey)
                ? "offers the organizations it names for the coalition's outreach list" : "";
    }

    @Override
    public Reply after(Caller who, WalkState state, String questionKey, Reply reply) {
        if (!state.walk().curriculum().equals(CurriculumLoader.FIVE_TIPS) || !QUESTION.equals(questionKey)) {
            return reply;
        }
        String answer = state.textFor(QUESTION).orElse("");
        List<String> found = AnswerNames.names(answer);
        int from = db.read(c -> bookmark(c, who, Source.walk(state.walk().id()), answer));
        List<String> named = found.subList(Math.min(from, found.size()), found.size());
        Found sorted = sorted(who, named);
        Map<String, OnList> listed = sorted.listed();
        Map<String, OnList> movedOn = sorted.movedOn();
        List<String> fresh = sorted.fresh();
        String restore = movedOnFrom(movedOn);
        if (fresh.isEmpty()) {
            // every organization named is on the list: say so, rather than nothing, so she need not wonder
            if (listed.isEmpty()) {
                return movedOn.isEmpty() ? reply : withNote(reply, restore);
            }
            return withNote(reply, (movedOn.isEmpty() ? "Every organization you named is on the coalition's "
                    + "outreach list already" + asListed(listed) : namesOnList(listed)
                    + (listed.size() == 1 ? " is" : " are") + " on the coalition's outreach list already")
                    + ". See it with `/partner list`." + (restore.isEmpty() ? "" : " " + restore));
        }
        return offered(reply, "I found " + count(fresh.size()) + " in your answer", fresh.size(), onItAlready(listed),
                fresh.size() == 1 ? "see it, correct it, and add it" : "see the list, correct it, and add them",
                Button.secondary(CustomId.of(PartnerView.FEATURE,
                        "walknames", state.walk().id()), "Check and add"), restore);
    }

    /**
     * The names of an answer that are on the list spelled a little differently, with the partner each one is there
     * (" (“St Marys Clinic” as “St. Mary's Clinic”)"), so a member sees which one her words were taken for; empty
     * when every one is named as it is on the list.
     */
    private static String asListed(Map<String, OnList> listed) {
        List<String> alike = new ArrayList<>();
        listed.forEach((name, on) -> {
            if (on.alike()) {
                alike.add(shortQuote(name) + " as “" + Shown.text(on.partner().name()) + "”");
            }
        });
        return alike.isEmpty() ? "" : " (" + Shown.andFirst(alike, LEFT_OUT_SHOWN) + ")";
    }

    /**
     * "The coalition has moved on from “St. Mary's Clinic” (for “St Marys Clinic”); `/partner restore
     * partner:"St. Mary's Clinic"` brings it back.": the names of an answer or a form that are partners the coalition
     * has moved on from, which {@code /partner list} does not show, with the command that brings one back; empty when
     * none.
     */
    private static String movedOnFrom(Map<String, OnList> movedOn) {
        Map<Long, String> partners = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        movedOn.forEach((name, on) -> {
            Partner p = on.partner();
            names.putIfAbsent(p.id(), p.name());
            partners.putIfAbsent(p.id(), "“" + Shown.text(p.name()) + "”" + (name.equals(p.name()) ? ""
                    : " (for " + shortQuote(name) + ")"));
        });
        if (partners.isEmpty()) {
            return "";
        }
        String restore = Shown.code("/partner restore " + PartnerRef.option(names.values().iterator().next()));
        return "The coalition has moved on from " + Shown.andFirst(List.copyOf(partners.values()), LEFT_OUT_SHOWN)
                + (partners.size() == 1 ? "; " + restore + " brings it back."
                : "; to bring one back, use `/partner restore` with its name, as in " + restore + ".");
    }

    /** "; “Eastside Food Bank” is on it already": the names of an answer found on the list, beside the new ones. */
    private static String onItAlready(Map<String, OnList> listed) {
        if (listed.isEmpty()) {
            return "";
        }
        return "; " + namesOnList(listed) + (listed.size() == 1 ? " is" : " are") + " on it already";
    }

    /** "“Eastside Food Bank” and “St Marys Clinic” (as “St. Mary's Clinic”)": names found on the list, as named. */
    private static String namesOnList(Map<String, OnList> listed) {
        List<String> names = new ArrayList<>();
        listed.forEach((name, on) -> names.add(shortQuote(name) + (on.alike() ? " (as “"
                + Shown.text(on.partner().name()) + "”)" : "")));
        return Shown.andFirst(names, LEFT_OUT_SHOWN);
    }

    /**
     * Under the reply to whoever ends a tip 1 session: the organizations its answers to "who do you want to partner
     * with?" name that are not on the list yet, to check and add as a member's own answer offers them.
     */
    @Override
    public Reply after(Caller who, long sessionId, Reply shown) {
        String answers = groupAnswers(who, sessionId);
        Found sorted = sorted(who, AnswerNames.names(answers));
        List<String> fresh = sorted.fresh();
        String restore = movedOnFrom(sorted.movedOn());
        if (fresh.isEmpty()) {
            return restore.isEmpty() ? shown : withNote(shown, restore);
        }
        return offered(shown, "The group named " + count(fresh.size()), fresh.size(), "",
                fresh.size() == 1 ? "see it, correct it, and add it" : "see them, correct the list, and add them",
                Source.session(sessionId).checkAndAdd(0, answers),
                restore);
    }

    /**
     * The names of an answer, in the order they were named, sorted by the list: not on it ({@code fresh}), on it
     * ({@code listed}), and partners the coalition has moved on from ({@code movedOn}), which {@code /partner list}
     * does not show, so they are said apart.
     */
    private record Found(List<String> fresh, Map<String, OnList> listed, Map<String, OnList> movedOn) {
    }

    private Found sorted(Caller who, List<String> names) {
        Map<String, OnList> onList = names.isEmpty() ? Map.of() : db.read(c -> listed(c, who, names));
        Map<String, OnList> listed = new LinkedHashMap<>();
        Map<String, OnList> movedOn = new LinkedHashMap<>();
        names.stream().filter(onList::containsKey).forEach(name -> (onList.get(name).movedOn() ? movedOn : listed)
                .put(name, onList.get(name)));
        return new Found(names.stream().filter(name -> !onList.containsKey(name)).toList(), listed, movedOn);
    }

    /**
     * {@code reply} with the offer of {@code fresh} names not on the list yet ("I found 3 organizations in your
     * answer that aren't on ..."), those that are ({@code onList}: "; “Eastside Food Bank” is on it already"), how
     * many a form holds when they are more, what pressing the button does, and it; then {@code movedOn}, what
     * {@link #movedOnFrom} says of the names that are partners the coalition has moved on from.
     */
    private static Reply offered(Reply reply, String found, int fresh, String onList, String press,
                                 Button checkAndAdd, String movedOn) {
        String note = found + " that " + (fresh == 1 ? "isn't" : "aren't") + " on the coalition's outreach list yet"
                + onList + (fresh > MAX_PER_ROUND ? "; the form holds the first " + MAX_PER_ROUND
                        + ", and the button brings the rest after that" : "")
                + ". Press **Check and add** to " + press + "." + (movedOn.isEmpty() ? "" : " " + movedOn);
        return withNote(reply, note).withButtons(checkAndAdd);
    }

    /** {@code reply} with {@code note} after its text, a blank line between. */
    private static Reply withNote(Reply reply, String note) {
        return reply.withText(reply.text().isBlank() ? note : reply.text() + "\n\n" + note);
    }

    /** Every answer of a session to tip 1's first question, one after another: the names the group gave. */
    private String groupAnswers(Caller who, long sessionId) {
        return String.join("\n", sessions.answersTo(who.guildId(), sessionId, CurriculumLoader.FIVE_TIPS, QUESTION));
    }

    /** The form: the next names found (not yet on the list, nor offered before), one per line, to correct. */
    Reply form(Caller who, CustomId id) {
        return form(who, id, Source.walk(id.longArg(0)));
    }

    /** The form of a group session's names ({@link #form(Caller, CustomId)}). */
    Reply groupForm(Caller who, CustomId id) {
        PartnerService.requireServer(who);
        return form(who, id, Source.session(id.longArg(0)));
    }

    private Reply form(Caller who, CustomId id, Source source) {
        String answer = read(who, source).answer();
        if (source.group() && answer.isBlank()) {
            // deleted since, forgotten, or a button from another server: nothing to read names from
            return Reply.text("I can't find any answers naming organizations in that session now: they may have "
                    + "been deleted since. Add one to the outreach list with `/partner add`.");
        }
        List<String> found = AnswerNames.names(answer);
        int from = position(who, source, id, answer);
        Found sorted = sorted(who, found.subList(Math.min(from, found.size()), found.size()));
        List<String> fresh = sorted.fresh();
        if (fresh.isEmpty()) {
            String named = source.group() ? "the group named" : "your answer names";
            // partners the coalition has moved on from are not on /partner list: said first, with how to bring one back
            String restore = movedOnFrom(sorted.movedOn());
            if (from == 0 && sorted.listed().isEmpty()) {
                return Reply.text(restore);
            }
            return Reply.text((restore.isEmpty() ? "" : restore + " ") + (from == 0 ? "Every "
                    + (restore.isEmpty() ? "" : "other ") + "organization " + (source.group() ? named : "you named")
                    + " is on the coalition's outreach list. See it with `/partner list`." : "That's every "
                    + "organization " + named + ": each one is on the coalition's outreach list or was in an earlier "
                    + "round. See the list with `/partner list`."));
        }
        List<String> round = fresh.subList(0, Math.min(fresh.size(), MAX_PER_ROUND));
        int to = fresh.size() > MAX_PER_ROUND ? found.indexOf(round.get(round.size() - 1)) + 1 : found.size();
        Form.Input input = Form.Input.paragraph(NAMES_FIELD, "One organization per line: fix, add, remove",
                PartnerInput.MAX_NAME * MAX_PER_ROUND + MAX_PER_ROUND).prefilled(String.join("\n", round));
        return Reply.form(new Form(CustomId.of(PartnerView.FEATURE, source.group() ? "grpnamesok" : "walknamesok",
                source.id(), to, mark(answer)), "Organizations to add", List.of(input)));
    }

    /** The corrected list was sent: keep it, and ask the first name's sector. Nothing is added yet. */
    Reply checked(Caller who, CustomId id, String text) {
        return checked(who, id, text, Source.walk(id.longArg(0)));
    }

    /** The corrected list of a group session's names was sent ({@link #checked(Caller, CustomId, String)}). */
    Reply groupChecked(Caller who, CustomId id, String text) {
        PartnerService.requireServer(who);
        return checked(who, id, text, Source.session(id.longArg(0)));
    }

    private Reply checked(Caller who, CustomId id, String text, Source source) {
        // reading a walk's answer checks the walk is the member's own (or says so clearly)
        Read read = read(who, source);
        String answer = read.answer();
        List<String> lines = new ArrayList<>();
        List<String> tooLong = new ArrayList<>();
        // each line said once, however often it was pasted
        java.util.Set<String> noName = new java.util.LinkedHashSet<>();
        java.util.Set<String> twice = new java.util.LinkedHashSet<>();
        Map<String, String> unique = new LinkedHashMap<>();
        for (String line : (text == null ? "" : text).split("\\n")) {
            // the member typed these names in the form: kept as typed; a line of mentions alone names no one
            String name = line.strip();
            // a mention or a server's emoji names no organization ("Lincoln High @everyone" names Lincoln High)
            if (!AnswerNames.named(Mentions.removedFrom(name))) {
                if (!name.isEmpty()) {
                    noName.add(shortQuote(name));
                }
                continue;
            }
            if (name.length() > PartnerInput.MAX_NAME) {
                // shown clipped (never inside an emoji), with what an emoji counts for
                tooLong.add(shortQuote(name) + Count.emojiCounted(name));
            } else {
                String kept = unique.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                if (kept != null) {
                    twice.add(shortQuote(kept));
                }
            }
        }
        lines.addAll(unique.values());
        Map<String, OnList> already = new LinkedHashMap<>();
        int to = db.write(c -> {
            // every Check and add goes on after this round, whichever message its button is on
            int reached = Math.max(start(id, 1, answer), bookmark(c, who, source, answer));
            Database.update(c, source.forgetBookmark(), who.guildId(), source.id());
            Database.update(c, source.insertBookmark(), who.guildId(), source.id(), who.userId(), reached,
                    mark(answer), clock.instant());
            Database.update(c, source.forgetRound(), who.guildId(), who.userId(), source.id());
            already.putAll(listed(c, who, lines));
            for (String name : lines) {
                if (!already.containsKey(name)) {
                    Database.insert(c, INSERT, who.guildId(), who.userId(), source.group() ? null : source.id(),
                            source.group() ? source.id() : null, name, clock.instant());
                }
            }
            return reached;
        });
        StringBuilder lead = new StringBuilder(alreadyOnList(already));
        if (!tooLong.isEmpty()) {
            lead.append("Not added, longer than ").append(PartnerInput.MAX_NAME).append(" characters: ")
                    .append(String.join(", ", tooLong)).append(". Add a shorter name with `/partner add`.\n");
        }
        // said, so that a line the member typed never goes without a word
        if (!noName.isEmpty()) {
            lead.append("Left out, as no organization is named in ").append(noName.size() == 1 ? "it" : "them")
                    .append(": ").append(Shown.andFirst(List.copyOf(noName), LEFT_OUT_SHOWN)).append(".\n");
        }
        if (!twice.isEmpty()) {
            lead.append("Named more than once, kept once: ").append(Shown.andFirst(List.copyOf(twice), LEFT_OUT_SHOWN))
                    .append(".\n");
        }
        return next(who, source, read, to, lead.toString());
    }

    /** A line of the form as a reply quotes it: clipped (never inside an emoji), so that a pasted line stays short. */
    private static String shortQuote(String line) {
        return "“" + Shown.text(Limits.clip(line, 41)) + "”";
    }

    /**
     * A sector was picked: add that one partner, then ask about the next name. A name someone else added (or added
     * and moved on from) since it was checked is told as on the list, as a later name would be ({@link #next}), and
     * the round goes on.
     */
    Reply pickSector(Caller who, CustomId id, List<String> values) {
        Pending pending = pending(who, id.longArg(0));
        PartnerService.Added added;
        try {
            added = service.add(who, pending.name(), values.isEmpty() ? "" : values.get(0), null, null);
        } catch (PartnerService.NameTaken taken) {
            Source source = forget(who, pending);
            Read read = read(who, source);
            return next(who, source, read, position(who, source, id, read.answer()), alreadyOnList(Map.of(
                    pending.name(), new OnList(taken.partner(), false, false)))).replacingMessage();
        }
        Partner p = added.partner();
        // one spelled alike was added since the name was checked: said as /partner add says it
        String headsUp = view.headsUp(added, who);
        Source source = forget(who, pending);
        Read read = read(who, source);
        return next(who, source, read, position(who, source, id, read.answer()), "Added “"
                + Shown.text(p.name()) + "” (" + sectors.nameOf(p.sector())
                + ") to the outreach list, in the researching stage." + headsUp + (headsUp.isEmpty() ? "\n" : "\n\n"))
                .replacingMessage();
    }

    /** "Don't add": the name leaves this round without being added. */
    Reply drop(Caller who, CustomId id) {
        Pending pending = pending(who, id.longArg(0));
        Source source = forget(who, pending);
        Read read = read(who, source);
        return next(who, source, read, position(who, source, id, read.answer()), "Left out "
                + Quoted.endingSentence(pending.name()) + "\n").replacingMessage();
    }

    /**
     * The next name waiting for its sector, or the end of the round.
     *
     * @param to where the round stopped in the answer's names: the next round starts there
     */
    private Reply next(Caller who, Source source, Read read, int to, String lead) {
        // a name on the list since it was checked (added in this round, or by someone else) leaves it, said
        Map<String, OnList> since = new LinkedHashMap<>();
        List<Pending> waiting = db.write(c -> {
            List<Pending> pending = Database.list(c, source.pending(), Pending::of, who.guildId(), who.userId(),
                    source.id());
            since.putAll(listed(c, who, pending.stream().map(Pending::name).toList()));
            List<Pending> left = new ArrayList<>();
            for (Pending p : pending) {
                if (since.containsKey(p.name())) {
                    Database.update(c, FORGET_ONE, who.guildId(), p.id());
                } else {
                    left.add(p);
                }
            }
            return left;
        });
        String said = lead + alreadyOnList(since);
        WalkState walk = read.walk();
        String answer = read.answer();
        if (waiting.isEmpty()) {
            List<String> found = AnswerNames.names(answer);
            List<String> rest = notOnList(who, found.subList(Math.min(to, found.size()), found.size()));
            String more = rest.isEmpty() ? "" : (walk == null ? " The group named " : " Your answer names ")
                    + count(rest.size()) + " not on the list yet; press **Check and add** again if you want them too.";
            // a walk's next question, in view above the offer, carries on from here; a session has ended
            String carryOn = walk == null ? "" : WalkView.carryOn(walk, who.surface(), "", justAfterTheList(walk));
            Reply done = Reply.text(said + "That's all for this list. See the coalition's partners with "
                    + "`/partner list`, and plan your approach to one with `/partner coach`." + more
                    + (carryOn.isEmpty() ? "" : "\n\n" + carryOn));
            return rest.isEmpty() ? done : done.withButtons(source.checkAndAdd(to, answer));
        }
        Pending first = waiting.get(0);
        String after = waiting.size() > 1 ? " (" + (waiting.size() - 1) + " more after this one)" : "";
        return Reply.text(said + "Which sector is “" + Shown.text(first.name()) + "” in?" + after)
                .withRow(new Row.Select(SelectMenu.single(CustomId.of(PartnerView.FEATURE, "walksect",
                        first.id(), to, mark(answer)), "Pick a sector", sectors.options())))
                .withButtons(Button.secondary(CustomId.of(PartnerView.FEATURE, "walkdrop", first.id(), to,
                        mark(answer)), "Don't add this one"));
    }

    /** Whether the walk still stands on the question that came with the Check and add offer, in view above. */
    private static boolean justAfterTheList(WalkState walk) {
        return walk.position().flatMap(at -> walk.curriculum().before(at))
                .map(p -> p.question().key().equals(QUESTION)).orElse(false);
    }

    /**
     * Where a round starts in the answer's names, from a component's arguments {@code index} (the position) and
     * {@code index + 1} (the answer it was for): the first name when the answer has been written again since.
     */
    private static int start(CustomId id, int index, String answer) {
        return id.arg(index + 1).equals(mark(answer)) ? (int) Math.max(0, id.longArg(index)) : 0;
    }

    /** Where the next round starts: after the last round sent, whichever button (old or new) was pressed. */
    private int position(Caller who, Source source, CustomId id, String answer) {
        return Math.max(start(id, 1, answer), db.read(c -> bookmark(c, who, source, answer)));
    }

    /** Where the last round sent for this answer stopped; 0 when none was sent, or the answer was rewritten. */
    private static int bookmark(Connection c, Caller who, Source source, String answer) throws SQLException {
        String mark = mark(answer);
        return Database.one(c, source.bookmark(),
                rs -> mark.equals(rs.getString("answer_mark")) ? rs.getInt("offered") : 0, source.bookmarkArgs(who))
                .orElse(0);
    }

    /** A short mark of the answer's words, so that a round's position is not applied to a rewritten answer. */
    private static String mark(String answer) {
        return Integer.toHexString(answer.hashCode());
    }

    private Pending pending(Caller who, long id) {
        PartnerService.requireServer(who);
        return db.read(c -> Database.one(c, PENDING_ONE, Pending::of,
                who.guildId(), who.userId(), id)).orElseThrow(() -> new UserError("That name was already added or "
                        + "left out. Run `/partner list` to see the outreach list, or add one with `/partner add`."));
    }

    private Source forget(Caller who, Pending pending) {
        db.write(c -> Database.update(c, FORGET_ONE, who.guildId(), pending.id()));
        return pending.source();
    }

    private List<String> notOnList(Caller who, List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        Map<String, OnList> listed = db.read(c -> listed(c, who, names));
        return names.stream().filter(name -> !listed.containsKey(name)).toList();
    }

    /**
     * Of {@code names}, those on the list, each with the partner it is there as, and whether it is spelled a little
     * differently there ("St Marys Clinic" for "St. Mary's Clinic": the look-alike {@code /partner add} gives a
     * heads-up for): Check and add offers neither as a new partner. Partners the coalition has moved on from are among
     * them ({@link OnList#movedOn}), told apart. Each name's keys worked out once, one read of each kind.
     */
    private Map<String, OnList> listed(Connection c, Caller who, java.util.Collection<String> names)
            throws SQLException {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        names.forEach(name -> keys.computeIfAbsent(name, WalkToList::keysOf));
        Map<String, Partner> byKey = store.keysOnList(c, who.guildId(),
                keys.values().stream().flatMap(List::stream).distinct().toList());
        Map<String, OnList> listed = new LinkedHashMap<>();
        Map<String, String> letters = new LinkedHashMap<>();
        keys.forEach((name, own) -> {
            Optional<Partner> named = own.stream().filter(byKey::containsKey).map(byKey::get).findFirst();
            if (named.isPresent()) {
                listed.put(name, new OnList(named.get(), false, false));
            }
        });
        // a name the partner had before a rename is that partner, as /partner add and the partner's page say
        Map<String, Partner> former = store.byFormerNames(c, who.guildId(), keys.entrySet().stream()
                .filter(e -> !listed.containsKey(e.getKey())).flatMap(e -> e.getValue().stream()).distinct().toList());
        keys.forEach((name, own) -> {
            if (listed.containsKey(name)) {
                return;
            }
            Optional<Partner> once = own.stream().filter(former::containsKey).map(former::get).findFirst();
            if (once.isPresent()) {
                listed.put(name, new OnList(once.get(), true, true));
            } else {
                letters.put(name, PartnerInput.letters(PartnerInput.keyOf(name)));
            }
        });
        // a name of no letter or digit is spelled like none, as under /partner add
        letters.values().removeIf(String::isEmpty);
        Map<String, Partner> alike = store.spelledAlike(c, who.guildId(), letters.values().stream().distinct().toList());
        letters.forEach((name, own) -> {
            if (alike.containsKey(own)) {
                listed.put(name, new OnList(alike.get(own), true, false));
            }
        });
        return listed;
    }

    /**
     * What a reply says of names found on the list ({@link #listed}): those named as they are there, then those spelled
     * a little differently, with the partner each one is; empty when none.
     */
    private static String alreadyOnList(Map<String, OnList> listed) {
        List<String> asNamed = new ArrayList<>();
        List<String> alike = new ArrayList<>();
        List<String> renamed = new ArrayList<>();
        Map<String, OnList> movedOn = new LinkedHashMap<>();
        listed.forEach((name, on) -> {
            if (on.movedOn()) {
                movedOn.put(name, on);
            } else if (on.renamed()) {
                renamed.add("“" + Shown.text(on.partner().name()) + "” (once " + shortQuote(name) + ")");
            } else if (on.alike()) {
                alike.add("“" + Shown.text(on.partner().name()) + "” (for " + shortQuote(name) + ")");
            } else {
                asNamed.add(name);
            }
        });
        String restore = movedOnFrom(movedOn);
        return (asNamed.isEmpty() ? "" : "Already on the list: " + Quoted.listEndingSentence(asNamed) + "\n")
                + (alike.isEmpty() ? "" : "Already on the list, spelled a little differently: "
                + Shown.andFirst(alike, LEFT_OUT_SHOWN) + ". If " + (alike.size() == 1 ? "yours is" : "one of yours is")
                + " another organization, add it with `/partner add`.\n")
                + (renamed.isEmpty() ? "" : "Already on the list under " + (renamed.size() == 1 ? "a new name: "
                : "new names: ") + Shown.andFirst(renamed, LEFT_OUT_SHOWN) + ".\n")
                + (restore.isEmpty() ? "" : restore + "\n");
    }

    /**
     * The keys a partner on the list may have when a member names it so: its own, and with a leading "the" taken off
     * or put on ("The Eastside food bank" is the listed "Eastside Food Bank"; stored keys stay as they are).
     */
    private static List<String> keysOf(String name) {
        String bare = AnswerNames.LEADING_THE.matcher(name.strip()).replaceFirst("");
        return java.util.stream.Stream.of(name, bare, "the " + bare).filter(AnswerNames::named)
                .map(PartnerInput::nameKey).distinct().toList();
    }

    /** A source as read once for a press: a walk with its answer (reading it checks it is the member's), or answers. */
    private record Read(WalkState walk, String answer) {
    }

    private Read read(Caller who, Source source) {
        if (source.group()) {
            return new Read(null, groupAnswers(who, source.id()));
        }
        WalkState walk = walks.show(who, source.id());
        return new Read(walk, walk.textFor(QUESTION).orElse(""));
    }


    private static String count(int n) {
        return Count.of(n, "organization");
    }
}
