package org.partnercoach.curriculum;

/** A curriculum file cannot be used; the message names the file and the key. */
public class CurriculumException extends RuntimeException {
    public CurriculumException(String message) {
        super(message, null, false, false);
    }
}
