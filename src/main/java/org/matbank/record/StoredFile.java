package org.matbank.record;

/** An uploaded file, named by the SHA-256 of its content. */
public record StoredFile(String sha256, String filename, String mediaType, long size) {
}
