package org.partnercoach.network;

import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/** Set-ups the partnership-health tests share. */
final class NetworkTestSupport {

    private NetworkTestSupport() {
    }

    /**
     * {@code name} adds the food bank and cultivates it, so its value question comes to her at the next quarter
     * (the test clock starts on 2 March 2026, in the first quarter).
     */
    static Member cultivatingTheFoodBank(TestBot bot, String name) {
        Member member = bot.member(name);
        member.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        member.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        return member;
    }
}
