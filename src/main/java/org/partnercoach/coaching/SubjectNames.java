package org.partnercoach.coaching;

/** Names the subject of a walk (a partner organization) so its questions can say "{partner}". */
@FunctionalInterface
public interface SubjectNames {

    /** The subject's name as the member typed it, or an empty string for a walk about no one in particular. */
    String nameOf(long guildId, long subjectId);

    SubjectNames NONE = (guildId, subjectId) -> "";
}
