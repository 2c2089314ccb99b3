package org.partnercoach.coaching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.chat.Shown;
import org.partnercoach.curriculum.Curriculum;
import org.partnercoach.storage.Database;

/**
 * A member's walks and answers in one server, for {@code /privacy}. The export holds every answer of their own,
 * private or shared ({@code shared} says which), and never another member's; forget deletes them all, so a shared
 * answer also leaves the coordinators' exports and digests, and an answer in a plan leaves its partner's page.
 */
public final class CoachingData implements PersonalData {

    private static final String WALKS = "SELECT id, curriculum, subject_id, question_key, status, started_at,"
            + " updated_at, finished_at FROM walks WHERE guild_id = ? AND user_id = ? ORDER BY id";
    private static final String ANSWERS = "SELECT a.id, a.walk_id, a.question_key, a.answer, a.skipped, a.shared,"
            + " a.created_at, a.updated_at FROM walk_answers a JOIN walks w ON w.id = a.walk_id"
            + " WHERE a.guild_id = ? AND w.guild_id = ? AND w.user_id = ? ORDER BY a.id";
    private static final String FORGET_ANSWERS = "DELETE FROM walk_answers WHERE guild_id = ? AND walk_id IN"
            + " (SELECT id FROM walks WHERE guild_id = ? AND user_id = ?)";
    private static final String FORGET_WALKS = "DELETE FROM walks WHERE guild_id = ? AND user_id = ?";
    /** A "Did you mean" word offered in the member's DM, waiting for their next line (not exported: it lives a line). */
    private static final String FORGET_OFFER = "DELETE FROM dm_offers WHERE guild_id = ? AND user_id = ?";

    /** How the export names a question taken out of the coaching content, as {@code /coach answers} does. */
    static final String NO_LONGER_ASKED = "a question no longer asked";

    private final Database db;
    private final Map<String, Curriculum> curricula;
    private final SubjectNames subjects;

    /**
     * @param curricula the coaching content by key, so that the file says each walk's name and each answer's question
     *                  in words, not by their keys
     * @param subjects  the partner a plan is about, by name
     */
    public CoachingData(Database db, Map<String, Curriculum> curricula, SubjectNames subjects) {
        this.db = db;
        this.curricula = Map.copyOf(curricula);
        this.subjects = subjects;
    }

    @Override
    public String section() {
        return "coaching";
    }

    @Override
    public Object export(long guildId, long userId) {
        return db.read(c -> {
            List<Map<String, Object>> walks = Database.rows(c, WALKS, guildId, userId);
            Map<Object, Map<String, Object>> walkById = new LinkedHashMap<>();
            walks.forEach(w -> walkById.put(w.get("id"), w));
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            out.put("walks", walks.stream().map(w -> readable(guildId, w, w, "current_question")).toList());
            out.put("answers", Database.rows(c, ANSWERS, guildId, guildId, userId).stream()
                    .map(a -> readable(guildId, walkById.getOrDefault(a.get("walk_id"), Map.of()), a, "question"))
                    .toList());
            return out;
        });
    }

    /**
     * {@code row} with, first, the walk's name, the partner a plan is about, and its question in words (under
     * {@code questionLabel}), as the member saw them; the keys follow as stored.
     */
    private Map<String, Object> readable(long guildId, Map<String, Object> walk, Map<String, Object> row,
                                         String questionLabel) {
        Curriculum curriculum = curricula.get(String.valueOf(walk.get("curriculum")));
        long subjectId = walk.get("subject_id") instanceof Number n ? n.longValue() : 0;
        String partner = subjectId == 0 ? "" : subjects.nameOf(guildId, subjectId);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("walk", curriculum == null ? String.valueOf(walk.get("curriculum")) : curriculum.title());
        if (subjectId != 0) {
            out.put("partner", partner);
        }
        Object key = row.get("question_key");
        // a finished walk's key is only where it stopped; an answer's is always its question
        if (key != null && !(row == walk && walk.get("finished_at") != null)) {
            out.put(questionLabel, curriculum == null ? NO_LONGER_ASKED : curriculum.find(String.valueOf(key))
                    .map(p -> WalkView.named(p.question().text(), partner)).orElse(NO_LONGER_ASKED));
        }
        out.putAll(row);
        return out;
    }

    @Override
    public void forget(long guildId, long userId) {
        db.write(c -> {
            Database.update(c, FORGET_ANSWERS, guildId, guildId, userId);
            Database.update(c, FORGET_OFFER, guildId, userId);
            return Database.update(c, FORGET_WALKS, guildId, userId);
        });
    }

    /**
     * Said only to a member whose answers stood in a plan for one partner ({@code /partner coach}) on that partner's
     * page, which every member sees: they are gone from it.
     */
    @Override
    public Optional<String> forgetTelling(long guildId, long userId) {
        // read before they go: a plain forget reads nothing
        List<String> pages = partnersShowing(export(guildId, userId));
        forget(guildId, userId);
        return pages.isEmpty() ? Optional.empty() : Optional.of("Your answers in the " + (pages.size() == 1
                ? "plan for " + Shown.names(pages) + " are no longer on its page."
                : "plans for " + Shown.names(pages) + " are no longer on their pages."));
    }

    /**
     * The partners whose page shows one of the answers in {@code exported} (this part's export): an answer in a plan
     * for one partner, not skipped, to a question still asked, as the page lists them.
     */
    public static List<String> partnersShowing(Object exported) {
        if (!(exported instanceof Map<?, ?> part && part.get("answers") instanceof List<?> answers)) {
            return List.of();
        }
        return answers.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast)
                .filter(a -> a.get("partner") instanceof String name && !name.isEmpty()
                        && !Boolean.TRUE.equals(a.get("skipped")) && !NO_LONGER_ASKED.equals(a.get("question")))
                .map(a -> (String) a.get("partner")).distinct().toList();
    }
}
