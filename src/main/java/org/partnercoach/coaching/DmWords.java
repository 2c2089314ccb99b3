package org.partnercoach.coaching;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnercoach.chat.Shown;

/**
 * Every line a DM with the bot takes as said to the bot rather than as an answer, in one place: the words that steer
 * a walk (the same with a slash before them), greetings, thanks, "ok", "done", a call-out ("are you there?"),
 * thinking aloud ("hmm"), a slip ("oops") and reactions (an emoji alone), stopping for the day ("I'm done for
 * today"), not knowing yet ("idk"), a request for an example, a steering word mistyped ("skp") and a yes or a no to
 * the bot's "Did you mean `skip`?" then, and the server's slash commands typed as text.
 * Any other line answers the question the member's open walk stands on.
 */
final class DmWords {

    /**
     * What a steering word asks for, with every way of typing it (in any case, with or without a stop after them;
     * with a slash before them, the same). The first is the one the bot's texts name.
     */
    enum Word {
        /** Begin or resume the 5 tips. */
        START("start"),
        /** Begin or resume Ask Yourself. */
        REFLECT("reflect"),
        /** Where the member is in each walk. */
        PROGRESS("progress"),
        /** The walk paused last, or else the open one. */
        RESUME("resume", "continue"),
        /** The member's answers, each with its Edit button: what a member who wants to change one types. */
        ANSWERS("answers", "my answers", "see my answers", "show my answers", "edit", "edit answer", "edit answers",
                "edit my answer", "edit my answers", "edit an answer", "change my answer", "change my answers",
                "change an answer", "change answer", "edit question"),
        /**
         * The words, with the open walk's question and its guidance again; also what a member new to it asks, and a
         * "menu", "commands", "begin" or "start please" typed to an open question.
         */
        HELP("help", "what do i do", "what now", "what is this", "what's this", "who are you", "what are you",
                "what is partner coach", "what can you do", "what do you do", "what can i do", "what can i do here",
                "what next", "what's next", "whats next", "now what", "what do i do now", "what do i do next",
                "what should i do", "what should i do now", "what should i do next",
                // a menu of what to type, or a walk already begun asked to begin: what to type, over the question
                "menu", "the menu", "main menu", "show menu", "show the menu", "show me the menu", "menu please", "commands",
                "command", "the commands", "show commands", "show me the commands", "list commands",
                "what are the commands", "commands please", "begin", "begin please", "please begin",
                "let's begin", "lets begin", "start please", "please start", "let's start", "lets start"),
        /** The open walk's previous question. */
        BACK("back", "go back", "previous question"),
        /**
         * Move on from the open walk's question, keeping an answer already there: 'next' after 'back' moves on as
         * skip does, keeping the answer there instead of replacing it.
         */
        SKIP("skip", "next", "skip it", "skip this", "skip this one", "skip this question", "next question",
                "next one"),
        /**
         * "idk", "not sure yet" ({@link #NOT_KNOWING}): no answer yet, so the question is left open to come back to, as
         * {@link #SKIP} leaves it, with a warm word first.
         */
        NOT_SURE("idk", "i don't know", "not sure", "not sure yet", "no idea", "dunno", "i dunno", "no clue"),
        /**
         * "what do you mean?", "I don't understand", a puzzled "what?", "huh?", "I'm confused", "sorry?" or "come
         * again?" ({@link #PUZZLED}), and a stuck "help me": the question was unclear, so the open question again with
         * its tip's guidance, and an invitation to answer it in the member's own words (with no walk open, as
         * {@link #HELP}).
         */
        MEANING("what do you mean", "what do u mean", "what does that mean", "what does this mean", "what does it mean",
                "what do you mean by that", "i don't understand", "i don't understand the question", "i don't get it",
                "i don't understand this question", "i don't understand this", "what", "huh", "i'm confused",
                "confused", "come again", "pardon", "wdym", "wat", "help me", "help me please", "please help",
                "please help me", "help please", "help pls", "i need help", "can you help me"),
        /**
         * Pause the open walk; also what a member stopping for the day says ({@link #STOPPING}), and a "not now" or a
         * "later", which put the question off rather than answer it.
         */
        PAUSE("pause", "stop", "quit", "exit", "cancel", "not now", "not today", "later", "maybe later",
                "ask me later", "ask later"),
        /**
         * "can you give an example?" ({@link #EXAMPLE_ASKED}): the curriculum has no worked examples, so the open
         * question again with its tip's guidance, and that said plainly.
         */
        EXAMPLE("example");

        private final List<String> spellings;

        Word(String... spellings) {
            this.spellings = List.of(spellings);
        }

        /** Opens a walk or the progress, whether a walk is open or not; the other words act on the open walk. */
        boolean opens() {
            return this == START || this == REFLECT || this == PROGRESS || this == RESUME || this == ANSWERS;
        }

        /** The word as the bot's texts name it, ready to type: {@code `skip`}. */
        String shown() {
            return shown(0);
        }

        /** Another way of typing it, as a text names it: {@code shown(1)} of SKIP is {@code `next`}. */
        String shown(int spelling) {
            return "`" + spellings.get(spelling) + "`";
        }
    }

    /** Every way of typing a steering word, lower case, and the word it means. */
    private static final Map<String, Word> WORDS = Arrays.stream(Word.values())
            .flatMap(w -> w.spellings.stream().map(typed -> Map.entry(typed, w)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    /** The server's commands that do what a DM word does: typed in the DM, they mean that word. */
    private static final Map<String, Word> SERVER_COMMANDS = Map.of(
            "coach start", Word.START,
            "coach progress", Word.PROGRESS);
    /** "/partner add name:..." typed as text: the root, and the subcommand when a word follows it. */
    private static final Pattern TYPED_COMMAND = Pattern.compile("/([\\p{L}][\\p{L}\\p{N}_-]*)"
            + "(?:\\s+([\\p{L}][\\p{L}\\p{N}_-]*)(?=\\s|$))?(?:\\s.*)?", Pattern.DOTALL);
    /** Commands without subcommands, so that a word after them is an option's value, not a subcommand. */
    private static final Set<String> SINGLE_COMMANDS = Set.of("reflect", "help", "remind");
    private static final Pattern GREETING = Pattern.compile(
            "(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening))(?: there| again)?");
    private static final Pattern THANKS = Pattern.compile(
            "(?:thanks|thank you|thx|ty)(?: so much| a lot| very much)?");
    /** "ok" after the introduction: read, not an answer. */
    private static final Pattern OK = Pattern.compile("(?:ok|okay|k|kk|got it|sounds good|alright|all right)");
    /** A server's own emoji as a message's text carries it: {@code <:name:id>}, animated {@code <a:name:id>}. */
    private static final String CUSTOM_EMOJI = "<a?:\\w{2,32}:\\d{1,20}>";
    /** A stop, a symbol, an emoji or a space: what may follow a line's words without changing them. */
    private static final String STOP = "[\\p{P}\\p{S}\\s]";
    /** Stops, symbols, emoji and spaces at a line's end ({@link #withoutStops} takes a server's own emoji off too). */
    private static final Pattern TRAILING = Pattern.compile(STOP + "+$");
    /** A server's own emoji with only stops, symbols and spaces after it. */
    private static final Pattern CUSTOM_EMOJI_LAST = Pattern.compile(CUSTOM_EMOJI + STOP + "*");
    /** What an emoji is built with besides its symbol: marks, skin tones, joiners; and stops and spaces between. */
    private static final String AROUND_EMOJI = "(?:[\\p{So}\\p{Sk}\\p{Cf}\\p{M}\\p{P}\\s]|" + CUSTOM_EMOJI + ")*";
    /** A reaction typed as a line (👍, 🙏, ✅, ❤️, 👍🏽, a server's own emoji): like "ok", not an answer. */
    private static final Pattern REACTION = Pattern.compile(
            AROUND_EMOJI + "(?:\\p{So}|" + CUSTOM_EMOJI + ")" + AROUND_EMOJI);
    /** A reaction is a few emoji: a longer line of them is read as text (and refused if too long to keep). */
    private static final int MAX_REACTION = 40;
    /** "bye", "good night": the member leaves for now, no answer (the walk waits where it stands). */
    private static final String FAREWELLS = "(?:bye|bye bye|bye for now|good ?bye|see you|see ya|see you (?:later|soon"
            + "|tomorrow)|talk (?:to you )?(?:later|soon)|ttyl|cya|good ?night|good ?nite|nite|nite nite|night night"
            + "|nighty night|gotta go|got to go|gtg|g2g|gotta run|(?:i )?(?:have|need) to go)";
    private static final Pattern FAREWELL = Pattern.compile(FAREWELLS);
    /**
     * Several of those in one line ("ok thanks, bye!", "hi again, thanks"): still said to the bot, not an answer. Only
     * these words, each whole: "hi, we met the director" is an answer.
     */
    private static final String CHAT_WORDS = "(?:" + GREETING.pattern() + "|" + THANKS.pattern() + "|" + OK.pattern()
            + "|" + FAREWELLS + ")";
    private static final Pattern CHAT_LINE = Pattern.compile(CHAT_WORDS + "(?:[\\s,.!;]+" + CHAT_WORDS + ")+");
    /** A line of those is a few words: a longer one is read as text (its matching would run deep on a long line). */
    private static final int MAX_CHAT_LINE = 60;
    /**
     * A member calling out to the bot ("hello? anyone there", "are you there?", "is this thing on", "bot?", "hello?
     * hello?"): the whole line is call-outs and greetings, with one call-out at least, or greetings asked as a question
     * more than once; nothing else. A line with any other word in it ("Maybe the library?", "Is anyone there on
     * Saturdays?") is an answer, question mark or not; words that could answer a question on their own ("coach",
     * "testing", "anyone") are not call-outs.
     */
    private static final String CALL_OUTS = "(?:(?:is )?(?:any ?(?:one|body)|some ?(?:one|body)) (?:out )?"
            + "(?:there|home)|(?:(?:are|r) )?(?:you|u) (?:still )?there|still there"
            + "|(?:is )?(?:this|it) (?:thing )?(?:on|working)|(?:are )?you (?:awake|working)|can you hear me"
            + "|(?:the |hey |hello |hi )?bot|partner coach|hel+o{2,}|hey{2,}|hi{2,})";
    private static final String CALL_OUT_SEPARATOR = "[\\s,.!?;…]+";
    private static final String CALL_OUT_ITEM = "(?:" + GREETING.pattern() + "|" + CALL_OUTS + ")";
    private static final Pattern CALL_OUT_LINE = Pattern.compile("(?:" + CALL_OUT_ITEM + CALL_OUT_SEPARATOR + ")*"
            + CALL_OUTS + "(?:" + CALL_OUT_SEPARATOR + CALL_OUT_ITEM + ")*"
            + "|" + GREETING.pattern() + "(?:[\\s,.!;]*\\?[\\s,.!?;…]*" + GREETING.pattern() + ")+");
    /**
     * A puzzled line ("whaaat??", "huh? what do you mean?", "I'm so confused", "sorry? what?"): only puzzled words, each
     * whole, so "What matters is trust" and "Huh, the library has a youth board" are answers. A "sorry" or an "excuse
     * me" only before another of them: alone, "sorry" is a slip and "sorry?" is {@link #ASKED_AGAIN}.
     */
    private static final String PUZZLE = "(?:wha+t*|wa+t|w[hu]*u+t|hu+h+|e+h|wdym|come again|say (?:that |it )?again"
            + "|pardon(?: me)?|(?:i'?m|i am|im) (?:so |very |really |totally |kind of |kinda |a (?:bit|little) )?"
            + "(?:confused|lost)|(?:so |very )?confused|why|why do you ask|why does (?:that|this|it) matter|how come"
            + Arrays.stream(new String[] {"what do you mean", "what do u mean", "what does that mean",
                    "what does this mean", "what does it mean", "i don't understand", "i don't get it"})
                    .map(w -> "|" + Pattern.quote(w)).collect(Collectors.joining()) + ")";
    private static final Pattern PUZZLED = Pattern.compile("(?:(?:sorry|excuse me|wait)[\\s,.!?;…]+)*" + PUZZLE
            + "(?:[\\s,.!?;…]+" + PUZZLE + ")*");
    /** "sorry?", "excuse me?": asked, these say the line was not understood (said, "sorry" is a slip). */
    private static final Pattern ASKED_AGAIN = Pattern.compile("(?:sorry|excuse me|pardon|you what)");
    /** A line of question marks ("?", "??"), with emoji or not: puzzled. */
    private static final Pattern QUESTION_MARKS = Pattern.compile("[?？\\s]+");
    /** Emoji and spaces before a line's words ("🤔 huh?"): they do not change what it says. */
    private static final Pattern LEADING = Pattern.compile("^(?:[\\p{So}\\p{Sk}\\p{Cf}\\p{M}\\s]|" + CUSTOM_EMOJI + ")++");
    /** Emoji and spaces after a line's words, but not its stops: whether it was asked ("sorry? 🤔"). */
    private static final Pattern TRAILING_EMOJI = Pattern.compile("(?:[\\p{So}\\p{Sk}\\p{Cf}\\p{M}\\s]|"
            + CUSTOM_EMOJI + ")++$");
    /**
     * A line asked back at the question ("How do I know who to partner with?"): a question word first and a question
     * mark last, on one line. It is kept as an answer, as any line is; the reply says what to type had it been asked
     * of the bot.
     */
    private static final Pattern ASKED_BACK = Pattern.compile("(?:how|what|why|who|where|when|which|can|could|should"
            + "|would|do|does|is|are|will|am)\\b[^\\n]{0,300}\\?");
    /** "hmm" before "what do you mean?": still that question. */
    private static final Pattern THINKING_BEFORE = Pattern.compile("(?:(?:h+m+|u+m+|uh+|sorry|wait)[\\s,.!;…]+)++");
    /** Greetings, an "ok" or a call-out before a steering word ("hi! what do I do?"), which are still that word. */
    private static final Pattern BEFORE_A_WORD = Pattern.compile("(?:(?:" + GREETING.pattern() + "|" + OK.pattern()
            + "|" + CALL_OUTS + ")" + CALL_OUT_SEPARATOR + ")+");
    /**
     * A member asking how the walk itself works ("how do I skip?", "can I answer later?", "how does this work?"): the
     * help, which names the words that do it. Only a question about skipping, stopping, going back, answering or
     * coming back, with nothing more than "this", "it", "later" or "for now" after it; a question about anything else
     * ("How do I reach the director?") is an answer.
     */
    private static final Pattern HOW_TO = Pattern.compile("(?:how (?:do|can|should) i|can i|could i|may i|how to)"
            + " (?:skip|pause|stop|quit|go back|answer|reply|come back|continue|resume|start over|finish)"
            + "(?: (?:this|it|this one|this question|that|the question|one|a question|later|for now|here|now))*"
            + "|how does (?:this|it) work");
    /** A "thanks" or an "ok" before a longer line said to the bot ("thanks, I'm done for today"). */
    private static final String THANKS_OR_OK = "(?:(?:thanks|thank you|ok|okay|so|hmm|um|please|pls)[\\s,.!;]+)*";
    /**
     * A member stopping for the day ("I'm done for today", "that's enough for now", "I'll finish later"): the walk is
     * paused where it stands. Only a line that is all of that: "Done for now, the board meets in May" is an answer.
     */
    private static final Pattern STOPPING = Pattern.compile(THANKS_OR_OK
            + "(?:(?:(?:i'?m|i am|we'?re|we are) )?(?:all )?(?:done|finished|through)(?: here)?"
            + "|(?:that'?s|that is) (?:it|all|enough)(?: here)?)"
            + " for (?:today|now|tonight|the day|the night|the moment)"
            + "|" + THANKS_OR_OK + "(?:(?:let'?s|i'?ll|i will|i'?m going to|i'?m gonna|i need to|i have to|gotta) )?"
            + "(?:stop|pause|quit|finish|continue|carry on|come back(?: to (?:this|it))?|pick (?:this|it) up"
            + "|(?:do|finish) (?:it|this|the rest))(?: here| this| it)?"
            + "(?: (?:for )?(?:today|now|tonight|later|tomorrow|another (?:time|day)|some other time))+");
    /**
     * A member who doesn't know yet ("idk", "hmm, not sure yet", "honestly no idea"): the whole line is that, so "I
     * don't know their director yet, but the library is keen" is an answer.
     */
    private static final Pattern NOT_KNOWING = Pattern.compile("(?:(?:h+m+|u+m+|uh+|well|honestly|tbh|sorry|so|ok"
            + "|okay)[\\s,.!;…]+)*(?:idk|(?:i )?(?:really |honestly )?(?:don'?t|do not) know(?: yet)?"
            + "|(?:(?:i'?m|i am|im) )?(?:really |honestly )?(?:not (?:really |quite |too )?sure|unsure)(?: yet)?"
            + "|(?:i (?:have|got) |i'?ve got |i'?ve )?(?:(?:really |honestly |absolutely )?no idea|no clue)(?: yet)?"
            + "|(?:i )?dunno|not a clue)"
            + "(?:[\\s,.!;…]+(?:honestly|tbh|really|yet|sorry|at all|lol|haha|ngl))*");
    /**
     * A member asking for an example ("can you give an example?", "like what?"): the whole line is that request, so
     * "For example, I coach a soccer team" is an answer.
     */
    private static final Pattern EXAMPLE_ASKED = Pattern.compile(THANKS_OR_OK
            + "(?:(?:(?:can|could|would|will) (?:you|u) (?:please )?(?:give|show|share|send|offer|provide)(?: me| us)?"
            + "|(?:do|would) you have|(?:have you )?got|(?:please )?(?:give|show)(?: me| us)?"
            + "|what(?: is|'s| would be| might be| could be| are)|(?:is|are) there|i (?:need|want|would like|'d like)"
            + "|any) )?(?:an |some |a few |any |one |a good |a )?(?:examples?|sample(?: answers?)?|example answers?)"
            + "(?: (?:please|pls))?(?: (?:of|for) (?:an? (?:good )?answer|what you mean|this(?: one| question)?|that"
            + "|it|me))?(?: please| pls)?"
            + "|like what|such as|for example|for instance|e\\.?g|what kind of (?:thing|answer)s?");
    /**
     * The words a slip of the keys is checked against ("skp", "go bak"): those that move or open a walk, which a
     * member types most; not "quit", "exit" or "cancel", a letter away from answers ("quiet", "cancer"), nor
     * "answers", whose "answer" a member may type meaning the Answer button.
     */
    private static final List<String> TYPO_TARGETS = List.of("skip", "next", "back", "go back", "pause", "stop",
            "resume", "continue", "help", "start", "reflect", "progress");

    /** What to type next, said under a remark over the question it stands on. */
    private static final String NEXT = "Type your answer to the question below, or " + Word.SKIP.shown() + ", "
            + Word.BACK.shown() + " or " + Word.PAUSE.shown() + ".";
    /** {@link #NEXT} at a walk's first question, where {@code back} has nothing before it. */
    private static final String NEXT_AT_FIRST = "Type your answer to the question below, or " + Word.SKIP.shown()
            + " or " + Word.PAUSE.shown() + ".";
    /** "done" after an answer sent as several messages: the member has finished, it is no answer to the next one. */
    private static final Pattern DONE = Pattern.compile("(?:(?:i'?m |i am |all )?done|that'?s (?:it|all)|finished)");

    /**
     * "hmm", "wait", "let me think": the member is thinking, with no answer yet. Only these words, each alone (with
     * stops after them), so "Wait for the new director" is an answer.
     */
    private static final Pattern THINKING = Pattern.compile("(?:h+m+|u+m+|u+h+m*|er+m*|wait|hold on|one sec(?:ond)?"
            + "|just a (?:sec|second|minute|moment)|give me a (?:sec|second|minute|moment)|let me think"
            + "|thinking|good question|brb|be right back)(?:[\\s,.!;]+(?:h+m+|u+m+|wait|let me think|good question))*");
    /** "oops", "sorry, typo": a slip, with nothing in it to keep; "Sorry, we never met them" is an answer. */
    private static final Pattern OOPS = Pattern.compile("(?:oops|oopsie|whoops|sorry|my bad|typo|oops,? (?:typo|sorry)"
            + "|sorry,? (?:typo|wrong (?:one|chat|question)|my bad))");
    /** A letter or a digit, in any script: what a line needs to be an answer. */
    private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern CUSTOM_EMOJI_ANYWHERE = Pattern.compile(CUSTOM_EMOJI);
    /** A word followed by a number ("edit 2", "change answer #3"): the word, then the number. */
    private static final Pattern NUMBERED = Pattern.compile("(.+?)\\s*#?\\d{1,3}");
    /** A keycap emoji (1️⃣, #️⃣): a digit or a mark drawn in a key, an emoji rather than a word. */
    private static final Pattern KEYCAP = Pattern.compile("[0-9#*]\\x{FE0F}?\\x{20E3}");

    /**
     * Something asked of the DM that a server command does: a reminder, the outreach list, adding a partner, logging a
     * touchpoint, or fewer messages. Read only when no walk is open: during one, "remind me to ask about their board"
     * and "log a call with the food bank" answer its question, and "stop" pauses it.
     */
    enum Request {
        /** "remind me tomorrow to call them": {@code /remind}. */
        REMIND("(?:(?:please|pls|can you|could you|would you|hey|hi|ok),? )*remind me\\b.*"),
        /** "my partners", "who do I look after": {@code /partner list mine:true}. */
        MINE("(?:(?:show|see|view|open|get|list)(?: me)? )?(?:all )?my (?:partners?|partner list|organizations|orgs)"
                + "|who (?:do|should) i look after|who am i looking after|who are my partners"
                + "|(?:which|what) partners (?:are mine|do i (?:have|own|look after))"),
        /** "partners", "list partners", "show me the outreach list": {@code /partner list}. */
        LIST("(?:(?:show|see|view|open|get|list)(?: me)? )?(?:all )?(?:the |my |our )?(?:partners?|partner list"
                + "|outreach list|list|list of partners|outreach)"),
        /** "add a partner", "how do I add a partner?", "add the food bank to the list": {@code /partner add}. */
        ADD(ASKING + "(?:add|create|register|put)(?: (?:a|an|the|my|our|new|another|one more))* partners?\\b.*"
                + "|" + ASKING + "(?:add|put) .+ (?:as|to|on) (?:a |the |our |my )?(?:new )?"
                + "(?:partners?|partner list|outreach list|list)\\W*"),
        /**
         * "add eastside food bank": {@code /partner add} with the name typed. Only a name after "add", not what adds
         * to an answer ("add more", "add to my answer", "add a note").
         */
        ADD_NAMED(ASKING + "add (?!(?:to|more|on|up|in|this|that|it|them|something|another|my|me|answers?|notes?"
                + "|an? (?:answer|note|comment)s?)\\b)(?<words>[\\p{L}\\p{N}][^\\n]{0,98}?)[\\s.!?]*"),
        /** "log a call with the food bank", "how do I log a meeting?": {@code /partner log}. */
        LOG(ASKING + "(?:log|record)(?! ?(?:in|out|on|off)\\b)\\b.*"),
        /**
         * A contact told in the member's own words, starting with what she did ("I called maria at the food bank
         * today", "met with the principal"): {@code /partner log}, with her words as what happened.
         */
        TOLD("(?<words>(?:(?:ok|okay|yes|yep|yeah|so|fyi|update),? )?(?:(?:i|we) )?(?:just |already |finally )?"
                + "(?:called|phoned|rang|emailed|e-mailed|texted|messaged|dm'?d|met(?: with)?|visited"
                + "|spoke (?:to|with)|talked (?:to|with)|reached out to|got in touch with"
                + "|had (?:coffee|lunch|a call|a chat|a meeting) with) \\S[^\\n]{0,200})"),
        /** "stop", "quit", "unsubscribe", "stop messaging me": what the bot sends by DM, and how to have less of it. */
        STOP("(?:please )?(?:stop|quit|exit|cancel|unsubscribe|mute|opt out"
                + "|stop (?:messaging|texting|dming|dm'?ing|sending|contacting|bugging|pinging|reminding|"
                + "emailing)(?: me)?(?: these| this| them| those| all this| all these| so many| so much)?"
                + "(?: messages| reminders| dms| notifications| things| stuff)?(?: please)?"
                + "|stop (?:the |all |your |these )?(?:reminders|messages|dms|notifications)(?: please)?"
                + "|no more (?:reminders|messages|dms|notifications)(?: please)?)");

        private final Pattern said;

        Request(String said) {
            this.said = Pattern.compile(said, Pattern.DOTALL);
        }
    }

    /** Asking how or asking politely, before what is asked: "how do I ", "can you please ", "I want to ". */
    private static final String ASKING = "(?:(?:please|pls|can you|could you|would you|hey|hi|ok|how (?:do|can|should) i"
            + "|how to|can i|could i|i want to|i'?d like to|i need to|i wanna|let me|let's|help me|i'?ll|i'?m going to"
            + "|i'?m gonna|i have to|where (?:do|can) i),? )*";

    /** The requests whose line runs on in the member's own words ("remind me to call Maria about the grant"). */
    private static final Set<Request> FREE_TEXT = Set.of(Request.REMIND, Request.ADD, Request.ADD_NAMED,
            Request.LOG, Request.TOLD);

    /** What a line asks that a server command does, if it is one of {@link Request}. */
    static Optional<Request> request(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        String bare = withoutStops(lower);
        return Arrays.stream(Request.values())
                .filter(r -> FREE_TEXT.contains(r) ? r.said.matcher(lower).matches()
                        : bare.length() <= MAX_CHAT_LINE && r.said.matcher(bare).matches())
                .findFirst();
    }

    /**
     * The member's own words in a line that asks {@code request} ({@link Request#ADD_NAMED}'s name, {@link
     * Request#TOLD}'s contact), as she typed them; empty for a request without such words.
     */
    static Optional<String> wordsOf(Request request, String text) {
        String typed = text.strip();
        String lower = typed.toLowerCase(Locale.ROOT).replace('’', '\'');
        Matcher m = request.said.matcher(lower);
        if (!m.matches() || !request.said.pattern().contains("(?<words>")) {
            return Optional.empty();
        }
        // lower case keeps the length of most text, and so where her words stand in what she typed
        String from = lower.length() == typed.length() ? typed : lower;
        return Optional.of(from.substring(m.start("words"), m.end("words")).strip());
    }

    /**
     * A line alone that is plainly a command the walk has no word for: not an answer, so the reply names the word
     * (or, in the server's form, the button) that does what the member likely meant ({@link #control}).
     */
    enum Control {
        /** "undo", "redo": {@code back} changes the last answer. */
        UNDO("undo", "redo"),
        /** "previous", "prev", "return": {@code back}. */
        GO_BACK("previous", "prev", "return", "go to previous", "go to the previous question", "last question",
                "previous one", "the previous question"),
        /** "pass": {@code skip}. */
        PASS("pass", "i pass", "pass on this", "pass on this one", "i'll pass"),
        /**
         * "start over", "restart", "go to question 1": the walk keeps going, so {@code back} and {@code answers} (no
         * answer is lost); the end's Start over button takes the walk to its first question again.
         */
        START_OVER("start over", "restart", "reset", "start again", "begin again", "from the beginning",
                "start from the beginning", "start from the start", "start from scratch", "from the start",
                "from the top", "start over again", "go to the beginning", "back to the beginning", "back to the start",
                "go to the start", "go to the first question", "back to the first question", "go to question 1",
                "back to question 1", "start at the beginning", "redo all", "restart the walk", "start the walk over"),
        /** "abort", "end", "leave": {@code pause} (as {@code stop}, {@code quit} or {@code cancel} do themselves). */
        LEAVE("abort", "end", "leave", "escape", "esc"),
        /** "never mind", "nvm": nothing kept, and what to do next. */
        NEVER_MIND("never mind", "nevermind", "nvm", "never mind that", "forget it", "forget that", "ignore that");

        private final Set<String> typed;

        Control(String... typed) {
            this.typed = Set.of(typed);
        }

        /** It asks for an earlier question, which the walk's first one has none of. */
        boolean goesBack() {
            return this == UNDO || this == GO_BACK || this == START_OVER;
        }
    }

    /** The {@link Control} a line alone is (any case, with a stop after it or not), if it is one. */
    static Optional<Control> control(String text) {
        return controlOf(bare(text));
    }

    private static Optional<Control> controlOf(String bare) {
        return Arrays.stream(Control.values()).filter(c -> c.typed.contains(bare)).findFirst();
    }

    /** A line as the words are matched: stripped, in lower case, with a plain apostrophe, without stops at its end. */
    private static String bare(String text) {
        return withoutStops(text.strip().toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    private DmWords() {
    }

    /**
     * Whether a line has any words in it: a letter or a digit, in any script, outside a server's own emoji (whose
     * code {@code <:name:id>} has both) and keycap emoji (1️⃣), and not a hidden one (a Hangul filler is a letter that
     * shows as a blank: {@link Shown#hidden}). A line of emoji, stops and symbols alone, however long, has none: it
     * answers nothing. Emoji with words ("👍 we know the director") do.
     */
    static boolean hasWords(String text) {
        return WORD_CHARACTER.matcher(outsideEmoji(text)).find();
    }

    /** How many letters and digits a line has, outside a server's own emoji and keycap emoji, hidden ones aside. */
    static int wordCharacters(String text) {
        return (int) WORD_CHARACTER.matcher(outsideEmoji(text)).results().count();
    }

    private static String outsideEmoji(String text) {
        return KEYCAP.matcher(CUSTOM_EMOJI_ANYWHERE.matcher(Shown.visible(text)).replaceAll("")).replaceAll("");
    }

    /** What one typed line is. */
    sealed interface Line permits Steer, Remark, ServerCommand, Text {
    }

    /** A steering word ("skip", "/pause", "Continue"). */
    record Steer(Word word) implements Line {
    }

    /**
     * A greeting, a thank-you, an "ok", a "done", a goodbye, a call-out or a reaction (an emoji alone), said to the bot
     * rather than an answer. {@code opener} ("You're welcome!") then {@code reply} (what the bot took it as, and what
     * to type next) are said back above the question the walk stands on; when no walk is open, the opener alone goes
     * before the words that can be typed.
     */
    record Remark(String opener, String reply) implements Line {

        /** Whether it is a "done", which ends the answer just sent when one was ({@link #DONE_FOR_NOW} if not). */
        boolean endsAnAnswer() {
            return equals(DONE_ANSWER);
        }

        /**
         * This remark as said at a walk's first question, where there is no answer before it to go back to: what to
         * type next leaves {@code back} out.
         */
        Remark atFirstQuestion() {
            return equals(OOPS_REMARK) ? OOPS_AT_FIRST
                    : reply.endsWith(NEXT) ? new Remark(opener, reply.replace(NEXT, NEXT_AT_FIRST)) : this;
        }
    }

    /** Where the walk waits, said after a goodbye or a "done" with no answer just sent. */
    private static final String WAITS = "Your walk waits at the question below: answer it whenever you're back, or "
            + "type " + Word.PAUSE.shown() + " to set it aside.";
    /** "done" after an answer sent as several messages: each message answers one question, so how to check them. */
    private static final Remark DONE_ANSWER = new Remark("Got it!", "I took that as the end of your last answer, not "
            + "as an answer to the question below. Each message answers one question: if you sent one answer in "
            + "several messages, type " + Word.BACK.shown() + " to check the questions before this one.");
    /** "oops" or "sorry, typo": the last answer may have gone wrong, and {@code back} sends it again. */
    private static final Remark OOPS_REMARK = new Remark("No problem!", "I took that as an “oops”, not as an "
            + "answer. If your last answer went wrong, type " + Word.BACK.shown() + " to send it again; or type your "
            + "answer to the question below.");
    /** "oops" at a walk's first question, where there is no last answer to send again. */
    private static final Remark OOPS_AT_FIRST = new Remark("No problem!", "I took that as an “oops”, not as an "
            + "answer, and nothing is kept yet. " + NEXT_AT_FIRST);

    /** "done" with no answer just sent (after {@code resume}, {@code back} or {@code skip}): done for now. */
    static final Remark DONE_FOR_NOW = new Remark("Got it!", "I took that as “done for now”, not as an answer. "
            + WAITS);

    /** A slash command of the server typed in the DM ("/partner add name:..."): its path, "partner add". */
    record ServerCommand(String path) implements Line {
    }

    /** Anything else: an answer, or nothing at all. */
    record Text() implements Line {
    }

    /** Whether a line kept as an answer reads as a question asked back ({@link #ASKED_BACK}). */
    static boolean askedBack(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.length() <= 320 && ASKED_BACK.matcher(withoutEnd(TRAILING_EMOJI, lower)).matches();
    }

    /**
     * What a line typed or sent from a form is besides an answer, read once for every check: asking what the question
     * means ("huh?", "What?", "I'm confused"; "What matters is trust" is an answer), what to do ("what next?",
     * "help", "how do I skip?"; "What next for the food bank is a call" is an answer), or not knowing yet ("idk",
     * "hmm, not sure yet"; "I don't know their director yet, but the library is keen" is an answer).
     */
    enum Aside {
        NONE, MEANING, HELP, NOT_SURE,
        /** "pause", "stop", "later", "ask me later", "I'm done for today": stopping for now. */
        PAUSE,
        /** Thinking aloud: "hmm", "one sec", "brb". */
        THINKING
    }

    /** {@link Aside} of one line (stripped here). */
    static Aside aside(String text) {
        if (!(read(text.strip()) instanceof Steer steer)) {
            String bare = bare(text);
            return bare.length() <= MAX_CHAT_LINE && THINKING.matcher(bare).matches() ? Aside.THINKING : Aside.NONE;
        }
        return switch (steer.word()) {
            case MEANING -> Aside.MEANING;
            case HELP -> Aside.HELP;
            case NOT_SURE -> Aside.NOT_SURE;
            case PAUSE -> Aside.PAUSE;
            default -> Aside.NONE;
        };
    }

    /**
     * The ways of asking to begin among {@link Word#HELP}'s spellings: mid-walk they ask what to type, as help does;
     * with no walk open they mean what {@link Word#START} does.
     */
    private static final Set<String> BEGINNING = Set.of("begin", "begin please", "please begin", "let's begin",
            "lets begin", "start please", "please start", "let's start", "lets start");

    /** Whether a line asks to begin ("start please", "let's begin!", "hi, begin"): read as help, in these words. */
    static boolean asksToBegin(String text) {
        if (aside(text) != Aside.HELP) {
            return false;
        }
        String bare = bare(text);
        String words = withoutLeading(bare);
        Matcher before = BEFORE_A_WORD.matcher(words);
        return BEGINNING.contains(words) || before.lookingAt() && BEGINNING.contains(words.substring(before.end()));
    }

    /**
     * {@code text} without the run at its end that {@code end} ({@link #TRAILING}, {@link #TRAILING_EMOJI}) takes off:
     * stops, symbols, emoji, spaces. A line that ends in a letter or a digit has none of them there, and most lines
     * do: it is not searched.
     */
    private static String withoutEnd(Pattern end, String text) {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointBefore(text.length())) ? text
                : end.matcher(text).replaceAll("");
    }

    /**
     * {@code text} without the stops, symbols, emoji and spaces at its end ({@link #TRAILING}), a server's own emoji
     * among them: "skip <:ok:123>" is "skip", as "skip 👍" is. The server's emoji are taken off one at a time from
     * the last "<" (each search goes back from where the last one began), since a pattern repeating them would run as
     * deep as a long line has them.
     */
    private static String withoutStops(String text) {
        String left = text;
        int from = left.lastIndexOf('<');
        while (from >= 0 && CUSTOM_EMOJI_LAST.matcher(left).region(from, left.length()).matches()) {
            left = left.substring(0, from);
            from = left.lastIndexOf('<');
        }
        return withoutEnd(TRAILING, left);
    }

    /** {@code text} without the emoji and spaces before its words ({@link #LEADING}). */
    private static String withoutLeading(String text) {
        Matcher leading = LEADING.matcher(text);
        return leading.lookingAt() ? text.substring(leading.end()) : text;
    }

    /** The DM word a command of the server does ({@code coach start}: {@code start}), if one does. */
    static Optional<Word> wordOf(String path) {
        return Optional.ofNullable(SERVER_COMMANDS.getOrDefault(path, WORDS.get(path)));
    }

    /** Reads one line typed in a DM (stripped of its outer spaces). */
    static Line read(String text) {
        Optional<String> command = typedCommand(text);
        if (command.isPresent()) {
            // commands live in the server only, so a DM gets them as text: the walk's own take their DM word
            return wordOf(command.get()).<Line>map(Steer::new).orElseGet(() -> new ServerCommand(command.get()));
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        // "Skip.", "next!" and "back?" are the words with a stop after them, not answers
        String bare = withoutStops(lower);
        Word word = WORDS.getOrDefault(lower, WORDS.get(bare));
        if (word != null) {
            return new Steer(word);
        }
        // "edit 1", "change answer #2": an answer named by its number, as its Edit button names it
        Matcher numbered = NUMBERED.matcher(bare.length() <= MAX_CHAT_LINE ? bare : "");
        if (numbered.matches() && WORDS.get(numbered.group(1)) == Word.ANSWERS) {
            return new Steer(Word.ANSWERS);
        }
        // a long line is no aside: not read for its trailing emoji
        String unadorned = lower.length() > 4 * MAX_CHAT_LINE ? lower
                : withoutEnd(TRAILING_EMOJI, withoutLeading(lower));
        if (unadorned.length() <= MAX_CHAT_LINE && !unadorned.isEmpty() && QUESTION_MARKS.matcher(unadorned).matches()) {
            return new Steer(Word.MEANING);
        }
        String words = withoutLeading(bare);
        if (words.length() <= MAX_CHAT_LINE) {
            // "hi! what do I do?", "hello? what now", "ok, skip": a greeting or an "ok" before a word is that word
            Matcher before = BEFORE_A_WORD.matcher(words);
            String rest = before.lookingAt() ? words.substring(before.end()) : words;
            if (WORDS.containsKey(rest)) {
                return new Steer(WORDS.get(rest));
            }
            Matcher thinking = THINKING_BEFORE.matcher(rest);
            if (thinking.lookingAt() && WORDS.get(rest.substring(thinking.end())) == Word.MEANING
                    || PUZZLED.matcher(rest).matches()
                    || unadorned.endsWith("?") && ASKED_AGAIN.matcher(rest).matches()) {
                return new Steer(Word.MEANING);
            }
            if (HOW_TO.matcher(rest).matches()) {
                return new Steer(Word.HELP);
            }
            if (STOPPING.matcher(rest).matches()) {
                return new Steer(Word.PAUSE);
            }
            if (NOT_KNOWING.matcher(rest).matches()) {
                return new Steer(Word.NOT_SURE);
            }
            if (EXAMPLE_ASKED.matcher(rest).matches()) {
                return new Steer(Word.EXAMPLE);
            }
        }
        Optional<Remark> remark = remark(lower);
        return remark.isPresent() ? remark.get() : new Text();
    }

    /**
     * A slash command typed as a DM line ("/partner add name:..."): its path ("partner add"), words only. A line
     * that only starts with a slash ("/r/health", "/ not sure") is not one.
     */
    static Optional<String> typedCommand(String text) {
        Matcher m = TYPED_COMMAND.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String root = m.group(1).toLowerCase(Locale.ROOT);
        String sub = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        return Optional.of(sub.isEmpty() || SINGLE_COMMANDS.contains(root) ? root : root + " " + sub);
    }

    /**
     * What to say back to a greeting, a thank-you, an "ok", a "done", a goodbye (or a line of only those) or a
     * reaction; empty for anything else.
     */
    private static Optional<Remark> remark(String lower) {
        if (lower.length() <= MAX_REACTION && REACTION.matcher(lower).matches()) {
            return Optional.of(new Remark("Got your reaction!", "An emoji on its own isn't kept as an answer: "
                    + "type a few words to answer the question below, or " + Word.SKIP.shown() + " to move on."));
        }
        String bare = withoutStops(lower).replace('’', '\'');
        boolean several = bare.length() <= MAX_CHAT_LINE && CHAT_LINE.matcher(bare).matches();
        // "hello? anyone there": the member wonders whether the bot is listening, and the walk waits on its question
        if (bare.length() <= MAX_CHAT_LINE && CALL_OUT_LINE.matcher(bare).matches()) {
            return Optional.of(new Remark("I'm here!", "I took that as a call to me, not as an answer. " + NEXT));
        }
        // in a line of several, the goodbye says most, then the thanks
        if (FAREWELL.matcher(bare).matches() || several && has(bare, FAREWELLS)) {
            return Optional.of(new Remark("Bye for now!", "I took that as a goodbye, not as an answer. " + WAITS));
        }
        if (THANKS.matcher(bare).matches() || several && has(bare, THANKS.pattern())) {
            return Optional.of(new Remark("You're welcome!", "I took that as a thank-you, not as an answer. " + NEXT));
        }
        if (GREETING.matcher(bare).matches() || several && has(bare, GREETING.pattern())) {
            return Optional.of(new Remark("Hello!", "I took that as a greeting, not as an answer. " + NEXT));
        }
        if (OK.matcher(bare).matches() || several) {
            return Optional.of(new Remark("Great!", "I took that as an “ok”, not as an answer. " + NEXT));
        }
        if (bare.length() <= MAX_CHAT_LINE && THINKING.matcher(bare).matches()) {
            return Optional.of(new Remark("Take your time!", "I took that as thinking aloud, not as an answer. "
                    + NEXT));
        }
        if (OOPS.matcher(bare).matches()) {
            return Optional.of(OOPS_REMARK);
        }
        // each message answers one question: an answer sent in several parts went on to the next questions
        return DONE.matcher(bare).matches() ? Optional.of(DONE_ANSWER) : Optional.empty();
    }

    /**
     * What to say to a line that is plainly a command the walk has no word for ({@link Control}: "undo", "previous",
     * "pass", "start over", "abort", "never mind", with a stop after it or not), typed to an open question: not an
     * answer, so the words that do what the member likely meant, and how to keep it as an answer all the same (with a
     * few more words: only the line alone is refused). Empty for any other line. At the walk's {@code first} question
     * there is nothing to undo, go back to or start over yet: what to do there instead.
     */
    static Optional<String> notAnAnswer(String text, boolean first) {
        String bare = bare(text);
        // "skip 2" is a few words: a long line is read no further for it (the lazy group would try every split)
        Matcher numbered = NUMBERED.matcher(bare.length() <= MAX_CHAT_LINE ? bare : "");
        Word counted = numbered.matches() ? WORDS.get(numbered.group(1)) : null;
        if (counted == Word.SKIP || counted == Word.BACK) {
            // "skip 2", "go back 3": each of these words moves one question
            return Optional.of("“" + bare + "” isn't a word I take, so I didn't keep it as an answer. Type "
                    + counted.shown() + " once for each question" + (counted == Word.SKIP ? " you want to move past"
                    : " to go back, or " + Word.ANSWERS.shown() + " to see and edit them all") + ". If “" + bare
                    + "” is your answer, send it with a few more words.");
        }
        Optional<Control> control = controlOf(bare);
        if (control.isEmpty()) {
            return Optional.empty();
        }
        String notKept = "“" + bare + "” isn't a word I take, so I didn't keep it as an answer. ";
        String asAnswer = " If “" + bare + "” is your answer, send it with a few more words.";
        String answerSkipOrPause = "Type your answer below, " + Word.SKIP.shown() + " to move on, or "
                + Word.PAUSE.shown() + " to stop for now.";
        if (first && control.get().goesBack()) {
            String nothing = switch (control.get()) {
                case UNDO -> "there's nothing to undo yet";
                case GO_BACK -> "there's nothing to go back to";
                default -> "you're at the beginning already";
            };
            return Optional.of("This is the first question, so " + nothing + ", and I didn't keep “" + bare
                    + "” as an answer. " + answerSkipOrPause + asAnswer);
        }
        return Optional.of(switch (control.get()) {
            case UNDO -> "No worries! " + notKept + "Type " + Word.BACK.shown() + " to change your last answer, or "
                    + Word.ANSWERS.shown() + " to see and edit them all.";
            case GO_BACK -> "No worries! " + notKept + "Type " + Word.BACK.shown() + " to go to the question before "
                    + "this one (your answers stay).";
            case PASS -> notKept + "Type " + Word.SKIP.shown() + " to move on: it leaves this one open to come back "
                    + "to.";
            case START_OVER -> "Want to start over? " + notKept + "Type " + Word.BACK.shown() + " to go through "
                    + "the questions before this one again (your answers stay until you send new ones), or "
                    + Word.ANSWERS.shown() + " to see and edit them all. When the walk ends, its **Start over** "
                    + "button takes you back to the first question, keeping your answers.";
            case LEAVE -> "Want to stop for now? " + notKept + "Type " + Word.PAUSE.shown() + " to set this walk "
                    + "aside (your answers are saved, and " + Word.RESUME.shown() + " brings it back).";
            case NEVER_MIND -> "No problem: I didn't keep “" + bare + "” as an answer. " + answerSkipOrPause;
        } + asAnswer);
    }

    /**
     * A slip of the keys for a word ("skp", "go bak", "sikp"; with no walk open, only for a word that does something
     * then: "strat", "reflct", "progess", "hlep", not "skp"): the bot asks "Did you mean `skip`?", keeps nothing, and
     * takes a yes or a no typed next as said to that question ({@link #assent}). Empty for any other line ("undo" or
     * "end" are {@link #notAnAnswer}'s, and no slip of these words is one of them).
     */
    static Optional<Offer> slip(String text, boolean walkOpen) {
        String bare = withoutStops(text.strip().toLowerCase(Locale.ROOT));
        return typo(bare).filter(meant -> walkOpen || WORDS.get(meant).opens() || WORDS.get(meant) == Word.HELP)
                .map(meant -> new Offer(meant, "Did you mean `" + meant + "`? I didn't keep “" + bare + "”"
                        + (walkOpen ? " as an answer" : "") + ": type `" + meant + "` to do that, or just say yes in the next half hour."
                        + (walkOpen ? " If “" + bare + "” is your answer, send it with a few more words." : "")));
    }

    /** "Did you mean `skip`?": the word offered, as typed to do it, and the whole reply. */
    record Offer(String word, String reply) {
    }

    /** How a line answers the bot's "Did you mean `skip`?". */
    enum Assent {
        /** "yes", "yep", "sure", "ok", "yes please", "yes, skip": do the word offered. */
        YES,
        /** "no", "nope", "no thanks": do nothing. */
        NO,
        /** Any other line, read as it always is. */
        NEITHER
    }

    /** A yes to the bot's own question, with a "please" or a "thanks" after it or not. */
    private static final String YES = "(?:yes|yep|yup|yeah|yea|ya|y|sure|ok|okay|k|correct|right|exactly|i did"
            + "|yes i did|please|please do|go ahead|do it|yes do it)(?:[\\s,.!]+(?:please|pls|thanks|thank you))?";
    /** A no to it. */
    private static final Pattern NO = Pattern.compile("(?:no|nope|nah|n|not really|i didn't|no i didn't|no i did not)"
            + "(?:[\\s,.!]+(?:thanks|thank you|sorry))?");

    /**
     * How a line typed right after "Did you mean `{offered}`?" answers it: a short yes ("yes", "yep 👍", "sure!", "ok",
     * "yes please", or a yes with the word, "yes, skip"), a short no ("no", "nope", "no thanks"), or neither.
     */
    static Assent assent(String text, String offered) {
        String bare = withoutLeading(bare(text));
        if (bare.length() > MAX_CHAT_LINE) {
            return Assent.NEITHER;
        }
        if (Pattern.compile(YES + "(?:[\\s,.!:;-]+" + Pattern.quote(offered) + ")?").matcher(bare).matches()) {
            return Assent.YES;
        }
        return NO.matcher(bare).matches() ? Assent.NO : Assent.NEITHER;
    }

    /** Whether a line of several remarks has one of {@code words}, whole. */
    private static boolean has(String bare, String words) {
        return Pattern.compile("(?:^|[\\s,.!;])" + words + "(?=$|[\\s,.!;])").matcher(bare).find();
    }

    /**
     * The word a line is a slip of the keys for ("skp", "nxt", "go bak", "sikp", "skipp"): one letter left out, two
     * side by side swapped, or one doubled; never the first letter, nor a letter changed, so "bank", "step" and
     * "black" stay answers.
     */
    static Optional<String> typo(String bare) {
        if (bare.length() < 3 || !bare.matches("[a-z ]+")) {
            return Optional.empty();
        }
        return TYPO_TARGETS.stream().filter(word -> !word.equals(bare) && oneSlipFrom(bare, word)).findFirst();
    }

    private static boolean oneSlipFrom(String typed, String word) {
        if (typed.charAt(0) != word.charAt(0)) {
            return false;
        }
        if (typed.length() == word.length() - 1) {
            for (int i = 1; i < word.length(); i++) {
                if ((word.substring(0, i) + word.substring(i + 1)).equals(typed)) {
                    return true;
                }
            }
            return false;
        }
        if (typed.length() == word.length() + 1) {
            for (int i = 1; i < typed.length(); i++) {
                if (typed.charAt(i) == typed.charAt(i - 1)
                        && (typed.substring(0, i) + typed.substring(i + 1)).equals(word)) {
                    return true;
                }
            }
            return false;
        }
        if (typed.length() == word.length()) {
            for (int i = 1; i + 1 < word.length(); i++) {
                if (typed.charAt(i) == word.charAt(i + 1) && typed.charAt(i + 1) == word.charAt(i)
                        && (typed.substring(0, i) + typed.substring(i + 2)).equals(word.substring(0, i)
                        + word.substring(i + 2))) {
                    return true;
                }
            }
        }
        return false;
    }
}
