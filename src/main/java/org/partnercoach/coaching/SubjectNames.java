package org.partnercoach.coaching;

/** Names the subject of a walk (a partner organization) so its questions can say "{partner}". */
@FunctionalInterface
public interface SubjectNames {

    /** The subject's name as the member typed it, or an empty string for a walk about no one in particular. */
    String nameOf(long guildId, long subjectId);

    /** {@link #nameOf} of each of {@code subjectIds}, in one read; a subject no longer there has no entry. */
    default java.util.Map<Long, String> namesOf(long guildId, java.util.Set<Long> subjectIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        subjectIds.forEach(id -> names.put(id, nameOf(guildId, id)));
        return names;
    }

    /**
     * Whether the coalition has set the subject aside (a partner it moved on from): its plans wait paused until it
     * comes back, and a line typed to one is told why.
     */
    default boolean setAside(long guildId, long subjectId) {
        return false;
    }

    /** The subjects among {@code subjectIds} that the coalition has set aside ({@link #setAside}), in one read. */
    default java.util.Set<Long> setAsideAmong(long guildId, java.util.Set<Long> subjectIds) {
        java.util.Set<Long> aside = new java.util.HashSet<>();
        subjectIds.stream().filter(id -> setAside(guildId, id)).forEach(aside::add);
        return aside;
    }

    /**
     * What a member who pressed a button of a plan for a subject deleted since (its plans went with it) is told: when
     * it was deleted, by whom, and how to add it again; empty when no deletion of it is known.
     */
    default java.util.Optional<String> deletion(long guildId, long subjectId) {
        return java.util.Optional.empty();
    }

    SubjectNames NONE = (guildId, subjectId) -> "";
}
