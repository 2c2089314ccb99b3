package org.partnercoach.coaching;

import java.util.List;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link AnswerFollowUp}s, run in turn on the reply to an answer saved in a walk: one the member wrote in it, or
 * one from a group session they kept in it. Each adds what it has (Check and add, for the organizations named).
 */
public final class AnswerFollowUps {

    private static final Logger log = LoggerFactory.getLogger(AnswerFollowUps.class);

    private final List<AnswerFollowUp> followUps;

    public AnswerFollowUps(List<AnswerFollowUp> followUps) {
        this.followUps = List.copyOf(followUps);
    }

    /** What the first follow-up with an offer after that question offers ({@link AnswerFollowUp#offersAfter}). */
    public String offersAfter(String curriculumKey, String questionKey) {
        return followUps.stream().map(f -> f.offersAfter(curriculumKey, questionKey)).filter(o -> !o.isEmpty())
                .findFirst().orElse("");
    }

    /** {@code shown} with what each follow-up adds; one that fails adds nothing, as the answer is saved already. */
    public Reply after(Caller who, WalkState state, String questionKey, Reply shown) {
        Reply reply = shown;
        for (AnswerFollowUp followUp : followUps) {
            try {
                reply = followUp.after(who, state, questionKey, reply);
            } catch (RuntimeException e) {
                // a failing extra must not hide the next question, nor the answer's being kept
                log.error("an answer follow-up failed for walk {}", state.walk().id(), e);
            }
        }
        return reply;
    }
}
