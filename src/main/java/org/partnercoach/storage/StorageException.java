package org.partnercoach.storage;

/** A database failure. Unchecked: features let it reach the router, which answers with a reference code. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
