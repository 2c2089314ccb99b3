package org.partnercoach.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.Shown;
import org.partnercoach.coaching.DmWords.Word;
import org.partnercoach.curriculum.Curriculum;
import org.partnercoach.curriculum.CurriculumLoader;

/**
 * "Your coaching so far" ({@code /coach progress}, or {@code progress} typed in a DM): where each of a member's walks
 * stands (the 5 tips, Ask Yourself, and each partner plan), within Discord's limits for one card, with a Continue
 * button back to each walk not finished.
 */
final class ProgressCard {

    /** Room kept on the progress card for the line about the partner plans left off it. */
    private static final int MORE_PLANS_ROOM = 300;

    private final Walks walks;
    private final SubjectNames subjects;

    ProgressCard(Walks walks, SubjectNames subjects) {
        this.walks = walks;
        this.subjects = subjects;
    }

    /** The card: each walk where it stands, with a Continue button back to each one not finished. */
    Reply of(Caller who) {
        List<WalkState> mine = walks.ofMember(who);
        Card card = Card.of("Your coaching so far", null);
        List<Button> continueButtons = new ArrayList<>();
        // in a DM, where slash commands do not work, the words typed there
        boolean dm = who.surface() == org.partnercoach.chat.Surface.DM;
        for (String key : List.of(CurriculumLoader.FIVE_TIPS, CurriculumLoader.ASK_YOURSELF)) {
            Curriculum c = walks.curriculum(key);
            Optional<WalkState> state = mine.stream()
                    .filter(s -> s.walk().curriculum().equals(key) && s.walk().subjectId() == 0).findFirst();
            String begin = dm ? "Type " + (key.equals(CurriculumLoader.FIVE_TIPS) ? Word.START : Word.REFLECT).shown()
                    + " here to begin." : "Run `" + c.command() + "` to begin.";
            card = card.withField(c.title(), state.map(ProgressCard::where).orElse("Not started yet. " + begin));
            state.ifPresent(s -> continueButton(s, "").ifPresent(continueButtons::add));
        }
        List<WalkState> plans = mine.stream().filter(s -> s.walk().subjectId() != 0).toList();
        // plans, paused or finished, for a partner the coalition moved on from: the card says so; a paused one has
        // no Continue, as resume passes over it
        java.util.Set<Long> settledSubjects = new java.util.HashSet<>();
        plans.stream().filter(s -> s.paused() || s.done()).forEach(s -> settledSubjects.add(s.walk().subjectId()));
        java.util.Set<Long> setAside = settledSubjects.isEmpty() ? Set.of()
                : subjects.setAsideAmong(who.guildId(), settledSubjects);
        // with nothing written yet there is nothing to see
        String footer = mine.stream().allMatch(s -> s.answers().isEmpty()) ? null
                : dm ? "Type “answers” to see everything you wrote." // a footer shows no code marks
                : "See everything you wrote with /coach answers.";
        // when not all fit, those moved most recently come first: the plan being answered now is never left off
        if (!fitAll(card, plans, footer)) {
            plans = plans.stream().sorted(java.util.Comparator.comparing((WalkState s) -> s.walk().updatedAt())
                    .reversed()).toList();
        }
        int shown = 0;
        for (WalkState s : plans) {
            String typedName = subjects.nameOf(who.guildId(), s.walk().subjectId());
            String name = WalkView.walkName(s, typedName);
            boolean aside = (s.paused() || s.done()) && setAside.contains(s.walk().subjectId());
            String where = aside ? setAsideWhere(s, typedName) : where(s);
            // Discord's limits: 25 fields and 6000 characters a card; the last plan shown leaves room for the line
            // that says how many more there are
            boolean last = shown == plans.size() - 1;
            int fieldsAfter = card.fields().size() + 1 + (last ? 0 : 1);
            int lengthAfter = card.length() + name.length() + where.length() + (footer == null ? 0 : footer.length())
                    + (last ? 0 : MORE_PLANS_ROOM);
            if (fieldsAfter > Limits.EMBED_FIELDS || lengthAfter > Limits.EMBED_TOTAL) {
                break;
            }
            card = card.withField(name, where);
            if (!aside) {
                continueButton(s, typedName).ifPresent(continueButtons::add);
            }
            shown++;
        }
        if (shown < plans.size()) {
            int more = plans.size() - shown;
            card = card.withField("…and " + Count.of(more, "more partner plan"),
                    (more == 1 ? "It is" : "They are") + " not shown here, to fit in one message. "
                    + "`/partner coach partner:<name>` picks up the plan for a partner where you left it, and "
                    + "`/coach answers` shows everything you wrote.");
        }
        Reply reply = Reply.card(card.withFooter(footer));
        // a message holds five rows of five buttons: past those, each walk's own command brings it back
        int room = Limits.ROWS * Limits.BUTTONS_PER_ROW;
        return continueButtons.isEmpty() ? reply
                : reply.withRows(Row.grid(continueButtons.subList(0, Math.min(room, continueButtons.size()))));
    }

    /**
     * Whether every plan's line surely fits on the progress card after what it holds already, each name counted at
     * the most a plan's name takes (read from the list only for the plans shown).
     */
    private static boolean fitAll(Card card, List<WalkState> plans, String footer) {
        int length = card.length() + (footer == null ? 0 : footer.length());
        for (WalkState s : plans) {
            length += Limits.CHOICE_NAME + where(s).length();
        }
        return card.fields().size() + plans.size() <= Limits.EMBED_FIELDS && length <= Limits.EMBED_TOTAL;
    }

    /**
     * "Continue: Plan for one partner — Eastside Food Bank": the button back to a walk not finished, whatever its
     * kind; a label is shown as typed (Discord draws no Markdown in it).
     */
    private static Optional<Button> continueButton(WalkState s, String typedName) {
        if (s.done()) {
            return Optional.empty();
        }
        String name = s.curriculum().title() + (typedName == null || typedName.isBlank() ? "" : " — " + typedName);
        return Optional.of(Button.primary(CustomId.of(WalkView.FEATURE, "resume", s.walk().id()), "Continue: " + name));
    }

    /** "Tip 2 of 5 · Get connected" with a bar, or "Finished", or "Paused at ...". */
    private static String where(WalkState s) {
        return where(s, " (paused)", "");
    }

    /** {@link #where(WalkState)}, a paused walk marked with {@code pausedMark}, a finished one with {@code doneMark}. */
    private static String where(WalkState s, String pausedMark, String doneMark) {
        Curriculum c = s.curriculum();
        if (s.done()) {
            int open = s.unanswered().size();
            String end = open == 0 ? "Finished ✓" + doneMark : "Reached the end" + doneMark + "; " + open
                    + (open == 1 ? " question is still open (answer it" : " questions are still open (answer them")
                    + " from `/coach answers`)";
            return end + "\n" + WalkView.progressLine(s);
        }
        Curriculum.Position at = s.position().orElseThrow();
        String paused = s.walk().status() == Walk.Status.PAUSED ? pausedMark : "";
        return c.stepNoun() + " " + at.stepNumber() + " of " + c.steps().size() + " · " + at.step().title()
                + paused + "\n" + WalkView.progressLine(s);
    }

    /**
     * A plan for a partner the coalition moved on from: where it stands, that the coalition moved on, and how it
     * opens (paused) or comes back to the list (finished).
     */
    private static String setAsideWhere(WalkState s, String typedName) {
        String restore = "`/partner restore` brings the partner back.";
        if (s.done()) {
            return where(s, "", " (" + WalkView.MOVED_ON_FROM_PARTNER + ")") + "\n" + restore;
        }
        return where(s, " (paused: " + WalkView.MOVED_ON_FROM_PARTNER + ")", "") + "\n"
                + Shown.code(WalkView.named(s.curriculum().command(), typedName)) + " opens it all the same; "
                + restore;
    }
}
