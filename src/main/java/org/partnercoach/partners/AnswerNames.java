package org.partnercoach.partners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.Spacing;

/**
 * The organization names in what a member wrote in answer to tip 1's "who do you want to partner with?", for Check
 * and add ({@link WalkToList}): a list, one per line, or sentences ("I think the public library and the YMCA would be
 * great"), read without what is said around the names.
 */
final class AnswerNames {

    private AnswerNames() {
    }

    /**
     * Commas and semicolons part names, and so do new lines and a sentence's end; "and", "&" and "or" only where
     * {@link #joinsTwo} says so.
     */
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;]\\s*");
    /** A sentence's full stop, before the next one's capital: "I think the library. Also the YMCA." */
    private static final Pattern STOP = Pattern.compile("\\.\\s+(?=\\p{Lu})");
    /** The words that may join two names, or two words of one name ("Boys & Girls Club"). */
    private static final java.util.Set<String> JOINING = java.util.Set.of("and", "&", "or");
    /**
     * The last word of a whole organization's name, of the kinds a coalition reaches out to: "Eastside Food Bank",
     * "Lincoln High School". Not "Services" or "Company", which end the second half of one name too ("Hospital and
     * Health Services", "Bank and Trust Company").
     */
    private static final java.util.Set<String> KINDS = java.util.Set.of("bank", "pantry", "kitchen", "shelter",
            "school", "academy", "college", "university", "church", "temple", "mosque", "synagogue", "parish",
            "clinic", "hospital", "center", "centre", "library", "museum", "department", "council", "coalition",
            "association", "club", "league", "alliance", "foundation", "society", "network", "agency", "ministry",
            "ministries", "board", "commission", "district", "coop", "cooperative", "institute", "army", "lodge");
    /**
     * Words that say what an organization does or whom it serves, not who it is: "Medical Center", "Wellness Center"
     * and "Family Services" are no name alone. After "and", with no other word before their kind, they are the rest
     * of one name: "Children's Hospital and Medical Center".
     */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("medical", "health", "healthcare",
            "wellness", "rehabilitation", "rehab", "family", "families", "human", "social", "community", "senior",
            "seniors", "youth", "children", "childrens", "women", "womens", "mental", "behavioral", "behavioural",
            "dental", "care", "cancer", "heart", "trauma", "surgical", "surgery", "research", "resource", "resources",
            "recovery", "treatment", "counseling", "counselling", "nursing", "outpatient", "urgent", "primary",
            "specialty", "maternity", "birth", "learning", "education", "training", "support", "service", "services");
    /** Small words inside a name: "Boys & Girls Club", "Habitat for Humanity", "Department of Health". */
    private static final java.util.Set<String> INSIDE = java.util.Set.of("and", "&", "of", "for", "the", "on", "in",
            "at", "de", "la", "del");
    /** How many words after a joining word are read for the end of a name. */
    private static final int NAME_WORDS = 10;
    /** Words of doubt between a joining word and the name after it: "the food bank or maybe the library". */
    private static final java.util.Set<String> HEDGES = java.util.Set.of("maybe", "perhaps", "probably", "possibly");
    /** How a member may say they would reach an organization: "try", "reach out to", "talk to", "partner with". */
    private static final String REACH = "(?:try|reach(?:\\s+out)?(?:\\s+to)?|talk\\s+(?:to|with)|contact|approach|"
            + "work\\s+with|partner\\s+with|invite|include|start\\s+with)\\b\\s*";
    /** What a member may mean to do, after "I" or "we": "could", "should", "want to", "plan to". */
    private static final String MODAL = "(?:could|should|can|might|may|will|want\\s+to|need\\s+to|have\\s+to|"
            + "hope\\s+to|plan\\s+to)";
    /**
     * How a member may say they would get in touch: "call", "email", "contact", "reach out to". In lower case, as a
     * sentence has them, and only before a name ("the", a capital, a digit): "Call to Action", "Reach Out and Read"
     * and "Contact Center" are names, and "we should call back later" or "let's call it a day" name no one.
     */
    private static final String CALL = "(?-i:call|phone|e-?mail|text|message|contact|reach(?:\\s+out)?\\s+to|"
            + "get\\s+in\\s+touch\\s+with)\\s+(?=(?-i:the\\s|\\p{Lu}|\\d))";
    /**
     * The same, capitalised as a sentence's first word, before the sentence's own "the": "Contact the YMCA". Only
     * there: capitalised anywhere else, it starts a name ("we could partner with Contact the Elderly").
     */
    private static final Pattern OPENING_CALL = Pattern.compile("^(?:Call|Phone|E-?mail|Text|Message|Contact|"
            + "Reach(?:\\s+out)?\\s+to|Get\\s+in\\s+touch\\s+with)\\s+(?=the\\s)");
    /** Who would get in touch, before {@link #CALL}: "we should", "I'd like to", "I'll", "let's", "you could". */
    private static final String CALLER = "(?:(?:i|we|you)\\s+" + MODAL
            + "|(?:i|we)(?:\\s+would|['’]d)\\s+(?:like|love|want)\\s+to|(?:i|we)['’](?:ll|d)|let['’]s|let\\s+us)\\s+"
            + "(?:(?:probably|also|definitely|really|just|first)\\s+)?";
    /**
     * A greeting before the names ("hi! eastside food bank", "hey, the YMCA"): with a stop after it, or in lower case,
     * since a name may begin so ("Hello Neighbor").
     */
    private static final String GREETING_FIRST = "(?:hi|hey|hello|hiya|hi there|hey there)[!,.:]+\\s*"
            + "|(?-i:hi|hey|hello|hiya)\\s+";
    /**
     * A contact made, told before the name it was with, in lower case as a sentence has it: "I emailed Lincoln High
     * School", "we met with the YMCA". Only before a name ("the", a capital, a digit): "i called her" names no one,
     * and is no name either ({@link #SENTENCE}).
     */
    private static final String CONTACTED = "(?-i:called|phoned|emailed|e-mailed|texted|messaged|met\\s+with|met|"
            + "visited|spoke\\s+(?:to|with)|talked\\s+(?:to|with)|reached\\s+out\\s+to)\\s+"
            + "(?=(?-i:the\\s|\\p{Lu}|\\d))";
    /**
     * What a member says before the names of a sentence, taken off one after another ("I think maybe we could try
     * the YMCA"): a joining word, a word of doubt, an opinion ("I think"), an intent to reach ("we could try", "I'd
     * like to reach", "we should talk to"), or to get in touch ("we should call", "let's email", "contact the"; a
     * sentence's capitalised first word is {@link #OPENING_CALL}).
     */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:(?:and|or|&|but)\\s+"
            + "|" + GREETING_FIRST + "|(?:please\\s+)?(?-i:add\\s+|Add\\s+(?=the\\s))(?:also\\s+)?"
            + "|(?:maybe|perhaps|probably|possibly|definitely|hopefully|ideally|also)\\b[,:]?\\s*"
            + "|(?:i|we)\\s+(?:think|guess|believe|reckon|suppose|feel\\s+like)(?:\\s+that)?\\b[,:]?\\s*"
            + "|(?:i|we)(?:\\s+would|'d|’d)\\s+(?:like|love|want)\\s+to\\s+" + REACH
            + "|(?:i|we)\\s+" + MODAL + "\\s+" + REACH
            + "|(?:i|we)\\s+(?:just\\s+|already\\s+)?" + CONTACTED
            + "|(?:" + CALLER + ")?" + CALL + ")", Pattern.CASE_INSENSITIVE);
    /**
     * A judgement after the names, at the end of the sentence: "would be great", "could help", "are a good fit",
     * "would make good partners for us", with the sentence's "!" or "?".
     */
    private static final Pattern JUDGEMENT = Pattern.compile("\\s+(?:would|could|will|might|may|can|should|are|is|"
            + "seem|seems|sound|sounds|look|looks)(?:\\s+(?:be|both|all|also|really|probably|definitely|likely|"
            + "maybe|make|very|so|super|especially))*+\\s+(?:great|good|nice|awesome|amazing|ideal|perfect|"
            + "helpful|useful|interested|keen|help(?:\\s+(?:us|out|a\\s+lot))*+|work(?:\\s+well)?|(?:an?\\s+)?"
            + "(?:(?:good|great|nice|perfect|natural|strong|solid|obvious)\\s+)?(?:fit|match|partner|choice|option|"
            + "start|idea|place\\s+to\\s+start)s?)(?:\\s+(?:for\\s+us|for\\s+this|here|too|as\\s+well|with\\s+us|"
            + "to\\s+start\\s+with))*+[\\s!?.]*+$", Pattern.CASE_INSENSITIVE);
    /** A word or two after the names that is no part of them: "the library too", "the YMCA maybe", "!". */
    private static final Pattern TAIL = Pattern.compile("(?:\\s+(?:too|as\\s+well|also|maybe|perhaps|probably|"
            + "for\\s+sure|i\\s+think|i\\s+guess))?[\\s!?.]*+$", Pattern.CASE_INSENSITIVE);
    /** Why, after the names ("the YMCA because they run youth programs"): small words, so "Girls Who Code" stays. */
    /**
     * What a member adds after a name and a dash about a contact or a person: "Eastside Food Bank - I met their
     * director last week". A person's word right after the dash, so "Boys & Girls Club - East" keeps its place.
     */
    private static final Pattern AFTERTHOUGHT = Pattern.compile("\\s+[-–—]\\s+(?:(?:i|we|they|she|he|you)\\b"
            + "|(?:i|we|they|you)['’]).*+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REASON = Pattern.compile("\\s+(?:because|since|cause|who|which|as\\s+they|as\\s+we|"
            + "as\\s+it|so\\s+they|so\\s+we|so\\s+that|if)\\s.*+$");
    /**
     * A verb or a person left in what a lead-in or a judgement framed, in lower case as a sentence has them: "I think
     * the library would say yes", "we'll see who answers" name no one.
     */
    private static final Pattern SPOKEN = Pattern.compile("\\b(?:would|should|could|will|can|might|may|must|shall|"
            + "is|are|was|were|be|been|am|has|have|had|do|does|did|won't|can't|don't|doesn't|isn't|aren't|we|you|they|"
            + "us|them)\\b|\\bI\\b|\\b(?:we|you|they|i|I)['’](?:ll|d|re|m|ve)\\b");
    /** A part longer than this is read as a plain list, without looking for lead-ins and judgements. */
    private static final int MAX_SENTENCE = 4 * PartnerInput.MAX_NAME;
    /** A list's bullet: a star only with a space after it, since a star against a word is Markdown ("**Org**"). */
    private static final Pattern BULLET = Pattern.compile("^(?:[-•·]|\\*(?=\\s)|\\d{1,2}[.)])\\s*");
    /** What is not a letter, left out when a word is looked up among the kinds of organization. */
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");
    /** Markdown emphasis around the whole name, as a member types it in a DM: **Org**, *Org*, __Org__, `Org`. */
    private static final Pattern EMPHASIS = Pattern.compile("^(\\*\\*|__|~~|\\*|_|`)(\\S(?:.*\\S)?)\\1$");
    /** The sentence's own (lower-case) "the" before a name, after a joining word or a lead-in. */
    private static final Pattern ARTICLE = Pattern.compile("^the\\s+");
    /** A leading "the" (any case), which does not make another partner: "The YMCA" is the listed "YMCA". */
    static final Pattern LEADING_THE = Pattern.compile("^the\\s+", Pattern.CASE_INSENSITIVE);
    /** What ends an item of a list rather than a name: commas, colons, an ellipsis, a last "and", "or" or "&". */
    private static final Pattern LIST_END = Pattern.compile("(?:[,;:]|\\.{2,}|…|\\s(?i:and|or)|\\s&)++$");
    /** The characters {@link #LIST_END} can end with. */
    private static final String LIST_END_LAST = ",;:.…dDrR&";
    /** A last word whose final dot belongs to it: "Inc.", "St.", "U.S.", a middle initial. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|.*[\\s(])(?:\\p{L}|\\p{L}+(?:\\.\\p{L}+)++|"
            + "inc|co|corp|ltd|llc|llp|plc|pc|pa|st|ste|ave|rd|blvd|dr|mt|ft|jr|sr|bros|assn|assoc|dept|intl|"
            + "univ|inst|ctr|hosp|twp|no|vs)\\.$", Pattern.CASE_INSENSITIVE);
    /** Brackets and curly quotes, each with its closing partner. */
    private static final String OPENERS = "([{«“‘";
    private static final String CLOSERS = ")]}»”’";
    /**
     * Phrases members write in a list that are not organizations: "not sure yet", "maybe later", "none", "they" (from
     * "they could help"), "because they run youth programs", and a database statement pasted in ("DROP TABLE
     * partners").
     */
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:not sure|unsure|maybe|perhaps|possibly|"
            + "i don'?t know|i'?m not sure|i'?m unsure|don'?t know|dunno|no idea|i (?:have|got) no idea|"
            + "i'?ve (?:got )?no idea|no clue|idk|none|nobody|no one|nothing|n/?a|tbd|tba|"
            + "later|etc|and so on|and others|others?|more|many more|various|someone|anyone|a few|some)\\b.*"
            + "|^(?:hi|hey|hello|hiya|hi there|hey there|thanks|thank you|add)$"
            + "|^(?:sure|sure thing|yep|yeah|nope|of course|will do|sounds good|sounds great|yes please|no thanks"
            + "|not yet|ok(?:ay)?(?: then)?)[!.\\s]*$|^(?:happy|glad) to\\b.*"
            + "|^(?:because|since)\\b.*"
            + "|^(?:select|insert|update|delete|drop|alter|truncate|create)\\s.*\\b(?:from|into|table|set|where)\\b.*"
            + "|^(?:yes|no|not|ok|okay|and|or|but|they|them|those|these|it|that|this|both|all|all of them|\\?+)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * What a person did or wants, in lower case as a sentence has it, after "I", "she" or "they": "i called her",
     * "she wants to meet", "they said yes". Capitalised, a name may hold such words.
     */
    private static final String REPORTED = "(?-i:called|phoned|emailed|e-mailed|texted|messaged|met|spoke|talked|"
            + "visited|saw|said|says|asked|asks|told|tells|wants?|wanted|needs|needed|went|got|heard|sent|replied|"
            + "answered|agreed|invited|thinks|thought|guesses|hopes|knows?|knew|likes?|liked|loves?|loved)";
    /**
     * A sentence rather than a name: someone saying what to do ("we should call back later", "I think the
     * library", "let's ask the YMCA"): a person (we, I, you, they) and a verb of intent or opinion next to each other,
     * or a "let's", in a part of three words or more. Kept narrow, since names may hold such words ("We Care Clinic"):
     * what it leaves out, the member can still type in the form.
     */
    private static final Pattern SENTENCE = Pattern.compile("(?=(?:\\S+\\s+){2}\\S).*(?:\\b(?:we|i|you|they)\\s+"
            + "(?:should|could|would|must|might|ought|need to|needs to|have to|want to|wanna|gotta|think|guess|hope|"
            + "can try)\\b|\\b(?:we|i|you|they)(?:'|’)(?:ll|d|re|m)\\b|\\blet(?:'|’)s\\b"
            + "|\\b(?:we|i|you|they|she|he)\\s+(?:just\\s+|already\\s+)?" + REPORTED + "\\b).*",
            Pattern.CASE_INSENSITIVE);
    /**
     * A question typed back at the question ("How do I know who to partner with?", "should we ask the YMCA?"): a
     * question word, two words or more after it, and a question mark last. A short name ending so ("Who Cares?")
     * stays a name.
     */
    private static final Pattern ASKED_BACK = Pattern.compile("(?:how|what|who|where|when|why|which|should|could|can"
            + "|would|do|does|did|is|are|will|shall)\\b(?:\\s+\\S+){2,}\\s*\\?+", Pattern.CASE_INSENSITIVE);
    /** The marks at a name's end that may be typed for tone: "!", "?", "!!!", "?!". */
    private static final Pattern TONE = Pattern.compile("(?<=[\\p{L}\\p{N}])[!?]++$");
    /** A name that is a question itself, whose "?" is its own: "Who Cares?", "Why Not?". */
    private static final Pattern OWN_QUESTION = Pattern.compile("(?:who|what|why|how|where|when|which|whose)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The organization names in an answer: split on commas, semicolons, new lines and a sentence's full stop, and on
     * "and", "&" or "or" where they join two names (not inside "Boys & Girls Club"), tidied, de-duplicated, without
     * phrases such as "not sure yet" or sentences such as "we should call back later". In a sentence ("I think the
     * public library and the YMCA would be great", "we should call the food bank") what the member says around the
     * names is left out, and so is the sentence's "the". All of them: the caller says when there are more than fit.
     */
    static List<String> names(String answer) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String line : (answer == null ? "" : answer).split("\n")) {
            // what the member said, and its names without what was said around them
            List<String[]> parts = new ArrayList<>();
            boolean sentence = false;
            String[] listed = SEPARATORS.split(line);
            for (int p = 0; p < listed.length; p++) {
                List<String> inPart = sentences(listed[p]);
                for (int s = 0; s < inPart.size(); s++) {
                    String said = tidy(inPart.get(s));
                    if (!said.isEmpty() && !ASKED_BACK.matcher(said).matches()) {
                        // a sentence starts the line or follows a full stop; after a comma, the line's goes on
                        boolean starts = p == 0 || s > 0;
                        String bare = said.length() > MAX_SENTENCE ? said : unframed(said, starts);
                        sentence |= !bare.equals(said);
                        parts.add(new String[] {said, bare});
                    }
                }
            }
            for (String[] part : parts) {
                List<String> pieces = joined(part[1]);
                for (int i = 0; i < pieces.size(); i++) {
                    String name = name(pieces.get(i), !part[1].equals(part[0]), sentence, i > 0,
                            i == 0 && part[0].startsWith(part[1]));
                    if (!name.isEmpty()) {
                        // "the YMCA" and "YMCA" in one answer are one organization
                        found.putIfAbsent(LEADING_THE.matcher(name).replaceFirst("").toLowerCase(Locale.ROOT), name);
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The sentences of a part, parted at full stops that end no abbreviation ("St. Mary's" stays one). */
    private static List<String> sentences(String part) {
        if (part.length() > MAX_SENTENCE) {
            return List.of(part);
        }
        List<String> found = new ArrayList<>();
        int from = 0;
        java.util.regex.Matcher stop = STOP.matcher(part);
        while (stop.find()) {
            String before = part.substring(from, stop.start() + 1);
            if (!ABBREVIATION.matcher(before).matches()) {
                found.add(before);
                from = stop.end();
            }
        }
        found.add(part.substring(from));
        return found;
    }

    /**
     * The words of a sentence without its lead-ins ("I think", "maybe", "we could try") and what comes after the
     * names (a judgement such as "would be great", a reason, "too", a "!"); {@code said} itself when it has none.
     *
     * @param starts whether {@code said} starts a sentence, where "Contact the YMCA" is a call to make; not when a
     *     judgement follows, which no one says of a call ("Contact the Elderly would be great" names a charity)
     */
    private static String unframed(String said, boolean starts) {
        String rest = withoutLeadIns(said, starts && !JUDGEMENT.matcher(said).find());
        boolean led = !rest.equals(said);
        String reasoned = REASON.matcher(AFTERTHOUGHT.matcher(rest).replaceFirst("")).replaceFirst("");
        String judged = JUDGEMENT.matcher(reasoned).replaceFirst("");
        if (!led && reasoned.equals(rest) && judged.equals(reasoned)) {
            return said;
        }
        return withoutListEnd(TAIL.matcher(judged).replaceFirst(""));
    }

    /**
     * {@code text} without the lead-ins before its first name, a few at most ("or maybe", "I think we could try"), and
     * without a capitalised "Contact" before "the" when {@code calls} (it starts a sentence that asks for a call).
     */
    private static String withoutLeadIns(String text, boolean calls) {
        String rest = calls ? OPENING_CALL.matcher(text).replaceFirst("") : text;
        for (int i = 0; i < 5; i++) {
            String before = rest;
            rest = LEAD_IN.matcher(rest).replaceFirst("");
            if (rest.equals(before)) {
                break;
            }
        }
        return rest;
    }

    /**
     * The parts of {@code text} that "and", "&" or "or" join, each after the first with its joining word (which
     * {@link #name} takes off): "the YMCA and Boys & Girls Club" is "the YMCA" and "and Boys & Girls Club".
     */
    private static List<String> joined(String text) {
        String[] words = text.split(" ");
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 1; i + 1 < words.length; i++) {
            if (i > from && JOINING.contains(words[i].toLowerCase(Locale.ROOT)) && joinsTwo(words, from, i)) {
                parts.add(String.join(" ", java.util.Arrays.asList(words).subList(from, i)));
                from = i;
            }
        }
        parts.add(String.join(" ", java.util.Arrays.asList(words).subList(from, words.length)));
        return parts;
    }

    /**
     * Whether the joining word {@code words[at]} parts two names rather than joining two words of one name: it does
     * before "the" ("the library and the YMCA"), next to an acronym ("the YMCA and Boys & Girls Club"), between two
     * whole names ({@link #twoWholeNames}: "Eastside Food Bank and Lincoln High School"), and between a word in lower
     * case and one capitalised, unless the capitalised word is a name's only one before it ("Boys and girls club" is
     * one name), and always before words of doubt ("and maybe"). Otherwise capitalised words on both sides ("Boys & Girls Club", "Health and Human Services", "Big
     * Brothers and Big Sisters", "Johnson and Johnson"), or lower-case ones ("theater guild and thespians"), stay one
     * name.
     */
    private static boolean joinsTwo(String[] words, int from, int at) {
        int next = at + 1;
        while (next + 1 < words.length && HEDGES.contains(words[next].toLowerCase(Locale.ROOT))) {
            next++;
        }
        if (next > at + 1) {
            // doubt after "and" ("the clinic and maybe Big Brothers and Big Sisters") is said of a second one: no
            // organization's name goes on with "and maybe"
            return true;
        }
        String before = words[at - 1];
        String after = words[next];
        if (after.equalsIgnoreCase("the") && next + 1 < words.length) {
            return true;
        }
        if (acronym(before) && letters(after) >= 2 || acronym(after) && letters(before) >= 2) {
            return true;
        }
        int b = capital(before);
        int a = capital(after);
        if (b != 0 && b == a) {
            return twoWholeNames(words, from, at, next);
        }
        return b != 0 && a != 0 && (b < 0 || twoWordsOfName(words, from, at));
    }

    /**
     * Whether a joining word stands between two whole names, each ending in a {@link #KINDS kind} of organization: the
     * name before it has two words or more and ends in one ("Eastside Food Bank"), and the name after it starts with
     * another word and ends in one a few words on ("Lincoln High School", "Boys & Girls Club"). "Department of Health
     * and Human Services" stays one name, as "Health" is no kind, and so do "Church and School" and "Bank and Bank".
     * So does a capitalised name after it whose words before the kind are all {@link #GENERIC}: "Children's Hospital
     * and Medical Center" is one hospital, where "Eastside Food Bank and Lincoln Medical Center" are two. In lower
     * case every word is generic, so "food bank and medical center" stay two.
     */
    private static boolean twoWholeNames(String[] words, int from, int at, int next) {
        if (!kind(words[at - 1]) || !twoWordsOfName(words, from, at) || kind(words[next])) {
            return false;
        }
        int sign = capital(words[next]);
        boolean ownName = sign < 0 || !generic(words[next]);
        for (int i = next + 1; i < words.length && i <= next + NAME_WORDS; i++) {
            String word = words[i];
            if (kind(word)) {
                return ownName;
            }
            if (capital(word) != sign && !INSIDE.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
            ownName |= !generic(word) && !INSIDE.contains(word.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static boolean kind(String word) {
        return KINDS.contains(lettersOf(word));
    }

    private static boolean generic(String word) {
        return GENERIC.contains(lettersOf(word));
    }

    /** A word's letters in lower case, as the kinds of organization are listed. */
    private static String lettersOf(String word) {
        return NOT_A_LETTER.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * Whether two words of a name or more stand in {@code words[from, to)}, without joining words, doubt and "the";
     * read from the end, and no further than the second, so a long line of "and"s is read once.
     */
    private static boolean twoWordsOfName(String[] words, int from, int to) {
        int count = 0;
        for (int i = to - 1; i >= from && count < 2; i--) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (!JOINING.contains(word) && !HEDGES.contains(word) && !word.equals("the")) {
                count++;
            }
        }
        return count >= 2;
    }

    /** 1 when the word's first letter is a capital, -1 when it is in lower case, 0 when it has none. */
    private static int capital(String word) {
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (Character.isLetter(ch)) {
                return Character.isUpperCase(ch) ? 1 : Character.isLowerCase(ch) ? -1 : 0;
            }
        }
        return 0;
    }

    /** A word of capitals only, two or more ("YMCA", "NAACP", "AT&T"). */
    private static boolean acronym(String word) {
        return letters(word) >= 2 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && word.chars().anyMatch(Character::isLetter);
    }

    private static long letters(String word) {
        return word.chars().filter(Character::isLetterOrDigit).count();
    }

    /**
     * One name from a part of an answer, or "" when it is none.
     *
     * @param framed whether lead-ins or a judgement were left out around it ("I think ... would be great")
     * @param sentence whether its line is such a sentence, whose "the" is no part of a name
     * @param joined whether a joining word ("and", "or") came before it
     * @param opens whether it opens the sentence, where "The" is the sentence's capital, not the name's
     */
    private static String name(String piece, boolean framed, boolean sentence, boolean joined, boolean opens) {
        String name = tidy(piece);
        if (joined) {
            name = withoutLeadIns(name, false);
        }
        if (joined || sentence) {
            name = (framed && opens ? LEADING_THE : ARTICLE).matcher(name).replaceFirst("");
        }
        if (name.isEmpty() || name.length() > PartnerInput.MAX_NAME || NOT_A_NAME.matcher(name).matches()
                || SENTENCE.matcher(name).matches() || ASKED_BACK.matcher(name).matches()
                || framed && SPOKEN.matcher(name).find()) {
            return "";
        }
        return tidy(withoutItsQuestion(framed ? name.replaceFirst("!++$", "") : withoutTone(name)));
    }

    /**
     * A bare name without the marks typed after it for tone, not as its own: a run of them ("EASTSIDE FOOD BANK!!!",
     * "the YMCA?!"), or one "!" after a kind of organization ("Eastside Food Bank!"). "Yahoo!" keeps its own.
     */
    private static String withoutTone(String name) {
        java.util.regex.Matcher marks = TONE.matcher(name);
        if (!marks.find()) {
            return name;
        }
        String before = name.substring(0, marks.start());
        String[] words = before.split(" ");
        if (marks.group().length() == 1 && !kind(words[words.length - 1])) {
            return name;
        }
        // a name that is a question itself keeps one "?" ("Who Cares?!" is "Who Cares?")
        return marks.group().contains("?") && OWN_QUESTION.matcher(before).lookingAt() ? before + "?" : before;
    }

    /** A name without a "?" after it, which is the member's doubt, unless it is a question itself ("Who Cares?"). */
    private static String withoutItsQuestion(String name) {
        return name.endsWith("?") && !OWN_QUESTION.matcher(name).lookingAt() ? name.replaceFirst("\\?++$", "") : name;
    }

    /**
     * A name as found in a free-text answer: without mentions, its bullet, the punctuation that ends a list item (a
     * comma, an ellipsis, a sentence's last dot), Markdown emphasis and quotes or brackets around the whole of it, or
     * left over at one end from quoting several names, and emoji or marks typed apart beside it ("🎉 Eastside Food
     * Bank !!"). A name's own punctuation stays: "Acme Inc.", "Yahoo!", St. Mary's "Clinic".
     */
    private static String tidy(String part) {
        String unbulleted = BULLET.matcher(Mentions.removedFrom(part).strip()).replaceFirst("");
        String name = Spacing.tidied(unbulleted);
        for (String before = ""; !name.equals(before); ) {
            before = name;
            name = unwrapped(EMPHASIS.matcher(withoutBareEnds(withoutListEnd(name))).replaceFirst("$2")).strip();
        }
        return named(name) ? name : "";
    }

    /** Whether {@code name} has a letter or digit to find it by, not a hidden one (a Hangul filler shows blank). */
    static boolean named(String name) {
        return name.codePoints().anyMatch(cp -> Character.isLetterOrDigit(cp) && !Shown.hidden(cp));
    }

    /** {@code name} without the words at its ends that hold no letter or digit: an emoji, "!!", "-". */
    private static String withoutBareEnds(String name) {
        String[] words = name.split(" ");
        int from = 0;
        int to = words.length;
        while (from < to && !named(words[from])) {
            from++;
        }
        while (to > from && !named(words[to - 1])) {
            to--;
        }
        return from == 0 && to == words.length ? name
                : String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    }

    private static String withoutListEnd(String name) {
        // a list's end is a mark or a joining word at the very end: a name that ends otherwise is not searched
        String s = (name.isEmpty() || LIST_END_LAST.indexOf(name.charAt(name.length() - 1)) < 0 ? name
                : LIST_END.matcher(name).replaceFirst("")).strip();
        return s.endsWith(".") && !ABBREVIATION.matcher(s).matches() ? s.substring(0, s.length() - 1) : s;
    }

    /** Without quotes or brackets that enclose the whole name, or that stand at one end with no partner in it. */
    private static String unwrapped(String name) {
        int n = name.length();
        if (n == 0) {
            return name;
        }
        char first = name.charAt(0);
        char last = name.charAt(n - 1);
        if (n >= 2 && encloses(name)) {
            return name.substring(1, n - 1);
        }
        if ((first == '"' || first == '\'') && quotes(name.substring(1), first) == 0
                || OPENERS.indexOf(first) >= 0 && name.indexOf(CLOSERS.charAt(OPENERS.indexOf(first))) < 0) {
            return name.substring(1);
        }
        if (last == '"' && quotes(name.substring(0, n - 1), last) == 0
                || CLOSERS.indexOf(last) >= 0 && last != '’'
                && name.indexOf(OPENERS.charAt(CLOSERS.indexOf(last))) < 0) {
            return name.substring(0, n - 1);
        }
        return name;
    }

    /** Whether the first and last characters are a pair around the whole name ("(a) and (b)" is not). */
    private static boolean encloses(String name) {
        char first = name.charAt(0);
        char last = name.charAt(name.length() - 1);
        String inner = name.substring(1, name.length() - 1);
        if (first == '"' || first == '\'') {
            return last == first && quotes(inner, first) == 0;
        }
        int kind = OPENERS.indexOf(first);
        if (kind < 0 || last != CLOSERS.charAt(kind)) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < inner.length(); i++) {
            char ch = inner.charAt(i);
            if (ch == first) {
                depth++;
            } else if (ch == last && !apostrophe(inner, i) && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** How many times {@code quote} stands in {@code text}, other than as an apostrophe inside a word. */
    private static long quotes(String text, char quote) {
        long count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == quote && !apostrophe(text, i)) {
                count++;
            }
        }
        return count;
    }

    private static boolean apostrophe(String text, int i) {
        char ch = text.charAt(i);
        return (ch == '\'' || ch == '’') && i > 0 && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }
}
