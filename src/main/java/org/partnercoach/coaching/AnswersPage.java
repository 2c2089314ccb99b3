package org.partnercoach.coaching;

import java.util.ArrayList;
import java.util.List;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.UserError;
import org.partnercoach.curriculum.Curriculum;

/**
 * {@code /coach answers}: everything a member wrote, numbered and paged, each answer editable in a form and private
 * until the member shares it with the coordinators (Share / Stop sharing).
 */
final class AnswersPage {

    /** Two buttons per answer (Edit, Share) in 4 rows, and the pager in the 5th. */
    static final int ANSWERS_PER_PAGE = 10;

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
                body.append("**").append(WalkView.clip(where, 120)).append("**\n");
            }
            String line = "• *" + WalkView.clip(e.question(), 90) + "*\n   "
                    + WalkView.clip(e.text(), Math.max(40, perEntry - 110)) + "\n";
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

    /** All the member's answers, numbered, with an Edit button each; 20 to a page. */
    Reply page(Caller who, int page) {
        List<Entry> entries = new ArrayList<>();
        for (WalkState s : walks.ofMember(who)) {
            String subject = subjects.nameOf(who.guildId(), s.walk().subjectId());
            String walkTitle = s.curriculum().title() + (subject.isBlank() ? "" : " — " + subject);
            for (Curriculum.Position p : s.curriculum().positions()) {
                s.answerFor(p.question().key()).filter(a -> !a.skipped())
                        .ifPresent(a -> entries.add(new Entry(walkTitle, WalkView.named(p.question().text(), subject),
                                a)));
            }
        }
        if (entries.isEmpty()) {
            return Reply.text("You haven't answered any questions yet. Run `/coach start` to begin with the 5 tips, "
                    + "or `/reflect` for the Ask Yourself questions.");
        }
        int pages = (entries.size() + ANSWERS_PER_PAGE - 1) / ANSWERS_PER_PAGE;
        int shown = Math.min(page, pages - 1);
        List<Entry> slice = entries.subList(shown * ANSWERS_PER_PAGE,
                Math.min(entries.size(), (shown + 1) * ANSWERS_PER_PAGE));
        StringBuilder body = new StringBuilder();
        List<Button> edits = new ArrayList<>();
        String section = "";
        int perEntry = (Limits.EMBED_DESCRIPTION - 200) / slice.size();
        for (int i = 0; i < slice.size(); i++) {
            Entry e = slice.get(i);
            int number = shown * ANSWERS_PER_PAGE + i + 1;
            if (!e.walkTitle().equals(section)) {
                section = e.walkTitle();
                body.append("**").append(section).append("**\n");
            }
            String line = number + ". *" + WalkView.clip(e.question(), 90) + "*"
                    + (e.answer().shared() ? " (shared with coordinators)" : "") + "\n   "
                    + WalkView.clip(e.answer().text(), Math.max(40, perEntry - 110)) + "\n";
            body.append(line);
            edits.add(Button.secondary(CustomId.of(WalkView.FEATURE, "edit", e.answer().id()), "Edit " + number));
            edits.add(Button.secondary(CustomId.of(WalkView.FEATURE, "share", e.answer().id(), shown),
                    (e.answer().shared() ? "Stop sharing " : "Share ") + number));
        }
        Card card = new Card("Your answers", body.toString(), List.of(),
                pages > 1 ? "Page " + (shown + 1) + " of " + pages
                : "Press Edit to change an answer. Answers stay private unless you press Share.");
        Reply reply = Reply.card(card).withRows(Row.grid(edits));
        return Row.pager(shown, pages, to -> CustomId.of(WalkView.FEATURE, "answers", to))
                .map(reply::withRow).orElse(reply);
    }

    Reply editForm(Caller who, long answerId) {
        Answer answer = walks.ownAnswer(who, answerId);
        WalkState state = walks.show(who, answer.walkId());
        Curriculum.Position at = state.curriculum().find(answer.questionKey()).orElseThrow(() -> new UserError(
                "That question is no longer part of the walk, so its answer can't be edited."));
        Form.Input input = Form.Input.paragraph(WalkView.ANSWER_FIELD, "Your answer", Walks.MAX_ANSWER)
                .withPlaceholder(at.question().text()).prefilled(answer.text());
        return Reply.form(new Form(CustomId.of(WalkView.FEATURE, "edited", answerId),
                WalkView.formTitle(state.curriculum(), at), List.of(input)));
    }

    private record Entry(String walkTitle, String question, Answer answer) {
    }
}
