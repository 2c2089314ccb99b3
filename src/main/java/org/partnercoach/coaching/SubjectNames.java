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

    SubjectNames NONE = (guildId, subjectId) -> "";
}
