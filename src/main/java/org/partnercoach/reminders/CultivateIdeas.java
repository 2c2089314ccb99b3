package org.partnercoach.reminders;

import java.util.List;
import org.partnercoach.curriculum.CurriculumException;
import org.partnercoach.curriculum.CurriculumLoader;

/**
 * Ideas for cultivating a relationship (tip 3 of the 5 tips), read from {@code curriculum/cultivate-ideas.yml}; a
 * file of the same name in the override folder replaces it. Checked on load.
 */
final class CultivateIdeas {

    static final String FILE = "cultivate-ideas";
    static final int MAX_IDEAS = 50;
    static final int MAX_IDEA = 200;
    private static final String PARTNER = "{partner}";

    /** The file as written. */
    record File(List<String> ideas) {
    }

    private final List<String> ideas;

    CultivateIdeas(List<String> ideas) {
        validate(FILE + ".yml", ideas);
        this.ideas = List.copyOf(ideas);
    }

    static CultivateIdeas load(CurriculumLoader content) {
        File file = content.readData(FILE, File.class);
        return new CultivateIdeas(file.ideas() == null ? List.of() : file.ideas());
    }

    static void validate(String file, List<String> ideas) {
        if (ideas.isEmpty() || ideas.size() > MAX_IDEAS) {
            throw new CurriculumException(file + ": ideas: 1 to " + MAX_IDEAS + " ideas are needed, found "
                    + ideas.size());
        }
        for (int i = 0; i < ideas.size(); i++) {
            String idea = ideas.get(i);
            if (idea == null || idea.isBlank() || idea.length() > MAX_IDEA) {
                throw new CurriculumException(file + ": ideas[" + i + "] must be 1 to " + MAX_IDEA + " characters");
            }
        }
    }

    /** One idea for a partner in one reminder; the next reminder ({@code reminderId}) gives the next idea. */
    String pick(long partnerId, long reminderId, String partnerName) {
        return ideas.get((int) Math.floorMod(partnerId + reminderId, (long) ideas.size()))
                .replace(PARTNER, partnerName);
    }
}
