package org.partnercoach.sessions;

import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Reply;

/**
 * What another feature offers whoever ends a group session, under the reply that it ended: Check and add, for the
 * organizations a tip 1 group named. Another package implements it and the composition root passes it in, so
 * sessions depends on nothing of theirs; it reads the answers it needs through {@link SessionActivity#answersTo}.
 */
public interface AfterSession {

    /** Nothing to add. */
    AfterSession NONE = (who, sessionId, shown) -> shown;

    /** {@code shown} with what this feature adds for the session that just ended in the caller's server. */
    Reply after(Caller who, long sessionId, Reply shown);
}
