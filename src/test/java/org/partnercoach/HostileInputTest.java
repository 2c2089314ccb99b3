package org.partnercoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.Surface;
import org.partnercoach.storage.Database;
import org.partnercoach.support.ErrorLogWatch;
import org.partnercoach.support.Member;
import org.partnercoach.support.Snapshot;
import org.partnercoach.support.OptionValues;
import org.partnercoach.support.TestBot;

/**
 * Hostile input, generated: every option of every command, every field of every form the bot shows, and typed DMs,
 * each given every value of {@link #HOSTILE} (the others plausible); then stale and forged button ids. For each: no
 * "something went wrong" answer and no ERROR in the log, a message that says something, and a refusal (the action
 * committed nothing) changes no row.
 */
@DisplayName("Hostile input: every option, form field and typed message")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    static final List<String> HOSTILE = List.of(
            "", " ", "     \t  ", "\n\n", "x".repeat(10_000), "🎉".repeat(5_000), " ".repeat(10_000),
            "\u200B", "Grace\u200BChurch", "\u200B\u200C\u200D\u2060\uFEFF", "\u202Eeviltxt.exe\u202C",
            "\u2067Grace Church\u2069", "🤝🏽👩‍👩‍👧", "é̷̢̛̛͓͓̖̈́̈́",
            "'; DROP TABLE partners; --", "Robert'); DELETE FROM partners WHERE ('1'='1", "%", "\\", "\"",
            "# Heading", "[click me](https://evil.example)", "**bold** __u__ ||spoiler|| `code`", "@everyone",
            "<@&4004>", "<@123456789>", "Mars/Olympus", "UTC+99", "server", "2026-02-30", "tomorrow at 25:00",
            "in -3 days", "in 99999999999 days", "-1", "0", "99999999999999999999999", "No Such Partner", "12",
            "\u0000", "a\r\nb\n# c", "\uD800", "ｇｒａｃｅ ｃｈｕｒｃｈ", "21:00-08:00",
            // long runs of what the bot reads a line for (emoji, stops, fillers, numbers) before words or after them:
            // a pattern that repeats a group once per run overflows the stack on these
            "😀".repeat(5_000) + "ab", "😀 ".repeat(3_300) + "ab", "👨‍👩‍👧".repeat(1_250), "<:ab:123>".repeat(1_100),
            "hm, ".repeat(2_500), ", ".repeat(5_000) + "ab", "1 ".repeat(5_000), "sorry ".repeat(1_600) + "?",
            "ab " + "..".repeat(4_900) + " 9am");

    /** For options Discord types (numbers, users, channels, roles, choices): what a forged request could carry. */
    static final List<String> FOR_TYPED_OPTIONS = List.of("", " ", "x".repeat(10_000), "'; DROP TABLE partners; --",
            "<@&4004>", "@everyone", "-1", "0", "99999999999999999999999", "NaN", "\u202E12", "🎉");

    private static final Pattern FAILURE = Pattern.compile("something went wrong");

    private TestBot bot;
    private Member cora;
    private Member ana;
    private ErrorLogWatch errors;
    private List<Button> buttons;

    @BeforeAll
    void start() {
        errors = ErrorLogWatch.attach();
        bot = TestBot.inMemory();
        cora = bot.coordinator("cora");
        ana = bot.member("ana");
        Member otto = bot.memberOfOtherServer("otto");
        cora.runs("partner add", "name", "Grace Church", "sector", "faith");
        cora.runs("partner add", "name", "Eastside Food Bank", "sector", "community");
        cora.runs("partner know", "partner", "Grace Church");
        otto.runs("partner add", "name", "Riverside Clinic", "sector", "health");
        otto.runs("remind", "when", "in 3 days", "what", "Call the clinic");
        ana.runs("remind", "when", "in 2 days", "what", "Bring flyers");
    }

    @AfterAll
    void close() {
        errors.detach();
        bot.close();
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a partner's name and notes, typed with Markdown and invisible characters, reach others literally")
    void shownLiterally() {
        String name = "[Free food](https://evil.example) \u202Ecoffee\u202C";
        check(() -> cora.runs("partner add", "name", name, "sector", "community", "notes", "# Call **now**\u200B"));

        check(() -> cora.runs("partner log", "partner", name, "what", "**Big** news: [sign up](https://evil.example)"));

        String shown = ana.runs("partner show", "partner", name).plainText();

        assertThat(shown).contains("\\[Free food\\]\\(https://evil.example\\) coffee", "\\# Call \\*\\*now\\*\\*")
                .doesNotContain("\u202E", "\u200B");
        // the last touchpoint's note as the recent ones show it: its Markdown escaped
        assertThat(shown.substring(shown.indexOf("Last touchpoint"), shown.indexOf("Reminders")))
                .contains("\\*\\*Big\\*\\* news: \\[sign up\\]");
        assertThat(ana.runs("partner list").plainText()).contains("\\[Free food\\]");
        assertThat(bot.app().partners().allPartners(TestBot.GUILD)).as("stored as typed")
                .anySatisfy(p -> assertThat(p.name()).isEqualTo(name));
    }

    @TestFactory
    @DisplayName("every option of every command")
    Stream<DynamicTest> commandOptions() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, CommandSpec> leaf : bot.app().router().catalogue().leaves().entrySet()) {
            List<OptionSpec> options = leaf.getValue().options();
            for (OptionSpec option : options) {
                // free text gets every value; choices, numbers and ids the ones a client could still send
                List<String> values = option.type() == OptionSpec.Type.TEXT && option.choices().isEmpty() ? HOSTILE
                        : FOR_TYPED_OPTIONS;
                for (int i = 0; i < values.size(); i++) {
                    String value = values.get(i);
                    Member who = i % 2 == 0 ? cora : ana;
                    tests.add(DynamicTest.dynamicTest("/" + leaf.getKey() + " " + option.name() + ":" + label(value)
                            + " by " + who.name(), () -> check(() -> who.runs(leaf.getKey(),
                            optionsWith(options, option.name(), value)))));
                }
            }
            if (options.isEmpty()) {
                tests.add(DynamicTest.dynamicTest("/" + leaf.getKey(), () -> check(() -> ana.runs(leaf.getKey()))));
            }
        }
        return tests.stream();
    }

    @TestFactory
    @DisplayName("every field of every form, and typed DMs")
    Stream<DynamicTest> formsAndTypedMessages() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Form form : forms()) {
            for (Form.Input input : form.inputs()) {
                for (String value : HOSTILE) {
                    tests.add(DynamicTest.dynamicTest("form " + form.id() + " " + input.id() + ":" + label(value),
                            () -> check(() -> submit(form, input.id(), value))));
                }
            }
        }
        for (String state : List.of("idle", "start", "reflect")) {
            for (String value : HOSTILE) {
                tests.add(DynamicTest.dynamicTest("typed DM (" + state + "): " + label(value), () -> {
                    if (!state.equals("idle")) {
                        ana.types(state);
                    }
                    check(() -> ana.types(value));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    @DisplayName("stale and forged button ids")
    Stream<DynamicTest> forgedButtons() {
        Set<CustomId> ids = new LinkedHashSet<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (Button button : buttons()) {
            CustomId id = button.id();
            ids.add(id);
            if (!kinds.add(id.feature() + ":" + id.action())) {
                continue; // one set of forgeries per kind of button
            }
            ids.add(new CustomId(id.feature(), id.action(), List.of()));
            ids.add(new CustomId(id.feature(), id.action(), id.args().stream().map(a -> "999999").toList()));
            ids.add(new CustomId(id.feature(), id.action(), id.args().stream().map(a -> "abc").toList()));
            ids.add(new CustomId(id.feature(), id.action(), id.args().stream()
                    .map(a -> a.equals(String.valueOf(TestBot.GUILD)) ? String.valueOf(TestBot.OTHER_GUILD) : a)
                    .toList()));
            List<String> more = new ArrayList<>(id.args());
            more.add("1");
            ids.add(new CustomId(id.feature(), id.action(), more));
            ids.add(new CustomId(id.feature(), "forged", id.args()));
        }
        ids.add(new CustomId("nobody", "knows", List.of("1")));
        List<DynamicTest> tests = new ArrayList<>();
        for (CustomId id : ids) {
            for (Surface surface : List.of(Surface.SERVER, Surface.DM)) {
                tests.add(DynamicTest.dynamicTest("button " + id + " (" + surface + ")", () -> check(() ->
                        bot.app().router().handle(new Inbound.ButtonPress(ana.caller(surface), id)))));
            }
            tests.add(DynamicTest.dynamicTest("form " + id, () -> check(() ->
                    bot.app().router().handle(new Inbound.ModalSubmit(ana.caller(Surface.SERVER), id,
                            Map.of("text", "'; DROP TABLE partners; --"))))));
            tests.add(DynamicTest.dynamicTest("menu " + id, () -> check(() ->
                    bot.app().router().handle(new Inbound.Selection(ana.caller(Surface.SERVER), id,
                            List.of("999999"))))));
        }
        return tests.stream();
    }

    /** Runs one action: no failure, no error logged, something said, and nothing changed if it committed nothing. */
    private void check(Supplier<Reply> action) {
        int errorsBefore = errors.errors().size();
        Map<String, Long> before = Snapshot.counts(bot);
        Database.Usage usage = bot.app().databaseUsage();
        Reply reply = action.get();
        long commits = bot.app().databaseUsage().since(usage).commits();
        String text = reply.isForm() ? reply.form().title() : reply.plainText();
        assertThat(text).as("what the member sees").doesNotContainPattern(FAILURE).isNotBlank();
        assertThat(errors.errors().subList(errorsBefore, errors.errors().size())).as("errors logged").isEmpty();
        if (commits == 0) {
            assertThat(Snapshot.counts(bot)).as("rows per table after a refusal").isEqualTo(before);
        }
    }

    private Reply submit(Form form, String field, String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.inputs().forEach(i -> fields.put(i.id(), i.id().equals(field) ? value : "Coffee with their lead"));
        return bot.app().router().handle(new Inbound.ModalSubmit(ana.caller(Surface.SERVER), form.id(), fields));
    }

    /** The forms behind the buttons of every command's reply (as ana and as cora), and of what the bot sends. */
    private List<Form> forms() {
        Map<String, Form> forms = new LinkedHashMap<>();
        for (Button button : buttons()) {
            for (Member who : List.of(ana, cora)) {
                Reply next = bot.app().router().handle(new Inbound.ButtonPress(who.caller(Surface.SERVER),
                        button.id()));
                if (next.isForm()) {
                    forms.putIfAbsent(next.form().id().feature() + ":" + next.form().id().action(), next.form());
                }
            }
        }
        return List.copyOf(forms.values());
    }

    private List<Button> buttons() {
        if (buttons == null) {
            buttons = collectButtons();
        }
        return buttons;
    }

    private List<Button> collectButtons() {
        List<Reply> replies = new ArrayList<>();
        for (Map.Entry<String, CommandSpec> leaf : bot.app().router().catalogue().leaves().entrySet()) {
            for (Member who : List.of(ana, cora)) {
                replies.add(who.runs(leaf.getKey(), optionsWith(leaf.getValue().options(), "", "")));
            }
        }
        replies.add(ana.runs("coach start"));
        replies.add(ana.types("start"));
        bot.advance(Duration.ofDays(3));
        bot.messenger().sent().forEach(s -> replies.add(s.reply()));
        List<Button> buttons = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Reply reply : replies) {
            for (Button button : reply.buttons()) {
                if (button.id() != null && seen.add(button.id().encode())) {
                    buttons.add(button);
                }
            }
            for (Row row : reply.rows()) {
                if (row instanceof Row.Select select && seen.add(select.menu().id().encode())) {
                    buttons.add(Button.secondary(select.menu().id(), "menu"));
                }
            }
        }
        return buttons;
    }

    /** Plausible values for every option but {@code hostile}, which gets {@code value}. */
    private String[] optionsWith(List<OptionSpec> options, String hostile, String value) {
        List<String> pairs = new ArrayList<>();
        for (OptionSpec option : options) {
            if (!option.name().equals(hostile) && !option.required()) {
                continue;
            }
            pairs.add(option.name());
            pairs.add(option.name().equals(hostile) ? value : OptionValues.plausible(option, ana, true));
        }
        return pairs.toArray(String[]::new);
    }

    private static String label(String value) {
        String shown = value.length() > 24 ? value.substring(0, 24) + "…(" + value.length() + ")" : value;
        return "'" + shown.replace("\n", "\\n").replace("\r", "\\r").replace("\u0000", "\\0") + "'";
    }
}
