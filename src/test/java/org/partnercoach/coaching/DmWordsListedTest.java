package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.coaching.DmWords.Word;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("The words the DM texts tell a member to type are the words the DM walk reads")
class DmWordsListedTest {

    /** Text in code marks: `skip`, or a slash command (`/coach start`), which is not a DM word. */
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    /** "`back`: the previous question": a word with what it does, as the help lists them. */
    private static final Pattern LISTED = Pattern.compile("`([\\p{L}?][\\p{L} ?]*)`(?: or `([^`]*)`)?: ([^·\\n]+)");
    /** What each listed word is said to do, and the word that does it. */
    private static final Map<String, Word> DOES = Map.of(
            "the previous question", Word.BACK,
            "move on", Word.SKIP,
            "stop for now", Word.PAUSE,
            "pick up", Word.RESUME,
            "the 5 tips", Word.START,
            "the four Ask Yourself", Word.REFLECT,
            "where you are", Word.PROGRESS,
            "see or change what you wrote", Word.ANSWERS,
            "leave it open", Word.NOT_SURE,
            "more on what a question is after", Word.MEANING);

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("each word a text names reads as that word, every way of saying it")
    void eachNamedWordReadsAsItself() {
        for (Word word : Word.values()) {
            assertThat(DmWords.read(bare(word.shown()))).as(word.shown()).isEqualTo(new DmWords.Steer(word));
        }
        assertThat(DmWords.read(bare(Word.SKIP.shown(1)))).isEqualTo(new DmWords.Steer(Word.SKIP));
    }

    @Test
    @DisplayName("every word in the DM's help, hints and notes is one the walk reads, and does what the help says")
    void everyListedWordIsRead() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        List<String> texts = new ArrayList<>();
        texts.add(ana.types("start").text());
        texts.add(ana.types("help").text());
        texts.add(ana.types("").text());
        texts.add(ana.types("👍").text());
        texts.add(ana.types("done").text());
        texts.add(ana.types("/partner list").text());
        ana.runs("partner coach", "partner", "Eastside Food Bank");
        texts.add(ana.presses("Pause").text());
        texts.add(ana.types("pause").text());
        texts.add(ana.types("hello?").text());
        texts.add(ana.types("my answer").text());
        texts.add(ana.types("reflect").text());
        texts.add(ana.types("pause").text());

        int listed = 0;
        for (String text : texts) {
            Matcher code = CODE.matcher(text);
            while (code.find()) {
                if (code.group(1).startsWith("/")) {
                    continue;
                }
                assertThat(DmWords.read(code.group(1))).as("`%s` in: %s", code.group(1), text)
                        .isInstanceOf(DmWords.Steer.class);
            }
            Matcher entry = LISTED.matcher(text);
            while (entry.find()) {
                Word does = DOES.entrySet().stream().filter(e -> entry.group(3).startsWith(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError(
                                "the test does not know what '" + entry.group(3) + "' is, in: " + text));
                assertThat(DmWords.read(entry.group(1))).as(entry.group()).isEqualTo(new DmWords.Steer(does));
                if (entry.group(2) != null) {
                    assertThat(DmWords.read(entry.group(2))).as(entry.group()).isEqualTo(new DmWords.Steer(does));
                }
                listed++;
            }
        }
        // the help in a walk, the list with a paused walk and without: every word, each with what it does
        assertThat(listed).isGreaterThanOrEqualTo(10);
    }

    private static String bare(String shown) {
        assertThat(shown).startsWith("`").endsWith("`");
        return shown.substring(1, shown.length() - 1);
    }
}
