package org.partnercoach.reminders;

import java.util.List;
import org.partnercoach.curriculum.CurriculumException;
import org.partnercoach.curriculum.CurriculumLoader;

/**
 * Ideas for cultivating a relationship (tip 3 of the 5 tips), read from {@code curriculum/cultivate-ideas.yml}; a
 * file of the same name in the override folder replaces it. Checked on load. {@code ideas} fit any partner;
 * {@code afterContact} (optional) build on an earlier contact, so a partner nobody has talked to yet never gets them.
 */
final class CultivateIdeas {

    static final String FILE = "cultivate-ideas";
    static final int MAX_IDEAS = 50;
    static final int MAX_IDEA = 200;
    private static final String PARTNER = "{partner}";

    /** The file as written. */
    record File(List<String> ideas, List<String> afterContact) {
    }

    /** Ideas for any partner. */
    private final List<String> ideas;
    /** Those, then the ideas that build on an earlier contact: for a partner the coalition has talked to. */
    private final List<String> contacted;

    /** @param file the copy read, as its problems name it ({@code config/curriculum/cultivate-ideas.yml}) */
    CultivateIdeas(String file, List<String> ideas, List<String> afterContact) {
        validate(file, ideas, afterContact);
        this.ideas = List.copyOf(ideas);
        this.contacted = java.util.stream.Stream.concat(ideas.stream(), afterContact.stream()).toList();
    }

    static CultivateIdeas load(CurriculumLoader content) {
        File file = content.readData(FILE, File.class);
        return new CultivateIdeas(content.source(FILE), file.ideas() == null ? List.of() : file.ideas(),
                file.afterContact() == null ? List.of() : file.afterContact());
    }

    static void validate(String file, List<String> ideas, List<String> afterContact) {
        if (ideas.isEmpty() || ideas.size() + afterContact.size() > MAX_IDEAS) {
            throw new CurriculumException(file + ": ideas: 1 to " + MAX_IDEAS + " ideas are needed"
                    + (afterContact.isEmpty() ? "" : " (afterContact counted in)") + ", found "
                    + (ideas.size() + afterContact.size()));
        }
        check(file, "ideas", ideas);
        check(file, "afterContact", afterContact);
    }

    private static void check(String file, String list, List<String> ideas) {
        for (int i = 0; i < ideas.size(); i++) {
            String idea = ideas.get(i);
            if (idea == null || idea.isBlank() || idea.length() > MAX_IDEA) {
                throw new CurriculumException(file + ": " + list + "[" + i + "] must be 1 to " + MAX_IDEA
                        + " characters");
            }
        }
    }

    /**
     * One idea for a partner in one reminder; the next reminder ({@code reminderId}) gives the next idea. A partner
     * with no contact logged yet ({@code contacted} false) gets none of those that build on an earlier contact.
     */
    String pick(long partnerId, long reminderId, String partnerName, boolean contacted) {
        List<String> from = contacted ? this.contacted : ideas;
        return from.get((int) Math.floorMod(partnerId + reminderId, (long) from.size()))
                .replace(PARTNER, partnerName);
    }
}
