package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.thread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Group session answers in /privacy export and /privacy forget")
class SessionPrivacyTest {

    private static JsonNode sessionAnswers(Reply export) throws Exception {
        return new ObjectMapper().readTree(new String(export.files().get(0).bytes(), StandardCharsets.UTF_8))
                .get("group_sessions").get("answers");
    }

    @Test
    @DisplayName("a member's session answers are in their export, and forget deletes them and no one else's")
    void exportAndForget() throws Exception {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member bea = bot.member("bea");
            ana.runs("session start", "plan", "ask-yourself");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            for (Member m : new Member[] {ana, bea}) {
                m.answersInThread(thread, latestQuestion(bot, thread), m.name() + " thinks about their mandate");
            }

            // GIVEN bea's export holds her answer, and only hers
            JsonNode before = sessionAnswers(bea.runs("privacy export"));
            assertThat(before).hasSize(1);
            assertThat(before.get(0).get("text").asText()).isEqualTo("bea thinks about their mandate");
            // numbered as the thread showed it, with the session's title
            assertThat(before.get(0).get("question").asInt()).isEqualTo(1);
            assertThat(before.get(0).get("session").asText()).isNotBlank();

            // WHEN she asks the bot to forget her
            bea.runs("privacy forget");
            bea.presses("Delete my data");

            // THEN her session answer is gone, and ana's stays
            assertThat(sessionAnswers(bea.runs("privacy export"))).isEmpty();
            assertThat(sessionAnswers(ana.runs("privacy export"))).hasSize(1);
        }
    }
}
