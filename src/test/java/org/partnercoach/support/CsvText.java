package org.partnercoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.partnercoach.chat.Attachment;
import org.partnercoach.export.Csv;

/** A CSV file the bot sent, as a spreadsheet reads it: its byte order mark checked and left out, the rest as text. */
public final class CsvText {

    private CsvText() {
    }

    public static String of(byte[] file) {
        assertThat(file).as("a CSV begins with UTF-8's byte order mark").startsWith(Csv.BOM);
        return new String(Arrays.copyOfRange(file, Csv.BOM.length, file.length), StandardCharsets.UTF_8);
    }

    public static String of(Attachment file) {
        return of(file.bytes());
    }
}
