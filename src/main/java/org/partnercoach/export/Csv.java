package org.partnercoach.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.partnercoach.chat.Attachment;

/**
 * A CSV file: UTF-8 with a byte order mark ({@link #BOM}), a header row, one row per record, written by Jackson's CSV module (which quotes commas, quotes
 * and line breaks). A cell that a spreadsheet would run as a formula (it begins with {@code = + - @}, a tab or a
 * carriage return, after any spaces) gets a single quote in front, so a partner named {@code =HYPERLINK(...)} stays text. Members are
 * written as links to their Discord profile ({@link #member}), which a spreadsheet keeps whole.
 */
public final class Csv {

    /**
     * The UTF-8 byte order mark every file begins with: without it Excel on Windows reads a CSV in the computer's own
     * code page and shows "ClÃ­nica" for "Clínica"; LibreOffice, Google Sheets and Numbers skip it.
     */
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Quotes only the cells that need it (a comma, a quote, a line break, leading or trailing space). */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    /** Discord's inline code, as the bot writes a command: {@code `/coach start`}, or {@code `` a`name ``}. */
    private static final Pattern CODE = Pattern.compile("``\\s?(.+?)\\s?``|`([^`]+)`");
    /** A channel as a message names it for Discord to link: {@code <#555>}. */
    private static final Pattern CHANNEL = Pattern.compile("<#(\\d+)>");

    /** A moment as a spreadsheet reads it: "2026-03-02 14:05". */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private Csv(List<String> header) {
        this.header = List.copyOf(header);
    }

    public static Csv withHeader(String... columns) {
        return new Csv(List.of(columns));
    }

    /** Adds a row; numbers and times are written as text, null as an empty cell. */
    public Csv row(Object... cells) {
        List<String> row = new ArrayList<>(header.size());
        for (int i = 0; i < header.size(); i++) {
            Object cell = i < cells.length ? cells[i] : null;
            row.add(neutralise(cell == null ? "" : String.valueOf(cell)));
        }
        rows.add(row);
        return this;
    }

    public int size() {
        return rows.size();
    }

    /** {@code at} as a spreadsheet reads it, to the minute in {@code zone} ("2026-03-02 14:05"); null for none. */
    public static String time(Instant at, ZoneId zone) {
        return at == null ? null : TIME.format(at.atZone(zone));
    }

    /**
     * A member as a spreadsheet keeps them: the link to their Discord profile ({@code https://discord.com/users/ID});
     * null for none (0). A Discord id is 17 to 20 digits, which a spreadsheet reads as a number and shows as
     * 1.23457E+18, keeping only its first 15 digits; a link stays text, whole, without a formula (which a cell must
     * never hold), and opens the member's profile, to see who it is.
     */
    public static String member(long userId) {
        return userId == 0 ? null : "https://discord.com/users/" + Long.toUnsignedString(userId);
    }

    /**
     * Who did something recorded (logged a touchpoint, moved a partner on): {@link #member}, or "a former member" for
     * one who asked to be forgotten (their id is stored as 0), as the bot's pages say, so that an empty cell is not
     * taken for data missing.
     */
    public static String doneBy(long userId) {
        return userId == 0 ? org.partnercoach.chat.Mentions.FORMER_MEMBER : member(userId);
    }

    /**
     * A sentence the bot wrote for Discord (why a send failed), as plain text for a cell: a command loses the backticks
     * of its code span, and a channel Discord would link ({@code <#555>}) reads "channel 555". Only for the bot's own
     * words: what a member typed is kept as typed.
     */
    public static String plain(String discord) {
        if (discord == null) {
            return null;
        }
        String text = CODE.matcher(discord).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                (m.group(1) != null ? m.group(1) : m.group(2)).replace("`\u200B`", "``")));
        return CHANNEL.matcher(text).replaceAll("channel $1");
    }

    /**
     * A cell as a spreadsheet will read it: text that would start a formula gets a leading single quote, also after
     * spaces (a spreadsheet skips them and runs {@code "  =1+1"} as well).
     */
    public static String neutralise(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) != '\t' && cell.charAt(i) != '\r'
                && (Character.isWhitespace(cell.charAt(i)) || Character.isSpaceChar(cell.charAt(i)))) {
            i++;
        }
        if (i == cell.length()) {
            return cell;
        }
        char first = cell.charAt(i);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    public byte[] bytes() {
        List<List<String>> all = new ArrayList<>(rows.size() + 1);
        all.add(header);
        all.addAll(rows);
        try {
            byte[] text = MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValueAsString(all)
                    .getBytes(StandardCharsets.UTF_8);
            byte[] file = Arrays.copyOf(BOM, BOM.length + text.length);
            System.arraycopy(text, 0, file, BOM.length, text.length);
            return file;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Attachment file(String fileName) {
        return new Attachment(fileName, bytes());
    }
}
