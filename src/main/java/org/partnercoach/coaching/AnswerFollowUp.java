package org.partnercoach.coaching;

import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Reply;

/**
 * Lets another feature add to the reply right after a walk answer is saved, without coaching knowing that feature:
 * the outreach list offers to add the organizations a member named. The answer is already stored when this runs.
 */
@FunctionalInterface
public interface AnswerFollowUp {

    /**
     * @param state       the walk after the answer was saved ({@code state.answerFor(questionKey)} holds it)
     * @param questionKey the question that was answered
     * @param reply       what the member would see
     * @return the reply to show: {@code reply} itself, or a copy with more text or rows
     */
    Reply after(Caller who, WalkState state, String questionKey, Reply reply);

    /**
     * What this follow-up offers after an answer to one question of a curriculum, in a few words that finish "Keep in
     * my own walk keeps it in your own walk too, and ..." (a group session's reply to an answer, under that button);
     * empty when it offers nothing there.
     */
    default String offersAfter(String curriculumKey, String questionKey) {
        return "";
    }
}
