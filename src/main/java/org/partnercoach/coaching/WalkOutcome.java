package org.partnercoach.coaching;

/**
 * What the walk engine just did, so the view can decide what to show (the intro only once, the guidance when a
 * step opens, the DM words when a walk is opened) without reading its notice text.
 */
public enum WalkOutcome {
    /** A new walk began: at its first question, or at the tip it was opened at. */
    STARTED,
    /** A paused walk became active again. */
    RESUMED,
    /** An active walk was opened again where it stood. */
    CONTINUED,
    /** The walk was opened at a chosen step or shown as it stands. */
    OPENED,
    /** A finished walk began again from the top. */
    RESTARTED,
    /** The current question was answered and the walk moved on. */
    SAVED,
    /** An earlier question was answered; the walk stayed where it was. */
    SAVED_EARLIER,
    /** The current question was skipped and the walk moved on. */
    SKIPPED,
    /** The walk went back one question (or stayed on the first). */
    BACK,
    /** The walk was paused. */
    PAUSED,
    /** The last question was answered or skipped: the walk is done. */
    FINISHED,
    /** A button from an earlier message; the walk is shown where it really is. */
    STALE,
    /** The coaching content changed; the walk moved to the first open question. */
    CONTENT_UPDATED,
    /**
     * A question's button from before a plan was paused because the coalition moved on from its partner: the plan
     * stays paused where it stands, and nothing else changed.
     */
    WAITS_FOR_SUBJECT,
    /**
     * A typed line was not kept (no words: empty, an emoji alone, punctuation; or too long), or asked for the walk
     * already in view; the walk stays on its question, shown short, without the step's guidance the member has
     * already seen.
     */
    NOT_KEPT;

    /** The member just moved from one question to the next one, so the view stays short. */
    public boolean movedOn() {
        return this == SAVED || this == SKIPPED;
    }

    /** The walk was (re)opened, so the view says how to answer. */
    public boolean opened() {
        return this == STARTED || this == RESUMED || this == CONTINUED || this == OPENED || this == RESTARTED
                || this == STALE || this == CONTENT_UPDATED;
    }
}
