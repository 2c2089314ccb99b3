package org.partnercoach.coaching;

import java.time.Duration;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/** Situations several DM tests start from, set up once. */
final class DmWalkScenes {

    private DmWalkScenes() {
    }

    /**
     * A member (named {@code name}) who began the 5 tips, answered Ask Yourself's first question in the DM, then paused
     * Ask Yourself in the server: the walk the DM showed last is paused, the 5 tips' question unseen there.
     */
    static Member answeredInTheDmThenPausedInTheServer(TestBot bot, String name) {
        Member m = bot.member(name);
        m.runs("coach start");
        m.types("reflect");
        m.types("Their mandate");
        bot.advance(Duration.ofMinutes(5));
        m.runs("reflect");
        m.presses("Pause");
        bot.advance(Duration.ofMinutes(5));
        return m;
    }
}
