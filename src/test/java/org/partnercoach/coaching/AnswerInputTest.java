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
    @DisplayName("a keycap emoji alone ('1️⃣', '#️⃣', '3️⃣4️⃣'), typed or from the form, is emoji, not an answer nor an "
            + "organization to add; '3' and 'Table 1️⃣' are answers")
    void keycapEmojiAloneIsNotAnAnswer() {
        ana.runs("coach start");
        for (String keycaps : java.util.List.of("1️⃣", "#️⃣", "3️⃣4️⃣", "1⃣")) {
            Reply typed = ana.types(keycaps);
            assertThat(typed.text()).as(keycaps).doesNotContain("Saved").doesNotContain("organization");
            assertThat(typed.plainText()).as(keycaps).contains("Question 1 of 17");
        }
        ana.runs("coach start");
        ana.presses("Answer");
        assertThat(ana.submits("answer", "2️⃣").text()).startsWith("Your answer had no words in it");
        assertThat(answers()).isEmpty();

        assertThat(ana.types("3").text()).startsWith("Saved: “3”");
        assertThat(ana.types("Table 1️⃣").text()).startsWith("Saved: “Table 1️⃣”");
        assertThat(answers()).containsExactly("3", "Table 1️⃣");
    }

    @Test
    @DisplayName("a 10,000-character message is refused with its length, and nothing moves or is lost")
    void tooLong() {
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        Reply refused = ana.types("y".repeat(10_000));
        assertThat(refused.text()).contains("10,000 characters").contains("4,000").contains("Nothing is lost")
                .contains("I didn't save it");
        assertThat(ana.types("help").plainText()).contains("Question 2 of 17");
        assertThat(storedAnswers()).isEqualTo("[Eastside Food Bank]");
    }

    @Test
    @DisplayName("a puzzled 'huh?' or 'What?' sent from the Answer form is not kept: the question again with its tip's "
            + "advice, and how to answer or skip with the buttons; 'What matters is trust' is kept")
    void puzzledInTheForm() {
        ana.runs("coach start");

        for (String puzzled : java.util.List.of("huh?", "What?", "I'm confused")) {
            ana.presses("Answer");
            Reply reply = ana.submits("answer", puzzled);
            assertThat(reply.text()).as(puzzled).isEqualTo(CoachingFeature.MEANING_IN_FORM);
            assertThat(reply.plainText()).as(puzzled).contains("Question 1 of 17")
                    .contains("A partnership directory can get you going");
            assertThat(reply.buttons()).extracting(b -> b.label()).contains("Answer", "Skip");
        }
        assertThat(answers()).isEmpty();
        ana.presses("Answer");
        assertThat(ana.submits("answer", "What matters is trust").text()).startsWith("Saved:");
        assertThat(storedAnswers()).isEqualTo("[What matters is trust]");
    }

    @Test
    @DisplayName("'what next?' or 'help' sent from the Answer form is not kept, as in a DM: what to do next with the "
            + "buttons, over the question; 'What next for the food bank is a call' is kept")
    void helpInTheForm() {
        ana.runs("coach start");

        for (String asked : java.util.List.of("what next?", "Help", "what do I do now?", "menu", "start please")) {
            ana.presses("Answer");
            Reply reply = ana.submits("answer", asked);
            assertThat(reply.text()).as(asked).isEqualTo("No worries! I didn't keep that as an answer. What to do "
                    + "next: press **Answer** and write a few words for the question below, however short; **Skip** "
                    + "moves on, and **Pause** stops for now.");
            assertThat(reply.plainText()).as(asked).contains("Question 1 of 17");
            assertThat(reply.buttons()).extracting(b -> b.label()).contains("Answer", "Skip", "Pause");
        }
        assertThat(answers()).isEmpty();
        ana.presses("Answer");
        ana.submits("answer", "Eastside Food Bank");
        // past the first question, Back is named too
        ana.presses("Answer");
        assertThat(ana.submits("answer", "what next").text()).contains("**Skip** moves on, **Back** goes to the one "
                + "before, and **Pause** stops for now.");
        ana.presses("Answer");
        assertThat(ana.submits("answer", "What next for the food bank is a call").text()).startsWith("Saved:");
        assertThat(answers()).containsExactly("Eastside Food Bank", "What next for the food bank is a call");
    }

    @Test
    @DisplayName("'what next?', 'help' or 'huh?' sent from an old Answer form, for a question the walk has moved past, "
            + "is not kept either: what to do next, over the question the walk is on; from a finished walk, over its end")
    void helpFromAnOldForm() {
        Reply first = ana.runs("coach start");
        ana.presses("Answer");
        org.partnercoach.chat.CustomId oldForm = ana.lastSeen().form().id();
        ana.types("Eastside Food Bank");

        Reply reply = bot.app().router().handle(new org.partnercoach.chat.Inbound.ModalSubmit(
                ana.caller(org.partnercoach.chat.Surface.SERVER), oldForm, java.util.Map.of("answer", "what next?")));
        assertThat(reply.text()).isEqualTo(CoachingFeature.HELP_IN_FORM + " That form was for an earlier question, "
                + "so here's where you are now.");
        assertThat(reply.plainText()).contains("Question 2 of 17");
        assertThat(reply.buttons()).extracting(b -> b.label()).contains("Answer", "Skip", "Back", "Pause");
        // a puzzled "huh?" from it does not replace the answer there either
        Reply puzzled = bot.app().router().handle(new org.partnercoach.chat.Inbound.ModalSubmit(
                ana.caller(org.partnercoach.chat.Surface.SERVER), oldForm, java.util.Map.of("answer", "huh?")));
        assertThat(puzzled.text()).startsWith("No worries! I didn't keep that as an answer.");
        assertThat(puzzled.plainText()).contains("Question 2 of 17");
        assertThat(answers()).containsExactly("Eastside Food Bank");

        // the walk finished: the help sent from a form of before is not kept over its end either
        for (int i = 0; i < 16; i++) {
            ana.types("skip");
        }
        Reply done = bot.app().router().handle(new org.partnercoach.chat.Inbound.ModalSubmit(
                ana.caller(org.partnercoach.chat.Surface.SERVER), oldForm, java.util.Map.of("answer", "Help")));
        assertThat(done.text()).startsWith("No worries! I didn't keep that as an answer. This walk is finished");
        // the 16 skipped questions are kept as skipped, with no words
        assertThat(answers()).filteredOn(a -> !a.isEmpty()).containsExactly("Eastside Food Bank");
    }

    @Test
    @DisplayName("a puzzled 'huh?', 'What?' or 'I'm confused' sent from an Edit form replaces nothing and leaves a "
            + "skipped question open: the reply says so, with what the question is after and which button to press; "
            + "'What matters is trust' replaces the answer")
    void puzzledInTheEditForm() {
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("skip");

        for (String puzzled : java.util.List.of("huh?", "What?", "I'm confused")) {
            ana.runs("coach answers");
            ana.presses("Edit 1");
            Reply kept = ana.submits("answer", puzzled);
            assertThat(kept.text()).as(puzzled).startsWith("No worries! I kept the answer you had")
                    .contains("A partnership directory can get you going")
                    .endsWith("To change it, press its Edit button and write the new words, however short; to clear "
                            + "it, type a single `-`.")
                    .doesNotContain("Updated");
            assertThat(kept.plainText()).as(puzzled).contains("Eastside Food Bank");
            assertThat(kept.buttons()).extracting(org.partnercoach.chat.Button::label).contains("Edit 1");

            ana.runs("coach answers");
            ana.presses("Answer 2");
            Reply open = ana.submits("answer", puzzled);
            assertThat(open.text()).as(puzzled).startsWith("No worries! I didn't keep your line as an answer, so "
                    + "that question is still open.").contains("A partnership directory can get you going")
                    .endsWith("Press its Answer button and write a few words whenever you're ready, however short.");
            assertThat(open.buttons()).extracting(org.partnercoach.chat.Button::label).contains("Answer 2");
        }
        assertThat(answers()).containsExactly("Eastside Food Bank", "");
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered · 1 skipped");

        ana.runs("coach answers");
        ana.presses("Edit 1");
        assertThat(ana.submits("answer", "What matters is trust").text()).startsWith("Updated:");
        assertThat(answers()).containsExactly("What matters is trust", "");
    }

    @Test
    @DisplayName("'idk', 'I dont know' or 'not sure' sent from the Answer form is not kept, as in a DM: the question "
            + "is left open to come back to, with the same warm words, and the next question comes")
    void notKnowingInTheForm() {
        // GIVEN Ana stands on the first question of the 5 tips in the server
        ana.runs("coach start");

        java.util.List<String> notKnowing = java.util.List.of("idk", "I dont know", "not sure");
        for (int i = 0; i < notKnowing.size(); i++) {
            String sent = notKnowing.get(i);
            // WHEN she sends from the Answer form that she doesn't know yet
            ana.presses("Answer");
            Reply reply = ana.submits("answer", sent);

            // THEN the bot says that's fine and left it open, where /coach answers shows it, over the next question
            assertThat(reply.text()).as(sent).isEqualTo("Not knowing yet is fine: I left this one open to come back "
                    + "to (`/coach answers` shows it).");
            assertThat(reply.plainText()).as(sent).contains("Question " + (i + 2) + " of 17")
                    .contains("0 of 17 questions answered");
            assertThat(reply.buttons()).extracting(org.partnercoach.chat.Button::label)
                    .contains("Answer", "Skip", "Back", "Pause");
        }

        // AND nothing is stored as an answer: the questions are open, as skipped ones are, and not counted
        assertThat(answers()).containsExactly("", "", "");
        assertThat(ana.runs("coach progress").plainText()).contains("0 of 17 questions answered · 3 skipped");
        assertThat(ana.runs("coach answers").plainText()).doesNotContainIgnoringCase("idk")
                .doesNotContainIgnoringCase("know").doesNotContainIgnoringCase("not sure");
    }

    @Test
    @DisplayName("'don't know', 'I have no idea', 'no idea at all' or 'unsure' sent from the Answer form leaves the "
            + "question open, as 'I dont know' does")
    void otherWaysOfNotKnowingInTheForm() {
        ana.runs("coach start");
        java.util.List<String> notKnowing = java.util.List.of("don't know", "dont know yet", "I have no idea",
                "no idea at all", "unsure");
        for (int i = 0; i < notKnowing.size(); i++) {
            String sent = notKnowing.get(i);
            ana.presses("Answer");
            Reply reply = ana.submits("answer", sent);
            assertThat(reply.text()).as(sent).isEqualTo("Not knowing yet is fine: I left this one open to come back "
                    + "to (`/coach answers` shows it).");
            assertThat(reply.plainText()).as(sent).contains("Question " + (i + 2) + " of 17");
        }
        assertThat(answers()).containsOnly("");
    }

    @Test
    @DisplayName("'start over', 'previous', 'pass', 'never mind', 'undo', 'abort', 'ask me later' or 'brb' sent from "
            + "the Answer form is not kept: the reply names the button that does it, over the same question")
    void wordsForButtonsInTheForm() {
        // GIVEN Ana answered the first question in the server and stands on the second
        ana.runs("coach start");
        ana.presses("Answer");
        ana.submits("answer", "Eastside Food Bank");

        java.util.Map<String, String> named = new java.util.LinkedHashMap<>();
        named.put("start over", "**Start over**");
        named.put("Restart", "**Back**");
        named.put("previous", "**Back**");
        named.put("pass", "**Skip**");
        named.put("never mind", "No problem");
        named.put("undo", "**Back**");
        named.put("abort", "**Pause**");
        named.put("ask me later", "**Pause**");
        named.put("brb", "Take your time!");
        named.put("stop", "**Pause**");
        named.put("hmm", "Take your time!");
        named.forEach((sent, said) -> {
            // WHEN she sends one of them from the Answer form
            ana.presses("Answer");
            Reply reply = ana.submits("answer", sent);
            // THEN it is not kept, the reply says what does it, and the same question is shown again
            assertThat(reply.text()).as(sent).contains("didn't keep").contains(said).doesNotContain("Saved");
            assertThat(reply.plainText()).as(sent).contains("Question 2 of 17");
        });
        assertThat(answers()).containsExactly("Eastside Food Bank");

        // AND at the first question, there is nothing before it to go back to
        ana.presses("Back");
        ana.presses("Answer");
        assertThat(ana.submits("answer", "previous").text()).startsWith("This is the first question")
                .doesNotContain("**Back**");
        assertThat(answers()).containsExactly("Eastside Food Bank");
    }

    @Test
    @DisplayName("'not sure' sent from the Answer form at a question answered before (after Back) keeps that answer "
            + "and moves on; from the form of a question the walk has moved past, it keeps that one, moving nothing")
    void notKnowingInTheFormKeepsAnEarlierAnswer() {
        // GIVEN Ana answered the first question, opening its form, and went back to it
        ana.runs("coach start");
        ana.presses("Answer");
        org.partnercoach.chat.CustomId oldForm = ana.lastSeen().form().id();
        ana.submits("answer", "Eastside Food Bank");
        ana.presses("Back");

        // WHEN she sends "not sure" from its Answer form
        ana.presses("Answer");
        Reply reply = ana.submits("answer", "hmm, not sure");

        // THEN her answer stays, the reply says so, and the next question comes
        assertThat(reply.text()).isEqualTo("Not knowing yet is fine: I kept your earlier answer to this one and moved "
                + "on (`/coach answers` shows it).");
        assertThat(reply.plainText()).contains("Question 2 of 17").contains("1 of 17 questions answered");

        // AND "idk" from the first question's old form, the walk past it, keeps that answer and shows where she is
        Reply old = bot.app().router().handle(new org.partnercoach.chat.Inbound.ModalSubmit(
                ana.caller(org.partnercoach.chat.Surface.SERVER), oldForm, java.util.Map.of("answer", "idk")));
        assertThat(old.text()).isEqualTo("Not knowing yet is fine: I kept your earlier answer to that one. Here's "
                + "where you are now.");
        assertThat(old.plainText()).contains("Question 2 of 17");
        assertThat(answers()).containsExactly("Eastside Food Bank");
    }

    @Test
    @DisplayName("'idk' or 'not sure' sent from an Edit form keeps the answer there, even a 4,000-character one, and "
            + "says so with what to do; from a skipped question's form, it stays open")
    void notKnowingInTheEditForm() {
        // GIVEN Ana answered the first question at length and skipped the second
        String long4000 = "We know the food bank's director from the school board. ".repeat(72).substring(0, 3999)
                + ".";
        ana.runs("coach start");
        ana.presses("Answer");
        ana.submits("answer", long4000);
        ana.presses("Skip");

        for (String sent : java.util.List.of("idk", "I dont know", "not sure")) {
            // WHEN she opens its Edit form and sends that she doesn't know
            ana.runs("coach answers");
            ana.presses("Edit 1");
            Reply kept = ana.submits("answer", sent);

            // THEN nothing is replaced, and the reply says so and what to do
            assertThat(kept.text()).as(sent).isEqualTo("Not knowing yet is fine: I kept the answer you had, and "
                    + "didn't take your line as a new one. If it still holds, leave it as it is; if not, press its "
                    + "Edit button and write the new words, or type a single `-` to clear it.");
            assertThat(kept.buttons()).extracting(org.partnercoach.chat.Button::label).contains("Edit 1");

            // AND from the skipped question's form, that question stays open
            ana.runs("coach answers");
            ana.presses("Answer 2");
            Reply open = ana.submits("answer", sent);
            assertThat(open.text()).as(sent).startsWith("Not knowing yet is fine: I didn't keep your line as an "
                    + "answer, so that question is still open").doesNotContain("Updated");
        }
        assertThat(answers()).containsExactly(long4000, "");
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered · 1 skipped");
    }

    @Test
    @DisplayName("a word for what a button does (\"start over\", \"previous\", \"pass\", \"never mind\", \"stop\") "
            + "sent from an Edit form replaces nothing, as the Answer form keeps none, and says what to do; from a "
            + "skipped question's form, it stays open")
    void controlWordsInTheEditForm() {
        // GIVEN Ana answered the first question and skipped the second
        ana.runs("coach start");
        ana.presses("Answer");
        ana.submits("answer", "Eastside Food Bank");
        ana.presses("Skip");

        for (String sent : java.util.List.of("start over", "Previous", "pass", "never mind", "stop")) {
            // WHEN she opens its Edit form and sends the word
            ana.runs("coach answers");
            ana.presses("Edit 1");
            Reply kept = ana.submits("answer", sent);

            // THEN nothing is replaced, and the reply says so and what to do
            assertThat(kept.text()).as(sent).contains("I didn't keep “" + sent + "” as an answer, so I kept the one "
                    + "you had: this form changes only this answer. To change it, press its Edit button")
                    .doesNotContain("Updated");
            assertThat(kept.buttons()).extracting(org.partnercoach.chat.Button::label).contains("Edit 1");

            // AND from the skipped question's form, that question stays open
            ana.runs("coach answers");
            ana.presses("Answer 2");
            Reply open = ana.submits("answer", sent);
            assertThat(open.text()).as(sent).contains("as an answer, so that question is still open")
                    .doesNotContain("Updated");
        }
        assertThat(answers()).containsExactly("Eastside Food Bank", "");
        // AND "start over" says how the walk starts again
        ana.runs("coach answers");
        ana.presses("Edit 1");
        assertThat(ana.submits("answer", "restart").text()).contains("its **Start over** button at the end");
    }

    @Test
    @DisplayName("a real answer with 'I don't know' among other words, from the Answer form or an Edit form, is kept")
    void notKnowingAmongOtherWordsIsAnAnswer() {
        String answer = "I don't know their director yet, but the library is keen";
        ana.runs("coach start");
        ana.presses("Answer");
        assertThat(ana.submits("answer", answer).text()).startsWith("Saved: “" + answer + "”");
        ana.presses("Answer");
        ana.submits("answer", "The school board");

        ana.runs("coach answers");
        ana.presses("Edit 2");
        assertThat(ana.submits("answer", "Not sure yet which board member, but the school is keen").text())
                .startsWith("Updated:");
        assertThat(answers()).containsExactly(answer, "Not sure yet which board member, but the school is keen");
        assertThat(ana.runs("coach progress").plainText()).contains("2 of 17 questions answered");
    }

    @Test
    @DisplayName("an empty answer (spaces, line breaks) is refused over the question, which stays where it is")
    void empty() {
        ana.runs("coach start");
        ana.presses("Answer");
        Reply refused = ana.submits("answer", "  \n\n ");
        assertThat(refused.text()).isEqualTo("Your answer was empty, so I kept everything as it was. Press **Answer** "
                + "and write a few words, or **Skip** to move on.");
        assertThat(refused.plainText()).contains("Question 1 of 17");
        assertThat(refused.buttons()).extracting(org.partnercoach.chat.Button::label)
                .containsExactly("Answer", "Skip", "Back", "Pause");
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

        assertThat(echoed.text()).contains("@everyone and @here and <@&123> please help");
        assertThat(echoed.mentionUsers()).isEmpty();
        assertThat(ana.runs("coach answers").mentionUsers()).isEmpty();
    }

    @Test
    @DisplayName("mentions alone ('@everyone', '@here', a role) sent from the Answer form or an Edit form are not kept: "
            + "a short line says why and what to write instead, and an answer there before stays")
    void mentionsAloneInTheForms() {
        ana.runs("coach start");
        for (String mentions : java.util.List.of("@everyone", "@here", "<@&123>", "@everyone <@456>")) {
            ana.presses("Answer");
            Reply reply = ana.submits("answer", mentions);
            assertThat(reply.text()).as(mentions).isEqualTo("Your answer only mentioned people (such as @everyone or "
                    + "a member), so I didn't keep it: a mention calls people in, but doesn't say what you think. "
                    + "Press **Answer** and write a few words of your own, or **Skip** to move on.");
            assertThat(reply.plainText()).as(mentions).contains("Question 1 of 17");
        }
        assertThat(answers()).isEmpty();

        ana.presses("Answer");
        ana.submits("answer", "Eastside Food Bank");
        ana.runs("coach answers");
        ana.presses("Edit 1");
        Reply edited = ana.submits("answer", "@everyone");
        assertThat(edited.text()).isEqualTo("Your answer only mentioned people (such as @everyone or a member), so I "
                + "kept the one you had: a mention calls people in, but doesn't say what you think. To change it, "
                + "press its Edit button and write a few words of your own.");
        assertThat(answers()).containsExactly("Eastside Food Bank");
    }

    @Test
    @DisplayName("a mention with a letter or two ('@everyone a') sent from the Answer form or an Edit form is not "
            + "kept: the reply quotes it, since a form keeps nothing once sent, and asks for a few words of her own; "
            + "an answer there before stays")
    void mentionWithALetterInTheForms() {
        ana.runs("coach start");
        ana.presses("Answer");
        Reply reply = ana.submits("answer", "@everyone a");
        assertThat(reply.text()).isEqualTo("I didn't keep “@everyone a” as your answer: a mention calls people in, and "
                + "“a” on its own doesn't say what you think yet. Press **Answer** and write a few words of your own, "
                + "or **Skip** to move on.");
        assertThat(reply.plainText()).contains("Question 1 of 17");
        assertThat(reply.mentionUsers()).isEmpty();
        assertThat(answers()).isEmpty();

        ana.presses("Answer");
        ana.submits("answer", "Eastside Food Bank");
        ana.runs("coach answers");
        ana.presses("Edit 1");
        Reply edited = ana.submits("answer", "<@456> ok");
        assertThat(edited.text()).isEqualTo("I didn't keep “<@456> ok” as your answer: a mention calls people in, and "
                + "“ok” on its own doesn't say what you think yet. I kept the one you had; to change it, press its "
                + "Edit button and write a few words of your own.");
        assertThat(answers()).containsExactly("Eastside Food Bank");
    }

    @Test
    @DisplayName("an emoji alone sent through the Answer form is not kept: a short line asks for a few words over the "
            + "question, an answer there before stays, and emoji with words are an answer")
    void emojiAloneInTheForm() {
        ana.runs("coach start");
        ana.presses("Answer");
        Reply refused = ana.submits("answer", "👍");

        assertThat(refused.text()).startsWith("Your answer had no words in it").doesNotContain("Saved")
                .contains("Press **Answer** and write a few words, or **Skip** to move on.");
        assertThat(refused.plainText()).contains("Question 1 of 17").contains("0 of 17 questions answered");
        assertThat(refused.buttons()).extracting(org.partnercoach.chat.Button::label)
                .containsExactly("Answer", "Skip", "Back", "Pause");
        assertThat(answers()).isEmpty();

        ana.presses("Answer");
        assertThat(ana.submits("answer", "👍 Eastside Food Bank").text())
                .contains("Saved: “👍 Eastside Food Bank”");
        // back to it: an emoji alone over the answer there keeps that answer
        ana.presses("Back");
        ana.presses("Answer");
        Reply kept = ana.submits("answer", "🙏 ... ✅");
        assertThat(kept.text()).startsWith("Your answer had no words in it");
        assertThat(kept.plainText()).contains("Question 1 of 17").contains("👍 Eastside Food Bank");
        assertThat(answers()).containsExactly("👍 Eastside Food Bank");
    }

    @Test
    @DisplayName("an emoji alone sent through an Edit form keeps the answer there, and leaves a skipped question open")
    void emojiAloneInTheEditForm() {
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("skip");
        ana.runs("coach answers");
        ana.presses("Edit 1");
        Reply kept = ana.submits("answer", "👍");
        assertThat(kept.text()).startsWith("Your answer had no words in it").contains("I kept the one you had");
        assertThat(kept.plainText()).contains("Eastside Food Bank");

        ana.presses("Answer 2");
        Reply open = ana.submits("answer", "🙏");
        assertThat(open.text()).startsWith("Your answer had no words in it").contains("still open");
        assertThat(answers()).containsExactly("Eastside Food Bank", "");
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered · 1 skipped");
    }

    @Test
    @DisplayName("an emoji alone sent through a question's Answer at the end of a walk is not kept: the end stays, "
            + "with a line asking for a few words and the question's button still there")
    void emojiAloneFromTheEndOfAWalk() {
        ana.runs("reflect");
        for (int i = 0; i < 4; i++) {
            ana.presses("Skip");
        }
        ana.presses("Answer 2");
        Reply refused = ana.submits("answer", "✅");

        assertThat(refused.text()).startsWith("Your answer had no words in it")
                .contains("Press its **Answer** button below");
        assertThat(refused.plainText()).contains("✓ Ask Yourself").contains("0 of 4 questions answered");
        assertThat(refused.buttons()).extracting(org.partnercoach.chat.Button::label).contains("Answer 2");
        assertThat(answers()).containsOnly("");
    }
}
