package org.partnercoach.chat;

/** A file sent with a message: a chart, an export. */
public record Attachment(String fileName, byte[] bytes) {
}
