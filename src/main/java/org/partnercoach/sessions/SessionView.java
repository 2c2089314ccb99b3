package org.partnercoach.sessions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnercoach.chat.Attachment;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.TimeMarkup;

/** What a session looks like in its thread: the plan, each question with its live count, and the summary. */
final class SessionView {

    static final String FEATURE = "session";
    static final String ANSWER_FIELD = "answer";
    /** An answer longer than this is folded into the summary's Markdown file instead of the message. */
    static final int FOLD_OVER = 300;
    /** How much of each question the plan's post shows, and the least it shortens one to in a long plan. */
    static final int PLAN_QUESTION = 200;
    static final int PLAN_QUESTION_SHORTEST = 40;

    private SessionView() {
    }

    /** The session's title as a member typed it, shown literally in a message (the thread's name is plain text). */
    static String title(Session s) {
        return Shown.text(s.title());
    }

    /**
     * The name of the session's thread: its title as a thread's name shows it, in plain text, where a mention would
     * show as its raw markup; so each member the title mentions is named there by {@code names} (their name in the
     * server now), and left out when they are not in it (with the word joining them, and the title itself when nothing
     * else is left of it).
     */
    static String threadName(Session s, Map<Long, String> names) {
        String plain = Mentions.plain(s.title(), names);
        return Limits.clip(plain.isEmpty() ? "Reflection" : "Reflection: " + plain, 100);
    }

    /**
     * The plan's post.
     *
     * @param facilitatorLeft whether its facilitator is known to have left the server: a mention of them would show a
     *                        raw id, so the plan says they left, and that a coordinator leads the session now
     */
    static Reply plan(Session s, List<SessionQuestion> questions, boolean facilitatorLeft) {
        // a forget after the end edits the plan too: it then offers no hand-over or move, which an ended session refuses
        boolean ended = s.status() == Session.Status.ENDED;
        boolean left = s.facilitatorId() != 0 && facilitatorLeft;
        String head = (s.facilitatorId() == 0 ? ended ? "This session has ended; the member who led it has since "
                + "asked me to forget them." : "No one leads this session now: anyone in the thread can take it "
                + "over with `/session facilitator`." : left ? "Its facilitator has left the server."
                : "Facilitated by " + Mentions.user(s.facilitatorId()) + ".")
                + " " + Count.of(questions.size(), "question") + ", one at a time.\n\n";
        // what the group is to do comes after the list, and must not be cut off by the card's limit
        StringBuilder tail = new StringBuilder();
        tail.append("\nPress **Answer** under a question to write yours (up to 4,000 characters); you can press it "
                + "again to change it.");
        if (s.anonymous()) {
            tail.append(" This session is **anonymous**: nobody's name is shown with their answers.");
        }
        if (s.minutes() > 0) {
            tail.append(" Each question stays open for ").append(Count.of(s.minutes(), "minute")).append('.');
        }
        tail.append(left ? ended ? " `/session summary` here posts its summary again." : " " + COORDINATOR_LEADS
                : s.facilitatorId() != 0 ? " The facilitator moves on with **Next question** and closes with **End**."
                : ended ? " `/session summary` here posts its summary again."
                : " Anyone in the thread moves on with **Next question** and closes with **End**.");
        String list = questionList(questions, Limits.EMBED_DESCRIPTION - head.length() - tail.length());
        Reply plan = Reply.card(Card.of("Group reflection: " + title(s), head + list + tail)).inPublic();
        if (!s.privateThread() || s.facilitatorId() == 0 || left) {
            return plan;
        }
        // nobody sees a private thread until they are in it: naming the facilitator in the message (not the card)
        // brings them in, and members join the same way
        return plan.withText(Mentions.user(s.facilitatorId()) + ", this thread is private: only the members in it see "
                + "it. Bring in each member who takes part by mentioning them in a message here (type @ and their "
                + "name).").mentioning(Set.of(s.facilitatorId()));
    }

    /**
     * What the channel a session starts in reads, posted by the bot itself: what is starting and what to do. It names
     * no one (a forget would have nothing to edit), and a private session's title stays with the members in its thread.
     */
    static Reply starting(Session s) {
        if (s.privateThread()) {
            String which = "A private group reflection" + (s.anonymous() ? " (anonymous)" : "");
            return Reply.text(s.threadId() == 0 ? which + " is starting. I'm opening a private thread for it now and "
                    + "adding the member who started it, who brings in the members taking part; they answer there one "
                    + "question at a time."
                    : which + " is starting in a private thread. The member who started it is in it and brings in the "
                    + "members taking part; they answer there one question at a time.").inPublic();
        }
        return Reply.text("A group reflection is starting: **" + title(s) + "**" + (s.anonymous() ? " (anonymous)" : "")
                + (s.threadId() == 0 ? ". I'm opening a thread for it now; join it to answer one question at a time."
                : ". Join its thread, " + Mentions.channel(s.threadId()) + ", to answer one question at a time."))
                .inPublic();
    }

    /**
     * The thread's announcement of a hand-over, naming who leads the session now: named in the message, so that they
     * hear of it and are brought into a private thread they were not in yet. Once they asked to be forgotten (stored
     * as 0) it names no one, and says what the group can do.
     */
    static Reply handedOver(Session s) {
        if (s.facilitatorId() == 0) {
            return Reply.text("This session was handed to a member who has since asked me to forget them, so no one "
                    + "leads it now" + (s.status() == Session.Status.ENDED ? "." : ": anyone in this thread can move "
                    + "it on with **Next question**, close it with **End**, or take it over with "
                    + "`/session facilitator`.")).inPublic();
        }
        return Reply.text(Mentions.user(s.facilitatorId()) + " now facilitates \"" + title(s) + "\": they can move "
                + "on with **Next question** and close with **End**.").inPublic().mentioning(Set.of(s.facilitatorId()));
    }

    /**
     * The thread's note on a line typed there that was not added to the member's answer (it would not fit in one),
     * naming them, with their count, the room left, and what they can do: press **Answer** while the question is still
     * the one asked ({@code answerButton}), or else find the answer in {@code /session answers}. The line itself stays
     * in the thread, to copy from.
     */
    static Reply noRoom(long userId, Sessions.NoRoom full, boolean answerButton) {
        String count = full.length() == 0 ? "the line alone is longer than that"
                : "yours has " + Count.number(full.length()) + " now, so "
                + (full.room() == 0 ? "it is full" : "a line of up to " + Count.number(full.room()) + " fits");
        String keep = full.length() == 0 ? " and paste in a shorter version of it" : ", shorten what you have and "
                + "paste the line in";
        return Reply.text(Mentions.user(userId) + ", I didn't add that line to your answer to question "
                + full.question() + ": it would take it to " + Count.number(full.wouldBe()) + " characters, and an "
                + "answer holds " + Count.number(Limits.MODAL_VALUE) + " (" + count + "). Your line stays here in "
                + "the thread. " + (answerButton ? "To keep it in your answer, press **Answer** under the question"
                + keep + "; or save the thought for the next question."
                : full.length() == 0 ? "The group has moved on, so it stays there for them to read."
                : "To keep it in your answer, run `/session answers`, pick your answer to question " + full.question()
                + ", shorten it and paste the line in.")).inPublic().mentioning(Set.of(userId));
    }

    /** That note once the member it named was forgotten: what became of the line, naming no one. */
    static Reply noRoomNoOne() {
        return Reply.text("I didn't add a line typed here to its author's answer: it would have taken it past "
                + Count.number(Limits.MODAL_VALUE) + " characters. The line stays here in the thread for the group "
                + "to read.").inPublic();
    }

    /**
     * The note on a member's first line typed in the thread after the session ended: naming them (their line is just
     * above), pinging no one.
     */
    static Reply toldEnded(long userId) {
        return Reply.text(Mentions.user(userId) + ", this session has ended, so I didn't keep that line as an answer: "
                + FOR_THE_GROUP).inPublic();
    }

    /** What becomes of a line typed after the end, and what to do instead. */
    private static final String FOR_THE_GROUP = "it stays here for the group to read. To change your answers, run "
            + "`/session answers`.";

    /** That note once the member it named was forgotten: the same, naming no one. */
    static Reply toldEndedNoOne() {
        return Reply.text("This session had ended, so a line typed here then was not kept as an answer: "
                + FOR_THE_GROUP).inPublic();
    }

    /**
     * Why {@code /session start} created nothing: a session of the same title still runs in the channel. When it
     * started, where it is, the question it is at, and how to carry on there or close it first.
     */
    static String stillOpen(Sessions.OpenHere o, Caller who, Set<Long> left) {
        Session s = o.session();
        String where = s.threadId() == 0 ? ": I'm opening its thread now, with question 1 of " + o.total()
                : ", in its thread " + Mentions.channel(s.threadId()) + ": question " + (s.questionIndex() + 1)
                + " of " + o.total() + ", \"" + clip(o.question().text(), 150) + "\"";
        // the facilitator, a coordinator, or anyone once no one leads it
        boolean mayEnd = s.facilitatorId() == 0 || s.facilitatorId() == who.userId() || who.coordinator();
        // when it started tells last week's circle, never ended, from one started a moment ago
        return "**" + title(s) + "** is still open in this channel, started " + TimeMarkup.relative(s.createdAt())
                + where + ", " + led(s, who, left) + ". To carry on "
                + "with it, go to its thread (**Next question** there moves the group on). To close it, "
                + (mayEnd ? "press" : left.contains(s.facilitatorId()) ? "ask a coordinator to press"
                : "ask " + Mentions.user(s.facilitatorId()) + " or a coordinator to press")
                + " **End** under its question there, which posts its summary; then run `/session start` again. To "
                + "run a second session beside it, give this one a title of its own with `title:`. Nothing was "
                + "created.";
    }

    /** How many of the other sessions still running in its channel the reply to {@code /session start} names. */
    private static final int ALSO_OPEN_NAMED = 3;

    /**
     * The end of the reply to {@code /session start} where other sessions still run in the channel: which, where, and
     * that **End** closes each ("" when none does). A private one the member is not in shows as {@code /session list}
     * shows it to them: no title, no thread. {@code left}: facilitators known to have left the server.
     */
    static String alsoOpen(List<Sessions.OpenHere> open, Caller who, Set<Long> left) {
        if (open.isEmpty()) {
            return "";
        }
        List<String> named = new ArrayList<>();
        for (Sessions.OpenHere o : open.subList(0, Math.min(open.size(), ALSO_OPEN_NAMED))) {
            Session s = o.session();
            String at = "at question " + (s.questionIndex() + 1) + " of " + o.total() + ", " + led(s, who, left);
            named.add(!o.listed().shown() ? "a private session, " + at
                    : "**" + title(s) + "** in " + (s.threadId() == 0 ? "a thread I'm opening now"
                    : Mentions.channel(s.threadId())) + ", " + at);
        }
        int more = open.size() - named.size();
        return "\n\nAlso still open in this channel: " + String.join("; ", named)
                + (more > 0 ? "; and " + more + " more (`/session list` shows them)" : "")
                + ". **End** under a session's question closes it once its group is done.";
    }

    /**
     * Who leads a session, as the member reading it is told: "led by you", "led by @ana", by its facilitator who left
     * the server (one of {@code left}), or by no one.
     */
    private static String led(Session s, Caller who, Set<Long> left) {
        return s.facilitatorId() == 0 ? "led by no one now" : s.facilitatorId() == who.userId() ? "led by you"
                : "led by " + facilitator(s.facilitatorId(), left);
    }

    /** How a facilitator who left the server is spoken of, where a mention of them would show a raw id. */
    static final String LEFT_FACILITATOR = "its facilitator, who has left the server";

    /** What a coordinator can do in a session whose facilitator left the server. */
    static final String COORDINATOR_LEADS = "A coordinator moves it on with **Next question**, closes it with "
            + "**End**, or hands it to someone with `/session facilitator`.";

    /**
     * The session's facilitator in a sentence: their mention, or, once they are known to have left the server (their
     * mention would show a raw id), {@link #LEFT_FACILITATOR}.
     */
    static String facilitator(long facilitatorId, Set<Long> left) {
        return left.contains(facilitatorId) ? LEFT_FACILITATOR : Mentions.user(facilitatorId);
    }

    /**
     * Why a member who does not lead a session may not {@code action} ("move the session on or end it"), and who can:
     * the facilitator by name, or, when they left the server, a coordinator, who can take it over.
     */
    static String notLead(long facilitatorId, String action, boolean facilitatorLeft) {
        if (facilitatorLeft) {
            return "Only the facilitator or a coordinator can " + action + ", and the facilitator has left the "
                    + "server. Nothing was changed; keep answering with **Answer**. Ask a coordinator to take the "
                    + "session over: they can move it on with **Next question**, close it with **End**, or hand it "
                    + "to someone with `/session facilitator`.";
        }
        return "Only the facilitator (" + Mentions.user(facilitatorId) + ") or a coordinator can " + action
                + ". Nothing was changed; keep answering with **Answer**. If the facilitator is gone, a coordinator "
                + "can hand the session to someone with `/session facilitator`.";
    }

    /** An earlier hand-over announcement once the session was handed on again: it names no one any more. */
    static Reply handedOverBefore(Session s) {
        return Reply.text("\"" + title(s) + "\" was handed over again after this; the plan at the top of this thread "
                + "names who leads it now.").inPublic();
    }

    /**
     * The plan's questions, one a line, in at most {@code room} characters, so that the instructions after the list
     * stay in the post: each question up to {@link #PLAN_QUESTION} characters, or, when a long plan would not fit,
     * every long question shortened alike (each is posted in full when it is asked). Only if even short lines would
     * not fit are the last ones left to a count.
     */
    static String questionList(List<SessionQuestion> questions, int room) {
        for (int each = PLAN_QUESTION; each >= PLAN_QUESTION_SHORTEST; each -= 10) {
            StringBuilder list = new StringBuilder();
            for (SessionQuestion q : questions) {
                list.append(q.number()).append(". ").append(clip(q.text(), each)).append('\n');
            }
            if (list.length() <= room) {
                return list.toString();
            }
        }
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            SessionQuestion q = questions.get(i);
            String line = q.number() + ". " + clip(q.text(), PLAN_QUESTION_SHORTEST) + "\n";
            String more = "… and " + (questions.size() - i) + " more, each asked here in turn.\n";
            if (list.length() + line.length() + more.length() > room) {
                return list.append(more).toString();
            }
            list.append(line);
        }
        return list.toString();
    }

    static Reply question(Session s, SessionQuestion q, int total, int count, boolean closed) {
        StringBuilder body = new StringBuilder(q.text());
        String counted = Count.of(count, "answer");
        Card card = Card.of("Question " + q.number() + " of " + total
                + (q.stepTitle().isBlank() ? "" : " · " + q.stepTitle()), body.toString())
                .withFooter(closed ? counted + " · closed" : counted);
        Reply reply = Reply.card(card).inPublic();
        if (closed) {
            return reply;
        }
        return reply.withButtons(
                Button.primary(CustomId.of(FEATURE, "answer", s.id(), q.idx()), "Answer"),
                Button.secondary(CustomId.of(FEATURE, "next", s.id(), q.idx()),
                        q.number() < total ? "Next question" : "Finish"),
                Button.danger(CustomId.of(FEATURE, "end", s.id(), q.idx()), "End"));
    }

    static Form answerForm(Session s, SessionQuestion q, String earlier) {
        Form.Input input = Form.Input.paragraph(ANSWER_FIELD, "Your answer", Limits.MODAL_VALUE)
                .withPlaceholder(clip(q.text(), Limits.MODAL_PLACEHOLDER));
        if (earlier != null) {
            input = input.prefilled(earlier);
        }
        return new Form(CustomId.of(FEATURE, "answered", s.id(), q.idx()), "Question " + q.number(),
                List.of(input));
    }

    /** The summary as Markdown: every answer in full, grouped by question. */
    static String markdown(Session s, List<SessionQuestion> questions, List<SessionAnswer> answers) {
        Map<Integer, List<SessionAnswer>> byQuestion = answers.stream()
                .collect(Collectors.groupingBy(SessionAnswer::idx));
        StringBuilder md = new StringBuilder("# ").append(s.title()).append("\n\n");
        for (SessionQuestion q : questions) {
            if (q.askedAt() == null) {
                continue;
            }
            md.append("## ").append(q.number()).append(". ").append(q.text()).append("\n\n");
            List<SessionAnswer> these = byQuestion.getOrDefault(q.idx(), List.of());
            if (these.isEmpty()) {
                md.append(noAnswersTo(s, q)).append("\n\n");
            }
            for (SessionAnswer a : these) {
                md.append("- ").append(s.anonymous() ? "" : "**" + a.displayName() + "**: ")
                        .append(a.text().replace("\n", "\n  ")).append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    /**
     * What a summary shows under a question nobody answered: the one the group is at still waits for answers, and says
     * how to add one; any other had none.
     */
    private static String noAnswersTo(Session s, SessionQuestion q) {
        return s.open() && q.idx() == s.questionIndex() && !q.closed()
                ? "_No answers yet: press **Answer** under the question to add yours._" : "_No answers._";
    }

    /**
     * What a summary says beyond the answers, by the session's plan.
     *
     * @param keepable whether the session's plan is one of the walks a member takes alone, so that an answer can be
     *                 kept in it ({@code /session answers} offers it): a plan file's cannot
     * @param nextTip  the plan that takes the group on to the next tip, after a tip that is not the last
     */
    record After(boolean keepable, Optional<String> nextTip) {
    }

    /**
     * What a group that answered can do once its session ended: take the next tip together after a whole tip, or meet
     * again (a tip ended early has questions the next one does not ask).
     */
    private static String nextTogether(Session s, After after, boolean whole) {
        return after.nextTip().filter(plan -> whole).map(plan -> "Next time, " + startCommand(plan)
                        + " takes the group on to " + plan.replace('-', ' ') + ".")
                .orElse(meetAgain(s));
    }

    /** The command that starts a session of {@code plan}: {@code /session start} alone is refused without one. */
    static String startCommand(String plan) {
        return "`/session start plan:" + plan + "`";
    }

    /** How a group meets again after {@code s}: its own plan, which a member can run as written. */
    static String meetAgain(Session s) {
        return "To reflect together again, run " + startCommand(s.plan()) + " in a text channel (or another plan).";
    }

    /** The summary post: answers grouped by question; long answers folded into an attached Markdown file. */
    static Reply summary(Session s, List<SessionQuestion> questions, List<SessionAnswer> answers, boolean again,
                         After after) {
        boolean ended = s.status() == Session.Status.ENDED;
        return summary(s, questions, answers, !ended ? "Summary so far: " : again ? "Summary (again): " : "Summary: ",
                after);
    }

    /** The heading of a summary posted while the session ran, once an answer changed after its end. */
    static final String UPDATED = "Summary (updated): ";

    /** {@link #summary(Session, List, List, boolean, After)} under the heading given. */
    static Reply summary(Session s, List<SessionQuestion> questions, List<SessionAnswer> answers, String heading,
                         After after) {
        Map<Integer, List<SessionAnswer>> byQuestion = answers.stream()
                .collect(Collectors.groupingBy(SessionAnswer::idx));
        List<Card.Field> fields = new ArrayList<>();
        boolean folded = false;
        int asked = 0;
        for (SessionQuestion q : questions) {
            if (q.askedAt() == null) {
                continue;
            }
            asked++;
            StringBuilder value = new StringBuilder();
            for (SessionAnswer a : byQuestion.getOrDefault(q.idx(), List.of())) {
                String text = Shown.oneLine(a.text());
                boolean cut = text.length() > FOLD_OVER;
                if (cut) {
                    text = clip(text, 120);
                    folded = true;
                }
                String line = "• " + (s.anonymous() ? "" : "**" + Shown.text(a.displayName()) + "**: ")
                        + Shown.text(text) + (cut ? " *(in full in the file)*" : "") + "\n";
                if (value.length() + line.length() > Limits.EMBED_FIELD_VALUE - 40) {
                    value.append("• … more in the file\n");
                    folded = true;
                    break;
                }
                value.append(line);
            }
            fields.add(new Card.Field(clip(q.number() + ". " + q.text(), Limits.EMBED_FIELD_NAME),
                    value.length() == 0 ? noAnswersTo(s, q) : value.toString(), false));
        }
        boolean ended = s.status() == Session.Status.ENDED;
        if (answers.isEmpty()) {
            // every question would read "No answers.": say it once, and what the group can do about it
            return Reply.card(Card.of(heading + title(s), noAnswers(s, ended, asked, questions.size()))).inPublic();
        }
        long people = answers.stream().map(SessionAnswer::userId).distinct().count();
        Card card = new Card(heading + title(s),
                askedOf(ended, asked, questions.size()) + ", " + Count.of(answers.size(), "answer") + " from "
                        + Count.of(people, "member") + "."
                        + (s.anonymous() ? " Names are not shown." : "")
                        + (ended ? " " + nextTogether(s, after, asked == questions.size()) : ""), List.of(), null);
        int total = card.length();
        List<Card.Field> kept = new ArrayList<>();
        for (Card.Field f : fields) {
            if (total + f.name().length() + f.value().length() > Limits.EMBED_TOTAL - 200
                    || kept.size() == Limits.EMBED_FIELDS) {
                folded = true;
                break;
            }
            kept.add(f);
            total += f.name().length() + f.value().length();
        }
        card = new Card(card.title(), card.description(), kept, "Each member sees their own answers in "
                + "/coach answers" + (after.keepable() ? ", and can keep one in their own walk." : "."));
        Reply reply = Reply.card(card).inPublic();
        if (folded) {
            reply = reply.withText("Some answers were long, so the whole summary is in the attached file.")
                    .withFile(new Attachment("session-" + s.id() + "-summary.md",
                            markdown(s, questions, answers).getBytes(StandardCharsets.UTF_8)));
        }
        return reply;
    }

    /**
     * What an older copy of the summary shows once newer ones follow the answers: where to read them, and nobody's
     * words (an answer deleted or forgotten later is not taken out of it).
     */
    static Reply olderSummary(Session s) {
        return Reply.card(Card.of("Summary: " + title(s) + " (older copy)", "This is an older copy of the summary. "
                + "The newest ones are further down in this thread and show the answers as they are now; "
                + "`/session summary` posts it again.")).inPublic();
    }

    /**
     * The summary of a session that closed by itself, saying why and what the group can do now.
     *
     * @param facilitatorLeft whether its facilitator is known to have left the server: a mention of them would show
     *                        a raw id, so they are spoken of as its facilitator, and pinged no more
     */
    static Reply closedIdle(Session s, List<SessionQuestion> questions, List<SessionAnswer> answers, After after,
                            boolean facilitatorLeft) {
        Reply summary = summary(s, questions, answers, false, after);
        boolean led = s.facilitatorId() != 0 && !facilitatorLeft;
        // its facilitator is named, and so notified: one who forgot the session hears that it ended and how
        String why = "This session" + (led ? ", led by " + Mentions.user(s.facilitatorId()) + "," : "")
                + " closed by itself: " + (s.facilitatorId() != 0 && facilitatorLeft ? "its facilitator has left the "
                + "server, and " : "") + "nothing happened in it for " + Sessions.IDLE_CLOSE.toDays()
                + " days (no new question, no answer).";
        // the summary itself says how to start another
        Reply closed = summary.withText(why + (summary.text().isEmpty() ? "" : " " + summary.text()));
        return led ? closed.mentioning(java.util.Set.of(s.facilitatorId())) : closed;
    }

    private static String noAnswers(Session s, boolean ended, int asked, int planned) {
        if (!ended) {
            return (asked == 1 ? "1 question asked so far. " : asked + " questions asked so far. ") + "No answers yet: "
                    + "press **Answer** under the question to add yours.";
        }
        return "Nobody answered in this session (" + askedOf(true, asked, planned) + (asked == 1 ? " was" : " were")
                + " asked). " + meetAgain(s);
    }

    /**
     * How many questions the summary covers: "3 questions", or "3 of 5 questions" for a session that ended before the
     * last question of its plan.
     */
    private static String askedOf(boolean ended, int asked, int planned) {
        return ended && asked < planned ? asked + " of " + Count.of(planned, "question") : Count.of(asked, "question");
    }

    static String clip(String text, int max) {
        return Limits.clip(text == null ? "" : text.strip(), max);
    }
}
