package org.partnercoach.chat;

/** Discord's documented limits, which every reply keeps on every platform. */
public final class Limits {
    public static final int MESSAGE_CONTENT = 2000;
    public static final int EMBED_TITLE = 256;
    public static final int EMBED_DESCRIPTION = 4096;
    public static final int EMBED_FIELD_NAME = 256;
    public static final int EMBED_FIELD_VALUE = 1024;
    public static final int EMBED_FIELDS = 25;
    public static final int EMBED_FOOTER = 2048;
    public static final int EMBED_TOTAL = 6000;
    public static final int BUTTON_LABEL = 80;
    public static final int BUTTONS_PER_ROW = 5;
    public static final int ROWS = 5;
    public static final int SELECT_OPTIONS = 25;
    public static final int SELECT_OPTION_LABEL = 100;
    public static final int SELECT_PLACEHOLDER = 150;
    public static final int MODAL_TITLE = 45;
    public static final int MODAL_LABEL = 45;
    public static final int MODAL_PLACEHOLDER = 100;
    public static final int MODAL_VALUE = 4000;
    public static final int AUTOCOMPLETE_CHOICES = 25;
    public static final int CHOICE_NAME = 100;

    private Limits() {
    }

    /**
     * Cuts {@code text} to {@code max} characters, ending with an ellipsis when something was cut: never inside an
     * emoji, nor inside a web address, which would still be a link to a shorter, wrong address, nor inside a mention
     * (it ends before it).
     */
    public static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Shown.beforeCutLink(text, Math.max(0, max - 1));
        // never split a surrogate pair (an emoji) in half
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** " …and N more" after a list showing {@code shown} of {@code all}: the N left out; "" when none is. */
    public static String andMore(int all, int shown) {
        return all > shown ? " …and " + Count.number(all - shown) + " more" : "";
    }

    /**
     * {@code items} joined by {@code separator}, as many whole ones as fit in {@code max} characters with, when some
     * are left out, " …and N more": a mention or a name is never cut in half (a cut mention shows as stray text).
     */
    public static String joinWithin(java.util.List<String> items, String separator, int max) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String next = (i == 0 ? "" : separator) + items.get(i);
            String more = andMore(items.size(), i + 1);
            if (joined.length() + next.length() + more.length() > max) {
                String rest = andMore(items.size(), i);
                return clip(joined.length() == 0 ? rest.substring(1) : joined + rest, max);
            }
            joined.append(next);
        }
        return joined.toString();
    }
}
