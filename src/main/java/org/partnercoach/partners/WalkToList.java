package org.partnercoach.partners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.SelectMenu;
import org.partnercoach.chat.UserError;
import org.partnercoach.coaching.Answer;
import org.partnercoach.coaching.AnswerFollowUp;
import org.partnercoach.coaching.WalkState;
import org.partnercoach.coaching.Walks;
import org.partnercoach.curriculum.CurriculumLoader;
import org.partnercoach.storage.Database;

/**
 * From the walk to the list: when a member answers tip 1's "which organizations would you like to reach out to?",
 * offer to add the names found in the answer, one pick at a time, asking each one's sector. The names are read
 * again from the stored answer on every pick, so nothing is kept in memory and old menus keep working.
 */
final class WalkToList implements AnswerFollowUp {

    static final String QUESTION = "research.list";
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;\\n]|\\band\\b)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•·]|\\d{1,2}[.)])\\s*");
    private static final Pattern EDGES = Pattern.compile("^[\"'“”‘’(]+|[\"'“”‘’).!?]+$");

    private final Database db;
    private final Walks walks;
    private final PartnerStore store;
    private final PartnerService service;
    private final Sectors sectors;

    WalkToList(Database db, Walks walks, PartnerStore store, PartnerService service, Sectors sectors) {
        this.db = db;
        this.walks = walks;
        this.store = store;
        this.service = service;
        this.sectors = sectors;
    }

    @Override
    public Reply after(Caller who, WalkState state, String questionKey, Reply reply) {
        if (!state.walk().curriculum().equals(CurriculumLoader.FIVE_TIPS) || !QUESTION.equals(questionKey)) {
            return reply;
        }
        Reply offer = offer(who, state.walk().id(), "");
        if (offer.text().isBlank()) {
            return reply;
        }
        String text = reply.text().isBlank() ? offer.text() : reply.text() + "\n\n" + offer.text();
        return reply.withText(text).withRows(offer.rows());
    }

    /** The names not yet on the list, in a menu; {@code lead} opens the message. */
    private Reply offer(Caller who, long walkId, String lead) {
        List<String> names = names(answer(who, walkId));
        List<SelectMenu.Option> options = new ArrayList<>();
        db.read(c -> {
            for (int i = 0; i < names.size(); i++) {
                if (store.byName(c, who.guildId(), names.get(i).toLowerCase(Locale.ROOT)).isEmpty()) {
                    options.add(new SelectMenu.Option(String.valueOf(i), names.get(i), null));
                }
            }
            return null;
        });
        String start = lead.isEmpty() ? "" : lead + "\n";
        if (names.isEmpty()) {
            return Reply.text(start.strip());
        }
        if (options.isEmpty()) {
            return Reply.text(start + "Every organization you named is on the coalition's outreach list. "
                    + "See it with `/partner list`.");
        }
        return Reply.text(start + "I found " + options.size() + (options.size() == 1 ? " organization" : " organizations")
                + " in your answer that " + (options.size() == 1 ? "isn't" : "aren't")
                + " on the coalition's outreach list yet. Pick one to add it:")
                .withRow(new Row.Select(SelectMenu.single(CustomId.of(PartnerView.FEATURE, "fromwalk", walkId),
                        "Add to the outreach list", options)));
    }

    /** A name was picked: ask its sector. */
    Reply pickName(Caller who, CustomId id, List<String> values) {
        long walkId = id.longArg(0);
        int index = values.isEmpty() ? -1 : parse(values.get(0));
        String name = nameAt(who, walkId, index);
        return Reply.text("Which sector is “" + name + "” in?")
                .withRow(new Row.Select(SelectMenu.single(CustomId.of(PartnerView.FEATURE, "walksector", walkId,
                        index), "Pick a sector", sectors.options())))
                .replacingMessage();
    }

    /** A sector was picked: add the partner, then offer the names still left. */
    Reply pickSector(Caller who, CustomId id, List<String> values) {
        long walkId = id.longArg(0);
        String name = nameAt(who, walkId, (int) id.longArg(1));
        Partner added = service.add(who, name, values.isEmpty() ? "" : values.get(0), null, null);
        return offer(who, walkId, "Added “" + added.name() + "” (" + sectors.nameOf(added.sector())
                + ") to the outreach list, in the researching stage. `/partner coach partner:\"" + added.name()
                + "\"` plans your approach.").replacingMessage();
    }

    private String nameAt(Caller who, long walkId, int index) {
        List<String> names = names(answer(who, walkId));
        if (index < 0 || index >= names.size()) {
            throw new UserError("Your answer changed since this menu was made. Run `/coach answers` to see it, "
                    + "or add a partner with `/partner add`.");
        }
        return names.get(index);
    }

    private String answer(Caller who, long walkId) {
        return walks.show(who, walkId).answerFor(QUESTION).filter(a -> !a.skipped()).map(Answer::text).orElse("");
    }

    /** The organization names in an answer: split on commas, semicolons, new lines and "and"; at most 25. */
    static List<String> names(String answer) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String part : SEPARATORS.split(answer == null ? "" : answer)) {
            String name = EDGES.matcher(BULLET.matcher(part.strip()).replaceFirst("")).replaceAll("")
                    .replaceAll("\\s+", " ").strip();
            if (!name.isEmpty() && name.length() <= PartnerInput.MAX_NAME && name.codePoints()
                    .anyMatch(Character::isLetterOrDigit)) {
                found.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        List<String> names = new ArrayList<>(found.values());
        return names.size() > Limits.SELECT_OPTIONS ? names.subList(0, Limits.SELECT_OPTIONS) : names;
    }

    private static int parse(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
