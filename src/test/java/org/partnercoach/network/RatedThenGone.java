package org.partnercoach.network;

import java.util.List;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/**
 * A server whose rated partners have all left the list: ana (returned) rated the trust of Grace Church and Youth
 * League at 4 and never rated value; the food bank was never rated; then Grace Church was deleted and the coalition
 * moved on from Youth League. The server runs on UTC, set by the coordinator cora.
 */
final class RatedThenGone {

    private RatedThenGone() {
    }

    static Member given(TestBot bot) {
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        for (String name : List.of("Grace Church", "Youth League")) {
            ana.runs("partner add", "name", name, "sector", "faith");
            Reply ask = ana.runs("partner log", "partner", name, "what", "Coffee with the director");
            for (int row = 0; row < 3; row++) {
                ana.pressesId(((Row.Buttons) ask.rows().get(row)).buttons().get(3).id());
            }
        }
        ana.runs("partner delete", "partner", "Grace Church");
        ana.presses("Delete for good");
        ana.runs("partner archive", "partner", "Youth League", "reason", "Closed for the year");
        return ana;
    }
}
