package org.partnercoach.coaching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.UserError;
import org.partnercoach.curriculum.Curriculum;

/**
 * {@code /coach answers}: everything a member wrote and every question they skipped, numbered and paged; each one
 * opens a form to answer, change or clear it, and each answer stays private until the member shares it with the
 * coordinators (Share / Stop sharing).
 */
final class AnswersPage {

    /** Two buttons per answer (Edit, Share) in 4 rows, and the pager in the 5th. */
    static final int ANSWERS_PER_PAGE = 10;
    /** Typed alone in the edit form, clears the answer (as {@code -} clears a partner's notes). */
    static final String CLEAR = "-";
    static final String CLEAR_LABEL = "Your answer (a single - clears it)";

    private final Walks walks;
    private final SubjectNames subjects;
    private final GroupAnswers groupAnswers;

    AnswersPage(Walks walks, SubjectNames subjects) {
        this(walks, subjects, GroupAnswers.NONE);
    }

    AnswersPage(Walks walks, SubjectNames subjects, GroupAnswers groupAnswers) {
        this.walks = walks;
        this.subjects = subjects;
        this.groupAnswers = groupAnswers;
    }

    /** The member's walk answers, then a card with what they said in group sessions (on the first page). */
    Reply pageWithGroups(Caller who, int page) {
        List<GroupAnswers.Entry> group = page == 0 ? groupAnswers.of(who.guildId(), who.userId()) : List.of();
        Reply walkPage = page(who, page);
        if (group.isEmpty()) {
            return walkPage;
        }
        StringBuilder body = new StringBuilder();
        String where = "";
        int perEntry = Math.max(60, (Limits.EMBED_DESCRIPTION - 300) / group.size());
        for (GroupAnswers.Entry e : group) {
            if (!e.where().equals(where)) {
                where = e.where();
                // a session's title as its facilitator typed it, not as Markdown
                body.append("**").append(Shown.text(WalkView.clip(where, 120))).append("**\n");
            }
            String line = "• *" + WalkView.clip(e.question(), 90) + "*\n   "
                    + WalkView.shown(e.text(), Math.max(40, perEntry - 110)) + "\n";
            if (body.length() + line.length() > Limits.EMBED_DESCRIPTION - 100) {
                body.append("…\n");
                break;
            }
            body.append(line);
        }
        Card card = new Card("Your group session answers", body.toString(), List.of(),
                "Edit, delete or keep one in your own walk with " + group.get(0).manage() + ".");
        boolean noWalkAnswers = walkPage.cards().isEmpty();
        return (noWalkAnswers ? Reply.card(card) : walkPage.withCard(card));
    }

    /**
     * All the member's answers, with an Edit button each, {@link #ANSWERS_PER_PAGE} to a page. Each is numbered as its
     * walk numbers the question ("Question 6 of 17" is 6.); an answer to a question no longer asked has a letter.
     * When a page holds more than one walk, its buttons name the walk too, as the same number may be in each, each walk
     * by a name no other walk on the page has ({@link #buttonLabels}).
     */
    Reply page(Caller who, int page) {
        List<Entry> entries = entries(who);
        if (entries.isEmpty()) {
            // in a DM, where slash commands do not work, the words typed there
            return Reply.text(who.surface() == org.partnercoach.chat.Surface.DM
                    ? "You haven't answered any questions yet. Type " + DmWords.Word.START.shown() + " to begin with "
                            + "the 5 tips, or " + DmWords.Word.REFLECT.shown() + " for the Ask Yourself questions."
                    : "You haven't answered any questions yet. Run `/coach start` to begin with the 5 tips, "
                            + "or `/reflect` for the Ask Yourself questions.");
        }
        int pages = (entries.size() + ANSWERS_PER_PAGE - 1) / ANSWERS_PER_PAGE;
        int shown = Math.min(page, pages - 1);
        List<Entry> slice = entries.subList(shown * ANSWERS_PER_PAGE,
                Math.min(entries.size(), (shown + 1) * ANSWERS_PER_PAGE));
        StringBuilder body = new StringBuilder();
        List<Button> edits = new ArrayList<>();
        String section = "";
        boolean retired = false;
        int perEntry = (Limits.EMBED_DESCRIPTION - 200) / slice.size();
        boolean severalWalks = slice.stream().map(Entry::walkTitle).distinct().count() > 1;
        Map<Long, String> labels = severalWalks ? buttonLabels(slice) : Map.of();
        for (Entry e : slice) {
            String number = e.number();
            String which = severalWalks ? number + " · " + labels.get(e.answer().walkId()) : number;
            if (!e.walkTitle().equals(section)) {
                section = e.walkTitle();
                body.append("**").append(section).append("**\n");
            }
            String answer = e.notYet() ? "*(not answered yet)*" : e.answer().skipped() ? "*(skipped)*"
                    : WalkView.shown(e.answer().text(), Math.max(40, perEntry - 110));
            String sharing = !e.answer().shared() ? ""
                    : e.retired() ? " (was shared; coordinators no longer see it)" : " (shared with coordinators)";
            body.append(number).append(". *").append(WalkView.clip(e.question(), 90)).append("*")
                    .append(sharing).append("\n   ").append(answer).append("\n");
            if (e.retired()) {
                retired = true;
                edits.add(Button.secondary(CustomId.of(WalkView.FEATURE, "delete", e.answer().id(), shown),
                        "Delete " + which));
                if (e.answer().shared()) {
                    edits.add(Button.secondary(CustomId.of(WalkView.FEATURE, "share", e.answer().id(), shown),
                            "Stop sharing " + which));
                }
                continue;
            }
            if (e.notYet()) {
                // a question before the one the walk stands on, never reached (the walk was opened at a later tip)
                edits.add(Button.secondary(CustomId.of(WalkView.FEATURE, "fill", e.answer().walkId(),
                        e.answer().questionKey()), "Answer " + which));
                continue;
            }
            edits.add(Button.secondary(CustomId.of(WalkView.FEATURE, "edit", e.answer().id()),
                    (e.answer().skipped() ? "Answer " : "Edit ") + which));
            if (!e.answer().skipped()) {
                edits.add(Button.secondary(CustomId.of(WalkView.FEATURE, "share", e.answer().id(), shown),
                        (e.answer().shared() ? "Stop sharing " : "Share ") + which));
            }
        }
        Card card = new Card("Your answers", body.toString(), List.of(),
                (pages > 1 ? "Page " + (shown + 1) + " of " + pages + " · " : "")
                        + "Press Edit to change or clear an answer, Answer to fill in a question still open. "
                        + "Answers stay private unless you press Share; a partner plan's answers are on that "
                        + "partner's page for the coalition."
                        + (retired ? RETIRED_NOTE : ""));
        Reply reply = Reply.card(card).withRows(Row.grid(edits));
        return Row.pager(shown, pages, to -> CustomId.of(WalkView.FEATURE, "answers", to))
                .map(reply::withRow).orElse(reply);
    }

    /** Every answer of the member, in the order the pages list them. */
    private List<Entry> entries(Caller who) {
        List<Entry> entries = new ArrayList<>();
        for (WalkState s : walks.ofMember(who)) {
            String subject = subjects.nameOf(who.guildId(), s.walk().subjectId());
            String walkTitle = WalkView.walkName(s, subject);
            // a button's label is plain text: a partner's plan by the partner's name as typed
            String walkLabel = subject == null || subject.isBlank() ? shortTitle(s.curriculum().title()) : subject;
            // a question before the one the walk stands on, with nothing yet, was passed over when the walk opened at a
            // later tip (/coach tip): listed as not answered yet, to answer from here
            int at = s.position().map(Curriculum.Position::flatIndex).orElse(0);
            for (Curriculum.Position p : s.curriculum().positions()) {
                Optional<Answer> answer = s.answerFor(p.question().key());
                boolean notYet = answer.isEmpty() && p.flatIndex() < at;
                if (answer.isPresent() || notYet) {
                    entries.add(new Entry(walkTitle, walkLabel, String.valueOf(p.flatIndex() + 1),
                            WalkView.namedShown(p.question().text(), subject), answer.orElseGet(() -> new Answer(0,
                            who.guildId(), s.walk().id(), p.question().key(), "", true, s.walk().updatedAt(), false)),
                            false, notYet));
                }
            }
            // words for questions taken out of the content since: still the member's, to read, unshare or delete;
            // lettered, as they have no number in the walk
            List<Answer> retired = s.retiredAnswers();
            for (int i = 0; i < retired.size(); i++) {
                entries.add(new Entry(walkTitle, walkLabel, letter(i), RETIRED, retired.get(i), true, false));
            }
        }
        return entries;
    }

    /** The page an answer is listed on, so that the list shown after its form is the one it was edited from. */
    private Reply pageOf(Caller who, long answerId) {
        List<Entry> entries = entries(who);
        int at = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).answer().id() == answerId) {
                at = i;
                break;
            }
        }
        return page(who, at / ANSWERS_PER_PAGE);
    }

    Reply editForm(Caller who, long answerId) {
        Answer answer = walks.ownAnswer(who, answerId);
        WalkState state = walks.show(who, answer.walkId());
        Curriculum.Position at = state.curriculum().find(answer.questionKey()).orElseThrow(() -> new UserError(
                "That question is no longer part of the walk, so its answer can't be edited. Run `/coach answers`: "
                        + "its Delete button removes it."));
        // an answer that is there can be cleared with a single "-"; a skipped one needs words
        Form.Input input = answer.skipped()
                ? Form.Input.paragraph(WalkView.ANSWER_FIELD, "Your answer", Walks.MAX_ANSWER)
                : Form.Input.paragraph(WalkView.ANSWER_FIELD, CLEAR_LABEL, Walks.MAX_ANSWER).prefilled(answer.text());
        input = input.withPlaceholder(WalkView.named(at.question().text(),
                subjects.nameOf(who.guildId(), state.walk().subjectId())));
        return Reply.form(new Form(CustomId.of(WalkView.FEATURE, "edited", answerId),
                WalkView.formTitle(state.curriculum(), at), List.of(input)));
    }

    /**
     * The edit form was sent: new words replace the answer; a single "-" clears it; the answer sent back as it was, or
     * with no letter or digit in it (an emoji alone), a puzzled "huh?" or an "idk", changes nothing.
     */
    Reply edited(Caller who, long answerId, String text) {
        Answer before = walks.ownAnswer(who, answerId);
        if (text == null || text.isBlank()) {
            // the form was sent with only spaces: nothing to keep, and no question to skip from here
            return pageOf(who, answerId).withText(before.skipped()
                    ? "Your answer was empty, so that question is still open. Press its Answer button and write a "
                            + "few words whenever you're ready."
                    : "Your answer was empty, so I kept the one you had. To change it, press its Edit button and "
                            + "write the new words; to clear it, type a single `-`.");
        }
        if (Walks.unchanged(before, text)) {
            // the form came back with the answer as it was (opened to read it whole, say): nothing to update
            return pageOf(who, answerId).withText(WalkView.nothingChanged(before.text()) + " To change it, press its "
                    + "Edit button and write the new words; to clear it, type a single `-` in place of the answer.");
        }
        if (text.strip().equals(CLEAR)) {
            if (before.skipped()) {
                return pageOf(who, answerId).withText("That question has no answer to clear. Write a few words to answer it.");
            }
            walks.clearAnswer(who, answerId);
            return pageOf(who, answerId).withText("Cleared your answer to “" + questionOf(who, before) + "”. It is listed "
                    + "as skipped now; press its Answer button whenever you want to answer it again.");
        }
        if (!DmWords.hasWords(text)) {
            // an emoji alone or punctuation, as in a DM or the walk's own form: not an answer, and nothing replaced
            String why = "Your answer had no words in it (only emoji, symbols or punctuation), so ";
            return pageOf(who, answerId).withText(before.skipped()
                    ? why + "that question is still open. Press its Answer button and write a few words whenever "
                            + "you're ready."
                    : why + "I kept the one you had. To change it, press its Edit button and write a few words.");
        }
        if (!Walks.ownWords(text)) {
            // mentions alone (@everyone, a member) call people in: not an answer, and nothing replaced
            String why = "Your answer only mentioned people (such as @everyone or a member), so ";
            String mentions = ": " + Walks.MENTIONS_SAY_NOTHING;
            return pageOf(who, answerId).withText(before.skipped()
                    ? why + "that question is still open" + mentions + " Press its Answer button and write a few "
                            + "words of your own whenever you're ready."
                    : why + "I kept the one you had" + mentions + " To change it, press its Edit button and write a "
                            + "few words of your own.");
        }
        Optional<String> little = Walks.littleBesideMentions(text);
        if (little.isPresent()) {
            // a mention with a letter or two says nothing yet: quoted back, since the form keeps nothing once sent
            String why = "I didn't keep " + Walks.typedBack(text) + " as your answer: " + little.get();
            return pageOf(who, answerId).withText(before.skipped()
                    ? why + " That question is still open; press its Answer button and write a few words of your own "
                            + "whenever you're ready."
                    : why + " I kept the one you had; to change it, press its Edit button and write a few words of "
                            + "your own.");
        }
        DmWords.Aside aside = DmWords.aside(text);
        if (aside == DmWords.Aside.MEANING) {
            // "huh?" or "what?" asks about the question, as from the walk's own form: nothing replaced, what it is after
            return pageOf(who, answerId).withText(meaningAsked(who, before));
        }
        if (aside == DmWords.Aside.NOT_SURE) {
            // "idk" is no answer yet, as in a DM: nothing replaced, so a long answer is not lost to two words
            return pageOf(who, answerId).withText(before.skipped()
                    ? "Not knowing yet is fine: I didn't keep your line as an answer, so that question is still open "
                            + "to come back to. Press its Answer button and write a few words whenever you're ready."
                    : "Not knowing yet is fine: I kept the answer you had, and didn't take your line as a new one. If "
                            + "it still holds, leave it as it is; if not, press its Edit button and write the new "
                            + "words, or type a single `-` to clear it.");
        }
        Optional<String> control = controlInEdit(text, aside, before);
        if (control.isPresent()) {
            return pageOf(who, answerId).withText(control.get());
        }
        Answer answer = walks.editAnswer(who, answerId, text);
        return pageOf(who, answerId).withText("Updated: " + WalkView.quote(answer.text(), 200));
    }

    /**
     * A line sent from an Edit form that is a word for what a button does ("start over", "previous", "pass", "never
     * mind"; "stop", "hmm"), as the Answer form reads it: no new answer, so the one she had stays, and what to do.
     * Empty for any other line.
     */
    private static Optional<String> controlInEdit(String text, DmWords.Aside aside, Answer before) {
        Optional<DmWords.Control> control = DmWords.control(text);
        if (control.isEmpty() && aside != DmWords.Aside.PAUSE && aside != DmWords.Aside.THINKING) {
            return Optional.empty();
        }
        String notKept = (control.filter(c -> c == DmWords.Control.NEVER_MIND).isPresent() ? "No problem: "
                : aside == DmWords.Aside.THINKING ? "Take your time! " : "") + "I didn't keep "
                + Walks.typedBack(text) + " as an answer";
        if (before.skipped()) {
            return Optional.of(notKept + ", so that question is still open. Press its Answer button and write a few "
                    + "words whenever you're ready.");
        }
        String walk = control.filter(c -> c == DmWords.Control.START_OVER).isPresent()
                ? " To go through the walk again, its **Start over** button at the end takes you to the first "
                + "question, keeping your answers." : "";
        return Optional.of(notKept + ", so I kept the one you had: this form changes only this answer. To change "
                + "it, press its Edit button and write the new words; to clear it, type a single `-`." + walk);
    }

    /** How much of a step's guidance a reply to a puzzled edit shows: the message holds 2,000 characters in all. */
    private static final int ADVICE = 900;

    /** Said to a puzzled line sent from an Edit form: nothing replaced, what the question is after, what to press. */
    private String meaningAsked(Caller who, Answer before) {
        WalkState state = walks.show(who, before.walkId());
        String typedName = subjects.nameOf(who.guildId(), state.walk().subjectId());
        String advice = state.curriculum().find(before.questionKey())
                .map(p -> " Here's what the question is after:\n"
                        + Limits.clip(WalkView.namedShown(p.step().guidance(), typedName), ADVICE) + "\n\n")
                .orElse(" ");
        return before.skipped()
                ? "No worries! I didn't keep your line as an answer, so that question is still open." + advice
                        + "Press its Answer button and write a few words whenever you're ready, however short."
                : "No worries! I kept the answer you had, and didn't take your line as a new one." + advice
                        + "To change it, press its Edit button and write the new words, however short; to clear it, "
                        + "type a single `-`.";
    }

    private String questionOf(Caller who, Answer answer) {
        WalkState state = walks.show(who, answer.walkId());
        return state.curriculum().find(answer.questionKey()).map(p -> WalkView.clip(WalkView.namedShown(
                p.question().text(), subjects.nameOf(who.guildId(), state.walk().subjectId())), 120))
                .orElse("that question");
    }

    /** Delete on an answer to a question no longer asked: what it deletes, and a way back. */
    Reply askToDelete(Caller who, long answerId, int page) {
        Optional<Answer> retired = walks.retiredAnswer(who, answerId);
        if (retired.isEmpty()) {
            return page(who, page).withText("That question is part of the walk again, so its answer stays. To "
                    + "clear it, press its Edit button and type a single `-`.").replacingMessage();
        }
        return Reply.text("Delete your answer to a question no longer asked? "
                        + WalkView.quote(retired.get().text(), 300)
                        + "\nIt cannot be undone: `/privacy export` first if you want a copy.")
                .withButtons(Button.danger(CustomId.of(WalkView.FEATURE, "deleted", answerId, page), "Delete it"),
                        Button.secondary(CustomId.of(WalkView.FEATURE, "answers", page), "Keep it"))
                .replacingMessage();
    }

    /** Delete it was pressed: the answer is gone, and the list shows what is left. */
    Reply deleted(Caller who, long answerId, int page) {
        walks.deleteRetiredAnswer(who, answerId);
        return page(who, page).withText("Deleted your answer to a question no longer asked.").replacingMessage();
    }

    /** How an answer to a question the content no longer asks is listed (its question's words are gone). */
    static final String RETIRED = "A question no longer asked";
    private static final String RETIRED_NOTE = " An answer to a question no longer asked is yours alone: coordinators "
            + "and the partner's page don't show it, unless the question comes back. Delete removes it for good.";

    /** a, b, … z, then aa, ab, … */
    private static String letter(int i) {
        return (i >= 26 ? letter(i / 26 - 1) : "") + (char) ('a' + i % 26);
    }

    /**
     * A walk's title cut short for its buttons, which repeat it: the words before " for " ("5 tips" of "5 tips for
     * reaching out to new partners"), or the whole title when it has none ("Ask Yourself").
     */
    static String shortTitle(String title) {
        int cut = title.indexOf(" for ");
        return cut > 0 ? title.substring(0, cut) : title;
    }

    /** How long a walk's name on its buttons is, when it tells the walk apart by itself. */
    static final int SHORT_LABEL = 20;
    /**
     * The most of a walk's name its buttons hold: the longest label ("Stop sharing 17 · ") leaves that much of
     * Discord's 80 characters.
     */
    static final int LONG_LABEL = Limits.BUTTON_LABEL - "Stop sharing ".length() - "aa".length() - " · ".length();

    /**
     * The name each walk on a page goes by on its buttons, by walk id: cut to {@link #SHORT_LABEL}, unless that
     * leaves two walks alike (two partners whose names begin the same): then as much of each name as a button holds,
     * so the part that differs shows, and where even that is alike, numbered in the page's order ("… (2)").
     */
    private static Map<Long, String> buttonLabels(List<Entry> slice) {
        Map<Long, String> names = new LinkedHashMap<>();
        slice.forEach(e -> names.putIfAbsent(e.answer().walkId(), e.walkLabel()));
        Map<Long, String> labels = new LinkedHashMap<>();
        names.forEach((walk, name) -> labels.put(walk, WalkView.clip(name, SHORT_LABEL)));
        for (Map.Entry<Long, String> alike : alike(labels)) {
            labels.put(alike.getKey(), WalkView.clip(names.get(alike.getKey()), LONG_LABEL));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<Long, String> alike : alike(labels)) {
            int n = seen.merge(alike.getValue(), 1, Integer::sum);
            String suffix = " (" + n + ")";
            labels.put(alike.getKey(), WalkView.clip(names.get(alike.getKey()), LONG_LABEL - suffix.length()) + suffix);
        }
        return labels;
    }

    /** The labels that more than one walk has, in the page's order. */
    private static List<Map.Entry<Long, String>> alike(Map<Long, String> labels) {
        Map<String, Long> counts = new HashMap<>();
        labels.values().forEach(l -> counts.merge(l, 1L, Long::sum));
        return labels.entrySet().stream().filter(e -> counts.get(e.getValue()) > 1)
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** One line of the page; {@code notYet}: a question passed over, with no answer row ({@code answer} stands in). */
    private record Entry(String walkTitle, String walkLabel, String number, String question, Answer answer,
                         boolean retired, boolean notYet) {
    }
}
