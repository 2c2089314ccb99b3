package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Whatever a member writes is kept intact or refused kindly")
class AnswerInputTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    private String storedAnswers() {
        return answers().toString();
    }

    private java.util.List<String> answers() {
        return bot.app().walks().ofMember(ana.caller(org.partnercoach.chat.Surface.SERVER)).stream()
                .flatMap(w -> bot.app().walks().answersOf(TestBot.GUILD, w.walk().id()).stream())
                .sorted(java.util.Comparator.comparingLong(Answer::id)).map(Answer::text).toList();
    }

    @Test
    @DisplayName("a 4000-character answer is stored to the last character")
    void longAnswer() {
        String text = "x".repeat(3999) + "!";
        ana.runs("coach start");
        ana.presses("Answer");
        ana.submits("answer", text);

        String stored = answers().get(0);
        assertThat(stored).isEqualTo(text);
    }

    @Test
    @DisplayName("a 10,000-character message is refused with its length, and nothing moves or is lost")
    void tooLong() {
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        Reply refused = ana.types("y".repeat(10_000));
        assertThat(refused.text()).contains("10,000 characters").contains("4,000").contains("Nothing was changed");
        assertThat(ana.types("help").plainText()).contains("Question 2 of 17");
        assertThat(storedAnswers()).isEqualTo("[Eastside Food Bank]");
    }

    @Test
    @DisplayName("an empty answer is refused and the walk stays where it is")
    void empty() {
        ana.runs("coach start");
        ana.presses("Answer");
        Reply refused = ana.submits("answer", "   ");
        assertThat(refused.text()).contains("empty").contains("skip");
        assertThat(ana.runs("coach start").plainText()).contains("Question 1 of 17");
    }

    @Test
    @DisplayName("emoji, other scripts and SQL are stored exactly as written")
    void emojiAndSql() {
        String emoji = "Bonne idée 🎉👩🏽‍⚕️ — 食品银行";
        String sql = "Robert'); DROP TABLE walks;--";
        ana.runs("coach start");
        ana.types(emoji);
        ana.types(sql);

        assertThat(storedAnswers()).isEqualTo("[" + emoji + ", " + sql + "]");
        // shown as typed: the emoji whole, the SQL's parenthesis escaped so that Discord shows it as a character
        assertThat(ana.runs("coach answers").plainText()).contains(emoji).contains("Robert'\\); DROP TABLE walks;--");
    }

    @Test
    @DisplayName("@everyone in an answer is echoed back as text, with no one allowed to be pinged")
    void everyone() {
        ana.runs("coach start");
        ana.presses("Answer");
        Reply echoed = ana.submits("answer", "@everyone and @here and <@&123> please help");

        assertThat(echoed.text()).contains("@everyone and @here and \\<@&123\\> please help");
        assertThat(echoed.mentionUsers()).isEmpty();
        assertThat(ana.runs("coach answers").mentionUsers()).isEmpty();
    }
}
