package org.partnercoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.Surface;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/**
 * Runs every command of the bot (every leaf of the command catalogue), every button, menu and form its replies and
 * DMs offer (a few levels deep), a typed DM answer and every suggestion, and checks that each took one database
 * connection and committed at most once: one transaction from the start of the handler to its reply.
 */
@DisplayName("Every member action runs in one transaction")
class OneTransactionPerActionTest {

    private static final int DEPTH = 3;
    /**
     * Commands that read, on their own, before their transaction, then ask the platform only when what they read calls
     * for it: {@code /partner intro} reads who knows someone at the partner, and asks which of them left the server;
     * {@code /partner show} the same, with the partner's owner; and so do the page's Ask for an introduction button,
     * the same button in a DM (once someone knows someone there), and the list's menu that opens a page (each action
     * named by how it starts). {@code /partner owner}, {@code archive}, {@code restore} and Delete for good read first
     * too, for a coordinator as here (whether the partner's owner is someone else, whom its reply would promise a DM:
     * Discord is then asked whether she left); {@code /partner delete}'s confirm only for a member who is no
     * coordinator (to tell whether she is refused). {@code /digest preview} reads the members whose walk stood
     * still, and asks which of them left; a digest's Send nudge, pressed by a coordinator, reads whether it would send
     * a nudge (and, in a DM, whether its presser subscribes), and asks only then.
     */
    private static final Set<String> READS_FIRST = Set.of("/partner intro", "/partner show", "button partner:intro:",
            "button partner:introask:", "menu partner:open", "/digest preview", "button digest:nudge:",
            "/partner owner", "/partner archive", "/partner restore", "button partner:delete:");

    private final TestBot bot = TestBot.inMemory();
    private final Member cora = bot.coordinator("cora");
    private final List<String> failures = new ArrayList<>();
    private final Set<String> pressed = new HashSet<>();
    private int actions;

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("each command, button, menu, form, DM answer and suggestion takes one connection and one commit at most")
    void everyAction() {
        cora.runs("partner add", "name", "Eastside Food Bank", "sector", "community");
        cora.runs("partner add", "name", "Grace Church", "sector", "faith");
        cora.runs("partner know", "partner", "Grace Church");
        bot.member("ana").runs("partner intro", "partner", "Grace Church");

        Map<String, CommandSpec> leaves = new LinkedHashMap<>(bot.app().router().catalogue().leaves());
        for (Map.Entry<String, CommandSpec> leaf : leaves.entrySet()) {
            String[] options = optionsFor(leaf.getValue());
            Reply reply = measured("/" + leaf.getKey(), () -> cora.runs(leaf.getKey(), options));
            explore(reply, DEPTH);
            for (OptionSpec option : leaf.getValue().options()) {
                if (option.autocomplete()) {
                    measuredRead("suggest /" + leaf.getKey() + " " + option.name(),
                            () -> cora.suggests(leaf.getKey(), option.name(), "a"));
                }
            }
        }
        Reply typed = measured("a typed DM answer", () -> cora.types("We could start with the food bank."));
        explore(typed, DEPTH);

        // what the bot sends on its own (reminders, introductions) carries buttons too
        bot.advance(Duration.ofDays(40));
        for (var sent : bot.messenger().sent()) {
            explore(sent.reply(), DEPTH);
        }

        assertThat(failures).as("actions that took more than one connection or commit").isEmpty();
        assertThat(actions).as("actions measured").isGreaterThan(leaves.size() * 2);
    }

    private void explore(Reply reply, int depth) {
        if (depth == 0 || reply == null) {
            return;
        }
        for (Button button : reply.buttons()) {
            if (button.id() == null || !pressed.add(button.id().encode())) {
                continue;
            }
            Reply next = measured("button " + button.id().encode(),
                    () -> bot.app().router().handle(new Inbound.ButtonPress(caller(), button.id())));
            if (next.isForm()) {
                next = measured("form " + next.form().id().encode(), submitting(next.form()));
            }
            explore(next, depth - 1);
        }
        for (Row row : reply.rows()) {
            if (row instanceof Row.Select select && pressed.add(select.menu().id().encode())) {
                String value = select.menu().options().get(0).value();
                Reply next = measured("menu " + select.menu().id().encode(), () -> bot.app().router().handle(
                        new Inbound.Selection(caller(), select.menu().id(), List.of(value))));
                explore(next, depth - 1);
            }
        }
    }

    private Supplier<Reply> submitting(Form form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Form.Input input : form.inputs()) {
            fields.put(input.id(), "Coffee with their volunteer lead".substring(0,
                    Math.min(input.maxLength(), 32)));
        }
        return () -> bot.app().router().handle(new Inbound.ModalSubmit(caller(), form.id(), fields));
    }

    /**
     * One connection and one commit at most; a command that asks the platform before its transaction (the map: who of
     * its members left the server) reads once more, before it and on its own; one that must read before it knows
     * whether it will ask ({@link #READS_FIRST}) reads once more even when it asks nothing.
     */
    private Reply measured(String what, Supplier<Reply> action) {
        Database.Usage before = bot.app().databaseUsage();
        int asked = bot.messenger().membershipQuestions().size();
        Reply reply = action.get();
        Database.Usage used = bot.app().databaseUsage().since(before);
        int readFirst = bot.messenger().membershipQuestions().size() > asked
                || READS_FIRST.stream().anyMatch(what::startsWith) ? 1 : 0;
        actions++;
        if (used.connections() != 1 + readFirst || used.commits() > 1) {
            failures.add(what + ": " + used + " -> " + reply.plainText().lines().findFirst().orElse(""));
        }
        return reply;
    }

    private void measuredRead(String what, Supplier<?> action) {
        Database.Usage before = bot.app().databaseUsage();
        action.get();
        Database.Usage used = bot.app().databaseUsage().since(before);
        actions++;
        if (used.connections() != 1 || used.commits() != 0) {
            failures.add(what + ": " + used);
        }
    }

    private Caller caller() {
        return cora.caller(Surface.SERVER);
    }

    /** A plausible value for every option, so that most commands get past their checks. */
    private String[] optionsFor(CommandSpec leaf) {
        List<String> pairs = new ArrayList<>();
        for (OptionSpec option : leaf.options()) {
            String value;
            if (!option.choices().isEmpty()) {
                value = option.choices().get(0).value();
            } else {
                value = switch (option.type()) {
                    case USER -> String.valueOf(cora.id());
                    case CHANNEL -> String.valueOf(TestBot.CHANNEL);
                    case ROLE -> "4004";
                    case BOOLEAN -> "true";
                    case INTEGER -> String.valueOf(option.min() == null ? 1 : Math.max(1, option.min()));
                    case TEXT -> textFor(option.name());
                };
            }
            pairs.add(option.name());
            pairs.add(value);
        }
        return pairs.toArray(String[]::new);
    }

    private static String textFor(String option) {
        return switch (option) {
            case "partner" -> "Eastside Food Bank";
            case "name" -> "Lincoln High";
            case "when" -> "in 3 days";
            case "timezone", "zone" -> "Europe/Berlin";
            case "quiet" -> "21:00-08:00";
            default -> "Coffee with their volunteer lead";
        };
    }
}
