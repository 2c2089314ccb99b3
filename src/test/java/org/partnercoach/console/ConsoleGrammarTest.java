package org.partnercoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.CommandCatalogue;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.OptionSpec;

@DisplayName("The console's command grammar")
class ConsoleGrammarTest {

    private final ConsoleGrammar grammar = new ConsoleGrammar(new CommandCatalogue(List.of(new Feature() {
        @Override
        public List<CommandSpec> commands() {
            return List.of(CommandSpec.group("partner", "Partners",
                    CommandSpec.leaf("add", "Add",
                            OptionSpec.text("name", "Name").mandatory(),
                            OptionSpec.text("sector", "Sector").mandatory(),
                            OptionSpec.text("notes", "Notes")),
                    CommandSpec.leaf("owner", "Hand over",
                            OptionSpec.of("member", OptionSpec.Type.USER, "Member").mandatory(),
                            OptionSpec.of("mine", OptionSpec.Type.BOOLEAN, "Mine"),
                            OptionSpec.of("channel", OptionSpec.Type.CHANNEL, "Channel"))));
        }
    })));

    @Test
    @DisplayName("options are name:value, with quotes around spaces if one likes; words before them name the command")
    void quoted() {
        ConsoleGrammar.Parsed parsed = grammar.parse("/partner add name:\"Eastside Food Bank\" sector:food");
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.path()).isEqualTo("partner add");
        assertThat(parsed.options()).containsEntry("name", "Eastside Food Bank").containsEntry("sector", "food");
    }

    @Test
    @DisplayName("quotes may wrap a whole option, and a value may hold a colon")
    void colonsAndQuotes() {
        ConsoleGrammar.Parsed parsed = grammar.parse("/partner add \"name:St. Mary's: Clinic\" sector:health "
                + "notes:\"call at 9:30\"");
        assertThat(parsed.options()).containsEntry("name", "St. Mary's: Clinic")
                .containsEntry("notes", "call at 9:30");
    }

    @Test
    @DisplayName("a required option left out is named, with the usage")
    void missing() {
        assertThat(grammar.parse("/partner add name:X").error())
                .isEqualTo("`/partner add` needs `sector:`. Usage: `/partner add name:… sector:… [notes:…]`");
        assertThat(grammar.parse("/partner add name:X sector:\"\"").error()).contains("needs `sector:`");
    }

    @Test
    @DisplayName("the usage shows how the console takes a member, a yes/no and a channel, as :help does")
    void usageOfEachKindOfOption() {
        assertThat(grammar.parse("/partner owner").error()).isEqualTo("`/partner owner` needs `member:`. "
                + "Usage: `/partner owner member:@… [mine:yes|no] [channel:#…]`");
        assertThat(grammar.help()).contains("  /partner owner member:@… [mine:yes|no] [channel:#…]  Hand over");
    }

    @Test
    @DisplayName("a value with spaces typed without quotes runs on to the next option's name, words with a colon too, "
            + "unless they look like a mistyped option")
    void unquotedValue() {
        assertThat(grammar.parse("/partner add name:Eastside Food Bank sector:food").options())
                .containsExactly(java.util.Map.entry("name", "Eastside Food Bank"),
                        java.util.Map.entry("sector", "food"));
        assertThat(grammar.parse("/partner add sector:food name:Café 🌮 Corner").options())
                .containsEntry("name", "Café 🌮 Corner");
        // a time, a note's label or an address with a colon belongs to the value
        assertThat(grammar.parse("/partner add name:Clinic sector:health notes:Open 10:30 to 4. Tip: ask for Ana, "
                + "https://clinic.example").options())
                .containsEntry("notes", "Open 10:30 to 4. Tip: ask for Ana, https://clinic.example");
        // a pasted page of text is read whole: the command says what is too long, as Discord's form does
        assertThat(grammar.parse("/partner add sector:food name:A " + "word ".repeat(2_000)).options().get("name"))
                .hasSize(2 + 5 * 2_000 - 1);
        // an option's name slipped is refused, not swallowed by the value before it
        assertThat(grammar.parse("/partner add name:Eastside Food Bank secotr:food").error())
                .isEqualTo("`/partner add` has no option `secotr`. Usage: `/partner add name:… sector:… [notes:…]`");
        assertThat(grammar.parse("/partner add name:Food Bank sector:food note:call first").error())
                .startsWith("`/partner add` has no option `note`.");
        assertThat(grammar.parse("/partner add nmae:Food Bank sector:food").error())
                .startsWith("`/partner add` has no option `nmae`.");
    }

    @Test
    @DisplayName("a value typed after the command without its option's name (as Discord lets one type it) is shown "
            + "as the line to type, not as an unknown command")
    void valueWithoutItsName() {
        assertThat(grammar.parse("/partner add Eastside Food Bank sector:food").error())
                .isEqualTo("Write each option as name:value: `/partner add name:\"Eastside Food Bank\" sector:food`. "
                        + "Usage: `/partner add name:… sector:… [notes:…]`");
        assertThat(grammar.parse("/partner add health name:Clinic").error())
                .startsWith("Write each option as name:value: `/partner add sector:health name:Clinic`.");
        // a word that names no command at all is still an unknown command
        assertThat(grammar.parse("/partners add").error()).startsWith("I don't know `/partners add`.");
    }

    @Test
    @DisplayName("a command group typed alone (/partner) asks for one more word and lists them, where it said it did not "
            + "know /partner")
    void groupAlone() {
        assertThat(grammar.parse("/partner").error())
                .isEqualTo("`/partner` needs one more word. Try: `/partner add`, `/partner owner`");
        assertThat(grammar.parse("/Partner name:x").error()).startsWith("`/partner` needs one more word.");
    }

    @Test
    @DisplayName("a member is offered the commands they may use first, a coordinators' one marked as such; a "
            + "coordinator sees them in their order, unmarked")
    void coordinatorsCommandsMarkedForMembers() {
        ConsoleGrammar withCoordinators = new ConsoleGrammar(new CommandCatalogue(List.of(new Feature() {
            @Override
            public List<CommandSpec> commands() {
                return List.of(CommandSpec.group("partner", "Partners",
                                CommandSpec.leaf("archive", "Archive").forCoordinators(),
                                CommandSpec.leaf("add", "Add"), CommandSpec.leaf("list", "List")),
                        CommandSpec.group("digest", "Digest", CommandSpec.leaf("status", "Status"),
                                CommandSpec.leaf("preview", "Preview")).forCoordinators());
            }
        })));

        assertThat(withCoordinators.parse("/partner").error()).isEqualTo("`/partner` needs one more word. Try: "
                + "`/partner add`, `/partner list`, `/partner archive` (for coordinators)");
        assertThat(withCoordinators.parse("/partner", true).error()).isEqualTo("`/partner` needs one more word. "
                + "Try: `/partner archive`, `/partner add`, `/partner list`");
        assertThat(withCoordinators.parse("/digest").error())
                .endsWith("Try: `/digest status`, `/digest preview` (both for coordinators)");
        assertThat(withCoordinators.parse("/archive").error()).isEqualTo("I don't know `/archive`. Try: "
                + "`/partner archive` (for coordinators). `:help` lists every command.");
        assertThat(withCoordinators.parse("/partners").error()).isEqualTo("I don't know `/partners`. Try: "
                + "`/partner list`. `:help` lists every command.");
        assertThat(withCoordinators.parse("/partnr ad").error()).isEqualTo("I don't know `/partnr ad`. Try: "
                + "`/partner add` or `/partner list`. `:help` lists every command.");
        assertThat(withCoordinators.parse("/partnr ad", true).error()).isEqualTo("I don't know `/partnr ad`. Try: "
                + "`/partner add` or `/partner archive`. `:help` lists every command.");
    }

    @Test
    @DisplayName("a quote inside a quoted value is typed \\\" (or \"\"), where it was dropped; a lone backslash stays "
            + "as typed, and a value ending in one reads as before")
    void quoteInsideAValue() {
        assertThat(grammar.parse("/partner add name:\"The \\\"Corner\\\" Café\" sector:food").options())
                .containsEntry("name", "The \"Corner\" Café");
        assertThat(grammar.parse("/partner add name:\"She said \"\"yes\"\"\" sector:food").options())
                .containsEntry("name", "She said \"yes\"");
        assertThat(grammar.parse("/partner add name:X sector:food notes:\"C:\\temp\\new \\n 50\\50\"").options())
                .containsEntry("notes", "C:\\temp\\new \\n 50\\50");
        assertThat(grammar.parse("/partner add name:X sector:food notes:\"C:\\\"").options())
                .containsEntry("notes", "C:\\");
        assertThat(grammar.parse("/partner add name:\"C:\\\" sector:\"food\"").options())
                .containsEntry("name", "C:\\").containsEntry("sector", "food");
        assertThat(grammar.parse("/partner add name:X sector:\"\"").error()).contains("needs `sector:`");
        // a value shown back to retype keeps its quote typed as \"
        assertThat(grammar.parse("/partner add \"The \\\"Corner\\\" Café\" sector:food").error())
                .startsWith("Write each option as name:value: `/partner add name:\"The \\\"Corner\\\" Café\" "
                        + "sector:food`.");
    }

    @Test
    @DisplayName("an unclosed quote around a value is refused")
    void unclosed() {
        assertThat(grammar.parse("/partner add sector:food name:\"oops").error()).startsWith("A quote is not closed.");
    }

    /** /partner log and /coach tip, with a free-text option, a time and a number. */
    private final ConsoleGrammar logAndTip = new ConsoleGrammar(new CommandCatalogue(List.of(new Feature() {
        @Override
        public List<CommandSpec> commands() {
            return List.of(CommandSpec.group("partner", "Partners",
                            CommandSpec.leaf("log", "Log",
                                    OptionSpec.text("partner", "Partner").mandatory(),
                                    OptionSpec.text("what", "What").mandatory(),
                                    OptionSpec.text("when", "When")),
                            CommandSpec.leaf("edit", "Edit",
                                    OptionSpec.text("partner", "Partner").mandatory(),
                                    OptionSpec.text("contact", "Contact"),
                                    OptionSpec.text("notes", "Notes"))),
                    CommandSpec.group("coach", "Coaching",
                            CommandSpec.leaf("tip", "Tip", OptionSpec.text("number", "Number").mandatory())));
        }
    })));

    private String what(String line) {
        ConsoleGrammar.Parsed parsed = logAndTip.parse("/partner log partner:Eastside Food Bank what:" + line);
        assertThat(parsed.error()).as(line).isNull();
        assertThat(parsed.options()).containsEntry("partner", "Eastside Food Bank");
        return parsed.options().get("what");
    }

    @Test
    @DisplayName("a quote in the middle of a value stays as typed, where it was dropped; quotes group a value only "
            + "right after its option's name")
    void quoteInTheMiddleOfAValue() {
        assertThat(what("She said \"yes\" to a meeting")).isEqualTo("She said \"yes\" to a meeting");
        assertThat(what("Ordered 5\" pipes")).isEqualTo("Ordered 5\" pipes");
        assertThat(what("He said \"not yet")).isEqualTo("He said \"not yet");
        assertThat(what("Met at \"The Corner\"")).isEqualTo("Met at \"The Corner\"");
        // a value that goes on past its closing quote keeps its quotes: they were the value's
        assertThat(what("\"Yes\" was her answer")).isEqualTo("\"Yes\" was her answer");
        // as before: quotes right after the name keep a value together, \" or "" is a quote inside them
        assertThat(what("\"Asked about the partner: yes\"")).isEqualTo("Asked about the partner: yes");
        assertThat(what("\"She said \\\"yes\\\"\"")).isEqualTo("She said \"yes\"");
        assertThat(what("\"She said \"\"yes\"\"\"")).isEqualTo("She said \"yes\"");
        assertThat(what("Saved in C:\\notes\\new \\n")).isEqualTo("Saved in C:\\notes\\new \\n");
        assertThat(logAndTip.parse("/partner log partner:\"Eastside Food Bank\" what:\"Called\" when:\"today\"")
                .options()).containsEntry("partner", "Eastside Food Bank").containsEntry("what", "Called")
                .containsEntry("when", "today");
    }

    @Test
    @DisplayName("a word typed as an option the command does not have is refused, naming it, the command's options "
            + "and how to keep it as text, where it was read into the value before it")
    void unknownOptionInsideAValue() {
        assertThat(logAndTip.parse("/coach tip number:3 foo:bar").error()).isEqualTo("`/coach tip` has no option "
                + "`foo`. Usage: `/coach tip number:…`. If `foo:bar` is part of `number:`, put that value in quotes: "
                + "`number:\"3 foo:bar\"`.");
        // the value to quote runs on, as the grammar would read it, to the next of the command's options
        assertThat(logAndTip.parse("/partner log partner:Eastside what:Call Maria re:budget \"soon\" when:today")
                .error()).isEqualTo("`/partner log` has no option `re`. Usage: `/partner log partner:… what:… "
                + "[when:…]`. If `re:budget` is part of `what:`, put that value in quotes: "
                + "`what:\"Call Maria re:budget \\\"soon\\\"\"`.");
        assertThat(logAndTip.parse("/partner log partner:Eastside what:Call due_date:friday").error())
                .startsWith("`/partner log` has no option `due_date`.");
        assertThat(logAndTip.parse("/partner log partner:Eastside what:Call foo:\"bar baz\"").error())
                .startsWith("`/partner log` has no option `foo`.");
        // one of the command's options mistyped, in any case, is refused as before
        assertThat(logAndTip.parse("/partner edit partner:Eastside contact:Ana Note:call first").error())
                .isEqualTo("`/partner edit` has no option `note`. Usage: `/partner edit partner:… [contact:…] "
                        + "[notes:…]`");
        // and what the quotes keep together is the value's
        assertThat(what("\"Call foo:bar\"")).isEqualTo("Call foo:bar");
    }

    @Test
    @DisplayName("a capitalised word typed as an option the command does not have (Foo:bar) is refused as foo:bar is, "
            + "where it was read into the value before it; a label, a word in capitals or a colon and a space stay")
    void capitalisedUnknownOption() {
        assertThat(logAndTip.parse("/coach tip number:3 Foo:bar").error()).isEqualTo("`/coach tip` has no option "
                + "`foo`. Usage: `/coach tip number:…`. If `Foo:bar` is part of `number:`, put that value in quotes: "
                + "`number:\"3 Foo:bar\"`.");
        assertThat(logAndTip.parse("/partner log partner:Eastside what:Call Maria Due_date:friday when:today").error())
                .isEqualTo("`/partner log` has no option `due_date`. Usage: `/partner log partner:… what:… "
                        + "[when:…]`. If `Due_date:friday` is part of `what:`, put that value in quotes: "
                        + "`what:\"Call Maria Due_date:friday\"`.");
        // what is plainly the value's stays in it, as before
        assertThat(what("Note: call back Re: budget")).isEqualTo("Note: call back Re: budget");
        assertThat(what("Re:budget Fwd:agenda ID:1234 FYI:tbd at 10:30")).isEqualTo(
                "Re:budget Fwd:agenda ID:1234 FYI:tbd at 10:30");
        assertThat(what("\"Call Foo:bar\"")).isEqualTo("Call Foo:bar");
    }

    @Test
    @DisplayName("one of the command's options typed in another case (Number:3, WHAT:Call) is that option")
    void optionInAnotherCase() {
        assertThat(logAndTip.parse("/coach tip Number:3").options()).containsExactly(java.util.Map.entry("number",
                "3"));
        assertThat(logAndTip.parse("/partner log Partner:Eastside WHAT:Call Maria When:today").options())
                .containsEntry("partner", "Eastside").containsEntry("what", "Call Maria")
                .containsEntry("when", "today");
    }

    @Test
    @DisplayName("a colon that is plainly the value's stays in it: a time, a link, a word followed by a space, one "
            + "with a capital, a digit, an emoji or punctuation")
    void colonsThatStayInTheValue() {
        assertThat(logAndTip.parse("/partner log partner:Eastside when:tomorrow 10:30 what:Call").options())
                .containsEntry("when", "tomorrow 10:30").containsEntry("what", "Call");
        assertThat(what("See https://clinic.example/a:b, mailto:ana@clinic.org or tel:+15551234"))
                .isEqualTo("See https://clinic.example/a:b, mailto:ana@clinic.org or tel:+15551234");
        assertThat(what("Call Maria re: budget")).isEqualTo("Call Maria re: budget");
        assertThat(what("Note: call back")).isEqualTo("Note: call back");
        assertThat(what("Re:budget ID:1234 Q3:done 3:1 🌮:yes (fyi:tbd) Café:ouvert"))
                .isEqualTo("Re:budget ID:1234 Q3:done 3:1 🌮:yes (fyi:tbd) Café:ouvert");
        // a word near notes: with a space after its colon is a label too, where the command has notes:
        assertThat(logAndTip.parse("/partner edit partner:Eastside contact:Ana Note: call back").options())
                .containsEntry("contact", "Ana Note: call back");
    }

    @Test
    @DisplayName("a subcommand with a letter left out or two swapped (/coach progess, /partner lsit) is offered first, "
            + "where /coach progess was offered /coach start and /coach tip")
    void typoInASubcommand() {
        ConsoleGrammar coach = new ConsoleGrammar(new CommandCatalogue(List.of(new Feature() {
            @Override
            public List<CommandSpec> commands() {
                return List.of(CommandSpec.group("coach", "Coaching", CommandSpec.leaf("start", "Start"),
                                CommandSpec.leaf("tip", "Tip"), CommandSpec.leaf("progress", "Progress"),
                                CommandSpec.leaf("answers", "Answers")),
                        CommandSpec.group("partner", "Partners", CommandSpec.leaf("add", "Add"),
                                CommandSpec.leaf("list", "List"), CommandSpec.leaf("show", "Show"),
                                CommandSpec.leaf("know", "Know")));
            }
        })));

        assertThat(coach.parse("/coach progess").error()).startsWith("I don't know `/coach progess`. Try: "
                + "`/coach progress`");
        assertThat(coach.parse("/coach strat").error()).startsWith("I don't know `/coach strat`. Try: `/coach start`");
        assertThat(coach.parse("/partner lsit").error()).startsWith("I don't know `/partner lsit`. Try: "
                + "`/partner list`");
        assertThat(coach.parse("/partner shwo").error()).startsWith("I don't know `/partner shwo`. Try: "
                + "`/partner show`");
        assertThat(coach.parse("/parnter add").error()).startsWith("I don't know `/parnter add`. Try: `/partner add`");
        // a word far from every command still offers nothing
        assertThat(coach.parse("/frobnicate").error()).isEqualTo("I don't know `/frobnicate`. `:help` lists every "
                + "command.");
    }
}
