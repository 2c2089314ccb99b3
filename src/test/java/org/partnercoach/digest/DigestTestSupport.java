package org.partnercoach.digest;

import java.util.List;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

/** What a member received of the weekly digest, read from the test messenger. */
final class DigestTestSupport {

    private DigestTestSupport() {
    }

    /** The weekly digests sent to {@code m} by DM, oldest first. */
    static List<RecordingMessenger.Sent> digestsTo(TestBot bot, Member m) {
        return bot.messenger().directTo(m.id()).stream()
                .filter(s -> s.reply().cards().stream().anyMatch(c -> c.title().startsWith("Weekly digest")))
                .toList();
    }
}
