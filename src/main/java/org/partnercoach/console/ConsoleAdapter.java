package org.partnercoach.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnercoach.PartnerCoach;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Slips;
import org.partnercoach.chat.Surface;
import org.partnercoach.sessions.SessionFeature;

/**
 * The bot in a terminal: the same conversations as on Discord, in one local server, without a token.
 *
 * <p>Grammar: {@code /command sub name:value name:"two words"} runs a slash command; {@code #1} or
 * {@code #answer} presses a button of the bot's last message; a form asks its fields one line at a time
 * ({@code \n} for a line break, {@code :cancel} to close it); {@code :user NAME} acts as another member;
 * {@code :coordinator NAME} / {@code :member NAME} give or take the coordinator role; {@code :advance 3d} moves
 * the clock (m, h, d, w), running due work at each moment on the way; {@code :help}; {@code :quit}. Console commands
 * work inside a form too (closing it); {@code ::} starts a line with a literal colon, {@code //} with a literal
 * slash. Any other
 * line is a message typed to the bot in a DM, or after {@code :in #thread} in that thread. Lines starting with "# "
 * are comments.
 */
public final class ConsoleAdapter {

    /**
     * {@code 30m}, {@code 2h}, {@code 3d}, {@code 1w}, {@code 1mo}, {@code 1y}, or the unit in words ({@code 1 week},
     * {@code 2 days}, {@code 1 month}, {@code 1 year}). Months come before minutes: "1 month" is not "1 m" and "onth".
     */
    private static final Pattern ADVANCE = Pattern.compile(
            "(\\d+)\\s*(months?|mos?|minutes?|mins?|m|hours?|h|days?|d|weeks?|w|years?|yrs?|y)");
    /** The furthest one {@code :advance} goes: a year, which walks quickly; more is said again to go further. */
    private static final Duration ADVANCE_AT_MOST = Duration.ofDays(366);

    /**
     * The console's own words, each with what it does, as a line that names one with a slash ({@code /quit}) or
     * mistyped ({@code :usr}) is told; {@code :exit} and {@code :q} stop it too.
     */
    private static final Map<String, String> CONSOLE_WORDS = Map.ofEntries(
            Map.entry("quit", "to stop the console"), Map.entry("exit", "to stop the console"),
            Map.entry("user", "to act as another member"),
            Map.entry("coordinator", "to make a member a coordinator"),
            Map.entry("member", "to make a member a plain member again"),
            Map.entry("leave", "to have a member leave the server for this run"),
            Map.entry("advance", "to move the clock forward"),
            Map.entry("in", "to run commands in a thread the bot opened"),
            Map.entry("help", "to see the console's grammar and every command"),
            Map.entry("cancel", "to close a form"));

    private final BufferedReader in;
    private final PrintStream out;
    private final boolean echo;
    private final ConsoleMembers members;
    private final ConsolePrinter printer;
    private final MovableClock clock;
    private final PartnerCoach app;
    private final ConsoleGrammar grammar;
    private String user;
    /** Where commands run: #general, or a thread after {@code :in NAME}. */
    private long commandChannel = ConsoleMembers.GENERAL_CHANNEL;
    /** The channel of the message whose button was pressed last (a form answered from it acts there too). */
    private long actingChannel = ConsoleMembers.GENERAL_CHANNEL;
    /** A {@code :quit} typed inside a form. */
    private boolean stopped;
    /** Lines typed in a thread reach the bot ({@code sessions.typedAnswers}), as on Discord. */
    private final boolean threadLinesRead;
    private final ConsoleClock keptClock;
    /** Where an earlier run's {@code :advance} left the clock, which this run goes on from. */
    private Optional<Instant> resumedAt = Optional.empty();

    private ConsoleAdapter(BufferedReader in, PrintStream out, boolean echo, ConsoleMembers members,
                           ConsolePrinter printer, MovableClock clock, PartnerCoach app, boolean threadLinesRead) {
        this.threadLinesRead = threadLinesRead;
        this.keptClock = new ConsoleClock(app.database(), clock);
        this.in = in;
        this.out = out;
        this.echo = echo;
        this.members = members;
        this.printer = printer;
        this.clock = clock;
        this.app = app;
        this.grammar = new ConsoleGrammar(app.router().catalogue());
        this.user = members.owner();
    }

    /**
     * Builds the console and the bot behind it.
     *
     * @param serverName the name of the console's one server ({@code console.serverName}), which its DMs show
     * @param assemble builds the bot with the console's messenger (the composition root)
     * @param echo     print each input line before the bot's answer (scripts and piped input)
     * @param threadLinesRead lines typed in a thread reach the bot ({@code sessions.typedAnswers}); without it
     *                 Discord does not pass them on, and neither does the console
     */
    public static ConsoleAdapter create(BufferedReader in, PrintStream out, boolean echo, String ownerName,
                                       String serverName, Path outputDirectory, MovableClock clock,
                                       boolean threadLinesRead,
                                       Function<Messenger, PartnerCoach> assemble) {
        ConsoleMembers members = new ConsoleMembers(ownerName);
        ConsolePrinter printer = new ConsolePrinter(out, outputDirectory, clock, members);
        ConsoleAdapter[] self = new ConsoleAdapter[1];
        ConsoleMessenger messenger = new ConsoleMessenger(printer, members, serverName,
                () -> self[0] == null ? ConsoleMembers.idOf(ownerName) : ConsoleMembers.idOf(self[0].user));
        PartnerCoach app = assemble.apply(messenger);
        members.keepIn(app.database());
        printer.keepIn(app.database());
        printer.zonesFrom(id -> app.settings().memberZone(ConsoleMembers.GUILD_ID, id),
                () -> app.settings().of(ConsoleMembers.GUILD_ID).zone());
        self[0] = new ConsoleAdapter(in, out, echo, members, printer, clock, app, threadLinesRead);
        // the clock is set now; said when the console opens, so a start refused meanwhile prints nothing
        self[0].resumedAt = self[0].keptClock.resume();
        // "Up for" counts from this run's start on the console's clock, not from before it went on
        app.uptime().startsNow();
        return self[0];
    }

    public PartnerCoach app() {
        return app;
    }

    /** Reads and answers lines until {@code :quit} or the end of input. */
    public void run() {
        resumedAt.ifPresent(at -> printer.note("the clock goes on from where an earlier run left it, "
                + shown(at)));
        if (!echo) {
            printer.line("Partner Coach (local console). You are " + user + ", the owner of this server. "
                    + "Try /coach start, or :help.");
        }
        // work that fell due while the bot was not running goes out once, now
        app.scheduler().runDue();
        String line;
        try {
            while (!stopped && (line = readLine()) != null) {
                if (line.isBlank() || line.startsWith("# ")) {
                    continue;
                }
                if (echo) {
                    printer.line("you (" + user + ")> " + line);
                }
                if (!handle(line.strip())) {
                    break;
                }
            }
        } finally {
            if (clock.moved()) {
                // where the clock stands at the end, not where :advance left it: what members did after it has
                // that later time, and a next run starting before it would see it as still to come
                try {
                    keptClock.keep();
                } catch (RuntimeException closedMeanwhile) {
                    // stopping with the database already closed: the next run goes on from the last :advance
                }
            }
        }
    }

    /** Answers one line; false when the console should stop. */
    boolean handle(String line) {
        if (line.startsWith(":") && !line.startsWith("::")) {
            return meta(line);
        }
        if (line.startsWith("::") || line.startsWith("//") || line.startsWith("##")) {
            typed(unescape(line.substring(1)));
        } else if (line.equals("#")) {
            // a button press with its number left off: not an answer to keep (or refuse) in a DM
            printer.note("say which button: #1, or its label, as in #answer");
        } else if (line.startsWith("#") && line.length() > 1) {
            press(line.substring(1));
        } else if (line.startsWith("/")) {
            command(line);
        } else if (!buttonNumberAlone(line)) {
            typed(unescape(line));
        }
        // what the line queued (an introduction request's DMs, a handover notice) goes out now, after the reply,
        // as the scheduler's next poll would send it on Discord
        app.scheduler().runDue();
        return true;
    }

    /**
     * A line that is only the number of a button on this member's screen ({@code 1}, {@code [1]}), as the buttons are
     * listed: someone new to the console pressing it, not an answer. Said, and not sent; true when it was one.
     */
    private boolean buttonNumberAlone(String line) {
        Matcher number = Pattern.compile("\\[?(\\d{1,2})]?").matcher(line);
        if (!number.matches()) {
            return false;
        }
        long thread = members.isThread(commandChannel) ? commandChannel : 0;
        var choice = printer.choice(number.group(1), members.add(user), thread);
        choice.ifPresent(button -> printer.note("nothing was sent: to press [" + number.group(1) + "] " + button.label()
                + ", type #" + number.group(1) + (button.isSelect() ? "" : " (or its label, #"
                + button.label().toLowerCase(Locale.ROOT) + ")") + "; to send “" + line + "” to the bot as a message, "
                + "write a word with it"));
        return choice.isPresent();
    }

    /**
     * A typed line: a DM to the bot, or after {@code :in #thread} a message in that thread, which the bot reads as
     * it would on Discord: only with {@code sessions.typedAnswers}, as a group session's answer, with no reply (the
     * first line a member types after the session ended gets a note in the thread, from the outbox).
     */
    private void typed(String text) {
        if (!members.isThread(commandChannel)) {
            show(app.router().handle(new Inbound.TypedMessage(caller(Surface.DM), text)), Surface.DM);
            if (text.strip().toLowerCase(Locale.ROOT).matches("(quit|exit|q)[.!]*")) {
                // a message to the bot, as on Discord; someone who meant to leave the console is told how
                printer.note("to stop the console, type :quit");
            }
            return;
        }
        actingChannel = commandChannel;
        String thread = "#" + members.channelName(commandChannel);
        if (!threadLinesRead) {
            // without the Message Content intent Discord does not pass a server's messages to the bot at all
            printer.note("posted in " + thread + " for the group to read; the bot does not read lines typed in a "
                    + "thread (sessions.typedAnswers is false in config/partner-coach.yml): #answer answers the "
                    + "question; :in #general to type a DM to the bot");
            return;
        }
        // "@bea" typed there names her, as a member picked after "@" on Discord does
        String line = members.withMentions(text);
        Caller typist = caller(Surface.THREAD);
        Reply reply = app.router().handle(new Inbound.TypedMessage(typist, line));
        if (reply.plainText().isBlank() && reply.rows().isEmpty() && reply.files().isEmpty()) {
            // Discord shows no answer to such a line: the note says what became of it
            printer.note(quietNote(thread, app.sessions().quietLine(ConsoleMembers.GUILD_ID, commandChannel,
                    typist.userId(), line)));
        } else {
            // on Discord the bot's answer to a thread line is a message in the thread
            show(reply.inPublic(), Surface.THREAD);
        }
    }

    /** The console's note on a line typed in {@code thread} that the bot did not answer: what became of it. */
    private static String quietNote(String thread, SessionFeature.QuietLine fate) {
        String dm = "; :in #general to type a DM to the bot";
        String unanswered = "; the bot does not reply to it: ";
        return "posted in " + thread + switch (fate) {
            case ADDED -> unanswered + "an open session adds it to your answer to the current question, and the count "
                    + "under the question shows it" + dm;
            case TOO_LONG_TOLD -> " for the group to read; it would take your answer to the current question past what "
                    + "one answer holds, so it is not added: the bot's note in the thread says so, with what to do";
            case MENTIONS_ONLY -> unanswered + "it only names people (with a letter or two at most), so it is not "
                    + "added to your answer (a line with words of your own is)" + dm;
            case NO_WORDS -> unanswered + "it has no words (an emoji or punctuation alone), so it is not added to your "
                    + "answer" + dm;
            case SESSION_ENDED_TOLD -> " for the group to read; its session has ended, so it is not kept as an "
                    + "answer: the bot's note in the thread says so, once (your later lines there get no reply)";
            case SESSION_ENDED -> " for the group to read; its session has ended, so the bot does not keep it as an "
                    + "answer, nor reply (it says so once, at your first line with words after the end): /session "
                    + "answers changes your answers, and :in #general then /session start begins a new session";
            case NOT_READ -> " for the group to read; the bot does not reply to it" + dm;
        };
    }

    /** A name typed in quotes, as a command's option may have it ({@code :user "Ana López"}), without them. */
    private static String unquoted(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1).strip() : name;
    }

    private boolean meta(String line) {
        String[] parts = line.split("\\s+", 2);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        // a member named as in a command option (member:@bea, member:"Ana López") is the same member
        String who = unquoted(arg.replaceFirst("^@", "").strip()).replaceFirst("^@", "").strip();
        switch (parts[0].toLowerCase(Locale.ROOT)) {
            case ":quit", ":exit", ":q" -> {
                return false;
            }
            case ":user" -> {
                if (who.isEmpty()) {
                    printer.note("say who: :user NAME");
                } else if (tooLong(who)) {
                    return true;
                } else if (ConsoleMembers.isBot(who)) {
                    printer.note(who + " is the bot itself, not a member: :user NAME acts as a member, as in :user bea");
                } else if (members.hasLeft(ConsoleMembers.idOf(who))) {
                    // on Discord someone who left cannot use the server's commands
                    printer.note(who + " has left the server for this run; :member " + who + " brings them back");
                } else {
                    members.add(who);
                    user = who;
                    printer.note("you are now " + user + (members.isCoordinator(user) ? " (coordinator)" : ""));
                }
            }
            case ":coordinator", ":member" -> role(parts[0].equalsIgnoreCase(":coordinator"), who);
            case ":leave" -> leave(who);
            case ":advance" -> advance(arg);
            case ":in" -> in(arg);
            case ":help" -> printer.line(help());
            // inside a form :cancel closes it (fillIn); here there is none
            case ":cancel" -> printer.note("no form is open: :cancel closes one while the bot asks its fields");
            default -> printer.note(meant(parts[0].substring(1).toLowerCase(Locale.ROOT))
                    .map(word -> "unknown console word " + parts[0] + ": did you mean :" + word + "? :help lists them")
                    .orElse("unknown console word " + parts[0] + "; :help lists them"));
        }
        return true;
    }

    /**
     * The console word a mistyped one most likely meant: one it begins ({@code :h}, {@code :adv}) when only one does,
     * else one a slip or two of the keys away ({@code :usr}, {@code :advnace}); none for a word far from all of them.
     */
    private static Optional<String> meant(String typed) {
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        List<String> begun = CONSOLE_WORDS.keySet().stream().filter(w -> w.startsWith(typed) && !w.equals("exit"))
                .toList();
        if (begun.size() == 1) {
            return Optional.of(begun.get(0));
        }
        int allowed = typed.length() < 4 ? 1 : 2;
        return CONSOLE_WORDS.keySet().stream().filter(w -> !w.equals(typed))
                .filter(w -> Slips.between(typed, w, 40) <= allowed)
                .min(java.util.Comparator.comparingInt((String w) -> Slips.between(typed, w, 40))
                        .thenComparing(w -> w));
    }

    /**
     * A console word typed with a slash, as one of the bot's commands is ({@code /quit}, {@code /user bea}): what to
     * type instead, with its colon; empty when the line names one of the bot's commands.
     */
    private Optional<String> consoleWordWithASlash(String line) {
        String[] words = line.substring(1).strip().split("\\s+", 2);
        String word = words[0].toLowerCase(Locale.ROOT);
        if (isCommand(line) || !CONSOLE_WORDS.containsKey(word)) {
            return Optional.empty();
        }
        String typed = ":" + word + (words.length > 1 ? " " + words[1] : "");
        return Optional.of("/" + word + " is a console word: type " + typed + ", with a colon, "
                + CONSOLE_WORDS.get(word));
    }

    /**
     * {@code :in #thread-name} runs the next commands in a thread the bot opened; {@code :in #general} leaves it;
     * {@code :in} alone says where they run now, and moves nowhere.
     */
    private void in(String arg) {
        if (arg.isEmpty()) {
            boolean inThread = members.isThread(commandChannel);
            List<String> threads = members.threadNames();
            String example = inThread ? "#general" : threads.isEmpty() ? "#thread-name" : "#" + threads.get(0);
            printer.note("you are in #" + members.channelName(commandChannel) + ": commands run here, and a line "
                    + "you type is " + (inThread ? "posted here" : "a DM to the bot") + "; to move, type :in and a "
                    + "channel, as in :in " + example);
            return;
        }
        if (arg.replaceFirst("^#", "").equalsIgnoreCase("general")) {
            commandChannel = ConsoleMembers.GENERAL_CHANNEL;
            printer.note("commands now run in #general, and a line you type is a DM to the bot");
            return;
        }
        ConsoleMembers.ThreadMatch match = members.thread(arg);
        if (!match.couldBe().isEmpty()) {
            List<String> names = match.couldBe().stream().map(n -> "#" + n).toList();
            printer.note(arg + " could be " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
                    + names.get(names.size() - 1) + "; type more of its name, for example :in "
                    + names.get(names.size() - 1));
            return;
        }
        long thread = match.id();
        if (thread == 0) {
            List<String> names = members.threadNames();
            printer.note("no thread named " + arg + (names.isEmpty()
                    ? "; the bot names its threads when it opens them (`/session start` opens one)"
                    : "; the bot's threads: " + names.stream().map(n -> "#" + n).collect(Collectors.joining(", "))));
            return;
        }
        commandChannel = thread;
        printer.note("commands now run in #" + members.channelName(thread) + ", and a line you type is posted there;"
                + " :in #general goes back");
    }

    /**
     * A member's name the console does not take, said, and nothing is done: longer than it keeps, or "everyone" and
     * "here", which on Discord are everyone in the server (@everyone), never one member's name.
     */
    private boolean tooLong(String name) {
        if (name.equalsIgnoreCase("everyone") || name.equalsIgnoreCase("here")) {
            printer.note("@" + name + " is everyone in the server, not one member; name one person, as in @bea");
            return true;
        }
        if (name.length() <= org.partnercoach.config.AppConfig.CONSOLE_NAME) {
            return false;
        }
        printer.note("a member's name is at most " + org.partnercoach.config.AppConfig.CONSOLE_NAME
                + " characters" + Count.emojiCounted(name) + "; try a shorter one");
        return true;
    }

    private void role(boolean coordinator, String name) {
        if (tooLong(name)) {
            return;
        }
        if (name.isEmpty()) {
            printer.note("say who: " + (coordinator ? ":coordinator NAME" : ":member NAME"));
        } else if (!members.setCoordinator(name, coordinator)) {
            printer.note(members.owner() + " owns this server and stays its coordinator");
        } else {
            printer.note(name + (coordinator ? " is now a coordinator" : " is now a member (not a coordinator)"));
        }
    }

    private void leave(String name) {
        if (name.isEmpty()) {
            printer.note("say who: :leave NAME");
        } else if (!tooLong(name)) {
            if (!members.leave(name)) {
                printer.note(members.owner() + " owns this server and stays in it");
                return;
            }
            printer.note(name + " has left the server for this run (the next run starts with everyone in it); :member "
                    + name + " brings them back now");
            // one who has left cannot act: the console no longer types as them, but as its owner, who never leaves
            if (ConsoleMembers.idOf(name) == ConsoleMembers.idOf(user)) {
                user = members.owner();
                printer.note("you are now " + user + " (coordinator)");
            }
        }
    }

    private void advance(String arg) {
        if (arg.startsWith("-")) {
            printer.note("the console's clock only moves forward, as time does: :advance 1d moves it a day on; nothing "
                    + "moved");
            return;
        }
        Matcher m = ADVANCE.matcher(arg.toLowerCase(Locale.ROOT));
        Duration total = Duration.ZERO;
        long years = 0;
        long months = 0;
        int end = 0;
        boolean tooFar = false;
        while (m.find() && m.start() == end) {
            // a number of more than nine digits is far past a year in any unit (and past what a long holds)
            tooFar |= m.group(1).replaceFirst("^0+", "").length() > 9;
            long n = tooFar ? 0 : Long.parseLong(m.group(1));
            if (m.group(2).charAt(0) == 'y') {
                years += n;
                tooFar |= years > 1;
                n = 0;
            } else if (m.group(2).startsWith("mo")) {
                months += n;
                tooFar |= months > 12;
                n = 0;
            }
            total = total.plus(switch (m.group(2).charAt(0)) {
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'w' -> Duration.ofDays(7 * n);
                default -> Duration.ofDays(n);
            });
            end = m.end();
            while (end < arg.length() && arg.charAt(end) == ' ') {
                end++;
            }
        }
        if (years + months > 0 && !tooFar) {
            // months and a year on the calendar: the same day and hour that many months on (a year: 365 or 366 days)
            Instant now = clock.instant();
            total = total.plus(Duration.between(now, now.atZone(ZoneOffset.UTC).plusMonths(12 * years + months)
                    .toInstant()));
        }
        if ((total.isZero() && years + months == 0 && !tooFar) || end != arg.strip().length()) {
            printer.note("say how far: :advance 30m, :advance 2h, :advance 3d, :advance 1w, :advance 1 month");
            return;
        }
        if (tooFar || total.compareTo(ADVANCE_AT_MOST) > 0) {
            printer.note(":advance goes at most a year at a time (:advance 1y, :advance 52w, or :advance 366d); the clock did not "
                    + "move. Say it again to go further");
            return;
        }
        Instant target = clock.instant().plus(total);
        printer.note("the clock moved forward " + arg.strip() + ", to " + shown(target));
        int sent = ClockWalk.walkTo(clock, app.scheduler(), target);
        keptClock.keep();
        if (sent == 0) {
            printer.note("nothing to send right now");
        }
    }

    /** "2027-01-10 09:03 UTC" */
    private static String shown(Instant at) {
        return at.toString().replace('T', ' ').replaceFirst(":\\d\\d(\\.\\d+)?Z$", " UTC");
    }

    private void command(String line) {
        Optional<String> consoleWord = consoleWordWithASlash(line);
        if (consoleWord.isPresent()) {
            printer.note(consoleWord.get());
            return;
        }
        ConsoleGrammar.Parsed parsed = grammar.parse(line, members.isCoordinator(user));
        if (!parsed.ok()) {
            // on Discord a line that names none of the bot's commands is sent as a message: here // sends it so
            String error = isCommand(line) || line.length() == 1 ? parsed.error() + aButtonHere(line)
                    : parsed.error() + " " + (line.length() <= 80 && !line.contains("`")
                    ? "To send it to me as a message instead, start it with two slashes: `/" + line + "`."
                    : "To send it to me as a message instead, type it again starting with two slashes (//).");
            printer.print("only you", Reply.text(error), Surface.SERVER, members.add(user), 0);
            return;
        }
        CommandSpec leaf = app.router().catalogue().leaf(parsed.path()).orElseThrow();
        if (parsed.options().entrySet().stream().anyMatch(o -> nameTooLong(leaf, o.getKey(), o.getValue()))) {
            return;
        }
        Map<String, String> options = new LinkedHashMap<>();
        parsed.options().forEach((name, value) -> options.put(name, optionValue(leaf, name, value)));
        // as Discord says with a command which members it names are no longer in the server
        Map<Long, String> outsiders = new LinkedHashMap<>();
        leaf.options().stream().filter(o -> o.type() == OptionSpec.Type.USER && options.containsKey(o.name()))
                .map(o -> Long.parseLong(options.get(o.name()))).filter(members::hasLeft)
                .forEach(id -> outsiders.put(id, members.nameOf(id)));
        // as Discord marks the bot's own user, picked in a member option, as a bot account
        java.util.Set<Long> bots = options.containsValue(String.valueOf(ConsoleMembers.BOT_ID))
                ? java.util.Set.of(ConsoleMembers.BOT_ID) : java.util.Set.of();
        actingChannel = commandChannel;
        Surface surface = members.isThread(commandChannel) ? Surface.THREAD : Surface.SERVER;
        show(app.router().handle(new Inbound.Command(caller(surface), parsed.path(), options,
                java.util.Set.of(), bots, outsiders)), surface);
    }

    /**
     * A member, channel or role named in an option longer than the console keeps (as on Discord, at most 100
     * characters), a member, channel or role not named at all, @everyone given as a member, or a true/false option
     * given something else: said, and the command is not run.
     */
    private boolean nameTooLong(CommandSpec leaf, String name, String value) {
        OptionSpec.Type type = leaf.options().stream().filter(o -> o.name().equals(name)).findFirst()
                .map(OptionSpec::type).orElse(OptionSpec.Type.TEXT);
        if (type == OptionSpec.Type.USER) {
            String member = value.strip().replaceFirst("^@", "").strip();
            if (member.isEmpty()) {
                printer.note("name the member after " + name + ":, as in " + name + ":@bea; nothing was run");
                return true;
            }
            return tooLong(member);
        }
        if (type == OptionSpec.Type.ROLE) {
            String role = value.strip().replaceFirst("^@", "");
            if (role.isBlank() || role.length() > org.partnercoach.config.AppConfig.CONSOLE_NAME) {
                // Discord offers a list of roles; here the role is named, so a missing or too long name is said here
                printer.note("name the role after " + name + ":, as in " + name + ":@Helpers, in at most "
                        + org.partnercoach.config.AppConfig.CONSOLE_NAME + " characters; nothing was changed");
                return true;
            }
            return false;
        }
        if (type == OptionSpec.Type.BOOLEAN && flag(value) == null) {
            // Discord offers True and False; here it is typed, and anything else would quietly count as false
            printer.note(name + ": takes true or false (or yes or no), as in " + name + ":true; nothing was run");
            return true;
        }
        if (type == OptionSpec.Type.CHANNEL && value.strip().replaceFirst("^#", "").isBlank()) {
            printer.note("name the channel after " + name + ":, as in " + name + ":#reminders; nothing was run");
            return true;
        }
        if (type == OptionSpec.Type.CHANNEL
                && value.strip().replaceFirst("^#", "").length() > org.partnercoach.config.AppConfig.CONSOLE_NAME) {
            printer.note("a channel's name is at most " + org.partnercoach.config.AppConfig.CONSOLE_NAME
                    + " characters; try a shorter one");
            return true;
        }
        return false;
    }

    /** A true/false option as Discord sends it ("true", "false"), from what was typed; null when it is neither. */
    private static String flag(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> "true";
            case "false", "no" -> "false";
            default -> null;
        };
    }

    /** Members, channels and roles are named in the console; the bot sees ids, as on Discord. */
    private String optionValue(CommandSpec leaf, String name, String value) {
        OptionSpec.Type type = leaf.options().stream().filter(o -> o.name().equals(name)).findFirst()
                .map(OptionSpec::type).orElse(OptionSpec.Type.TEXT);
        return switch (type) {
            case USER -> {
                String who = value.replaceFirst("^@", "");
                if (ConsoleMembers.isBot(who)) {
                    yield String.valueOf(ConsoleMembers.BOT_ID);
                }
                members.add(who);
                yield String.valueOf(ConsoleMembers.idOf(who));
            }
            case CHANNEL -> String.valueOf(members.channel(value));
            case ROLE -> String.valueOf(members.role(value));
            case BOOLEAN -> flag(value);
            default -> unescape(value);
        };
    }

    private void press(String reference) {
        long me = members.add(user);
        long thread = members.isThread(commandChannel) ? commandChannel : 0;
        var choice = printer.choice(reference, me, thread);
        if (choice.isEmpty()) {
            printer.note(nothingToPress(reference, me, thread));
            return;
        }
        actingChannel = choice.get().channelId() != 0 ? choice.get().channelId() : ConsoleMembers.GENERAL_CHANNEL;
        Caller caller = caller(choice.get().surface());
        Inbound event = choice.get().isSelect()
                ? new Inbound.Selection(caller, choice.get().id(), java.util.List.of(choice.get().value()))
                : new Inbound.ButtonPress(caller, choice.get().id());
        Reply reply = app.router().handle(event);
        show(reply, choice.get().surface());
        if (reply.update() && !reply.isForm()) {
            // the reply took the place of the message pressed: its buttons are gone (any the reply has are its own)
            printer.replaced();
        }
    }

    /**
     * Why {@code #reference} pressed nothing, and what to do instead: the buttons there are; once a reply took the
     * place of the newest message with buttons, those still on screen above, by label (a number counts the newest
     * one's); with none at all, how to see them again.
     */
    private String nothingToPress(String reference, long me, long thread) {
        String in = thread != 0 ? " in #" + members.channelName(thread) : "";
        // a walk in the DMs has no Answer button: a line typed is the answer
        String typed = thread == 0 && reference.strip().toLowerCase(Locale.ROOT).startsWith("answer")
                ? "; in a walk in your DMs, type your answer as a line instead" : "";
        boolean takenAway = printer.buttonsTakenAway(me, thread);
        if (!printer.hasChoices(me, thread)) {
            return "the last message " + user + " saw has no buttons" + in + (takenAway ? " now: the reply that took "
                    + "its place took them away, as on Discord" : "") + "; to press one, run again the command that "
                    + "shows it" + (thread != 0 ? "" : " (`/coach start` shows your walk's question and its **Answer**)")
                    + typed;
        }
        if (takenAway) {
            return "no button " + reference + " on the last message " + user + " saw" + in + ": the reply that took its "
                    + "place took its buttons away, as on Discord; buttons still on screen above, to press by label: "
                    + printer.pressableAbove(me, thread, 8) + typed;
        }
        return "no button " + reference + " on the last message " + user + " saw; its buttons: "
                + printer.pressable(me, thread, 8);
    }

    private void show(Reply reply, Surface surface) {
        if (reply.isForm()) {
            fillIn(reply.form(), surface);
            return;
        }
        String where = where(reply, surface);
        // a public reply is in the channel of the message pressed (a reminder's post in #reminders): its buttons act
        // there, and it is named so when pressed again
        boolean inChannel = where.startsWith("#");
        printer.print(where, reply, surface, inChannel ? ConsolePrinter.EVERYONE : members.add(user),
                inChannel || surface == Surface.THREAD ? actingChannel : 0);
    }

    /** Asks a form's fields one line at a time, then sends it. */
    private void fillIn(Form form, Surface surface) {
        printer.line("bot (form)> " + form.title() + " — answer each field on one line (\\n for a new line, "
                + ":cancel to close, :: to start with a colon, ## with a #)");
        Map<String, String> values = new LinkedHashMap<>();
        for (Form.Input input : form.inputs()) {
            String value = null;
            // what an empty line keeps: the pre-filled text, or the part of a too long line that fits the field
            String kept = input.value();
            while (value == null) {
                StringBuilder prompt = new StringBuilder("form> ").append(input.label());
                if (!input.required()) {
                    prompt.append(" (optional)");
                }
                if (kept != null) {
                    prompt.append(" [now: ").append(org.partnercoach.chat.Limits.clip(
                            kept.replace("\n", "\\n"), 200)).append("; empty keeps it]");
                }
                printer.line(prompt.toString());
                String line = readFormLine();
                if (line == null) {
                    printer.note("form closed; nothing was sent");
                    return;
                }
                if (echo) {
                    printer.line("you (" + user + ")> " + line);
                }
                String stripped = line.strip();
                if (stripped.startsWith(":") && !stripped.startsWith("::")) {
                    // console commands always work: the form closes and the command runs
                    printer.note("form closed; nothing was sent");
                    if (!stripped.equalsIgnoreCase(":cancel") && !meta(stripped)) {
                        stopped = true;
                    }
                    return;
                }
                Optional<String> consoleWord = stripped.startsWith("/") ? consoleWordWithASlash(stripped)
                        : Optional.empty();
                if (consoleWord.isPresent()) {
                    // "/cancel" meant to close the form, not to be the answer: said, and the field asked again
                    printer.note(consoleWord.get() + "; the field still waits");
                    continue;
                }
                if (isCommand(stripped) || pressesAButton(stripped)) {
                    // a slash command or a button is not an answer: on Discord the form would be closed to use it
                    printer.note("form closed; nothing was sent");
                    handle(stripped);
                    return;
                }
                if (stripped.startsWith("::") || stripped.startsWith("//") || stripped.startsWith("##")) {
                    line = stripped.substring(1);
                }
                if (line.isBlank() && kept != null) {
                    value = kept;
                } else if (line.isBlank() && input.required()) {
                    printer.note("this field is needed; type something, or :cancel");
                } else if (unescape(line).length() > input.maxLength()) {
                    kept = tooLongForField(unescape(line), input.maxLength());
                } else {
                    value = unescape(line);
                }
            }
            values.put(input.id(), value);
        }
        show(app.router().handle(new Inbound.ModalSubmit(caller(surface), form.id(), values)), surface);
    }

    /**
     * A line longer than its field takes: Discord's form stops at the field's length and never loses what was typed,
     * so the console does not send it either, says so, and keeps the part that fits for an empty line to take; the
     * words past the limit are printed back whole, to shorten and type again. Returns the part that fits.
     */
    private String tooLongForField(String text, int max) {
        int cut = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        String fits = text.substring(0, cut);
        String rest = text.substring(cut);
        printer.note("this field takes at most " + Count.number(max) + " characters (Discord's "
                + "form stops there) and yours has " + Count.number(text.length())
                + Count.emojiCounted(text) + "; nothing was sent. An empty line keeps the first "
                + Count.number(cut)
                + ", up to “" + tail(fits, 40) + "”; or type it again shorter, or :cancel. The "
                + Count.number(rest.length()) + " characters that do not fit:");
        printer.line(rest.replace("\n", "\\n"));
        return fits;
    }

    /** The last {@code n} characters of {@code text}, after "…" when there is more before them. */
    private static String tail(String text, int n) {
        if (text.length() <= n) {
            return text.replace("\n", "\\n");
        }
        int from = text.length() - n;
        if (Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return "…" + text.substring(from).replace("\n", "\\n");
    }

    /**
     * {@code #2} or {@code #Answer 2} naming a button on this member's screen, as a press outside a form would: in a
     * form it closes the form and presses it. Any other line starting with "#" ({@code #1 priority: food}) stays an
     * answer, and {@code ##} starts one with a "#" whatever follows.
     */
    private boolean pressesAButton(String line) {
        if (!line.startsWith("#") || line.startsWith("##") || line.length() == 1) {
            return false;
        }
        long thread = members.isThread(commandChannel) ? commandChannel : 0;
        return printer.choice(line.substring(1), members.add(user), thread).isPresent();
    }

    /**
     * For a command that does not exist, whose words after its first name a button on this member's screen
     * ({@code /session next} in a session's thread, where Discord has **Next question** under the question): how to
     * press it. Empty otherwise.
     */
    private String aButtonHere(String line) {
        String[] words = line.substring(1).strip().split("\\s+", 2);
        if (words.length < 2 || words[1].contains(":") || words[1].matches("\\[?\\d+]?")) {
            return "";
        }
        long thread = members.isThread(commandChannel) ? commandChannel : 0;
        String named = words[1].toLowerCase(Locale.ROOT);
        // a whole word of its label ("next", "end"), not a letter or two of one ("/coach a" is no press of Answer)
        return printer.choice(named, members.add(user), thread).filter(c -> !c.isSelect()
                        && List.of(c.label().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).contains(named))
                .map(c -> " **" + c.label() + "** is a button here: type `#" + named + "` to press it.").orElse("");
    }

    /** {@code /name ...} where name is one of the bot's commands: {@code /2 days} or {@code /-)} stays an answer. */
    private boolean isCommand(String line) {
        if (!line.startsWith("/")) {
            return false;
        }
        String name = line.substring(1).split("\\s+", 2)[0];
        return app.router().catalogue().roots().stream().anyMatch(root -> root.name().equalsIgnoreCase(name));
    }

    private String where(Reply reply, Surface surface) {
        if (surface == Surface.DM) {
            return "DM";
        }
        return reply.ephemeral() ? "only you" : "#" + members.channelName(actingChannel);
    }

    private Caller caller(Surface surface) {
        long channel = surface == Surface.DM ? 0 : surface == Surface.THREAD ? actingChannel
                : ConsoleMembers.GENERAL_CHANNEL;
        return new Caller(ConsoleMembers.GUILD_ID, channel, members.add(user), user, members.isCoordinator(user),
                surface);
    }

    private String help() {
        return """
                Console grammar:
                  /coach start                     run a slash command
                  /coach tip number:2              options are name:value; a value runs on to the next option's
                                                   name, spaces and colons included, no quotes needed
                                                   (/remind when:tomorrow 10:30 what:Call Maria)
                  what:"She said \\"yes\\""          quotes right after name: keep a value together that holds an
                                                   option's name and a colon, or a word typed as an option the
                                                   command does not have (foo:bar, Foo:bar); a quote inside
                                                   them is \\" (or ""); a quote elsewhere is text (what:She
                                                   said "yes")
                  #1  or  #answer                  press a button of the last message you (the member now
                                                   typing) saw: after :user, that member's; a label presses
                                                   the newest message still showing it (#answer under a reply
                                                   that took the place of another)
                  any other line                   a message typed to the bot in a DM (after :in #thread, a
                                                   message in that thread)
                  ::text                           a DM (or form field) that starts with ":"
                  //text                           a DM (or form field) that starts with "/"
                  ##text                           a DM (or form field) that starts with "#"
                  :user NAME                       act as another member (created on first use)
                  :coordinator NAME                make a member a coordinator (:member NAME undoes it)
                  :leave NAME                      NAME leaves the server for this run (:member NAME brings
                                                   them back)
                  :advance 3d                      move the clock forward (m, h, d, w, mo, y), running what falls due
                                                   at each moment on the way
                  :in #thread-name                 run the next commands and typed lines in a thread the bot
                                                   opened (its whole name, or a word of it, or any part: a
                                                   part several fit names them); :in #general goes back to #general
                                                   and DMs; :in alone says where you are
                  :cancel                          inside a form: close it (a console command, one of the
                                                   bot's slash commands or #N of a button on screen closes it
                                                   too, and runs)
                  :quit                            stop
                Commands:
                """ + grammar.help();
    }

    /**
     * The next line for a form's field, past comment lines ("# "), which a script skips inside a form as it does
     * between commands; typed at the terminal, the console says so, to start it with ## to answer with it.
     */
    private String readFormLine() {
        String line = readLine();
        while (line != null && line.startsWith("# ")) {
            if (!echo) {
                printer.note("a line starting with \"# \" is a comment and was not sent; start it with ## to answer "
                        + "with a line that begins with #");
            }
            line = readLine();
        }
        return line;
    }

    private String readLine() {
        try {
            String line = in.readLine();
            // a byte order mark (Notepad writes one at the start of a UTF-8 file) is not part of the command
            return line != null && line.startsWith("\uFEFF") ? line.substring(1) : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }
}
