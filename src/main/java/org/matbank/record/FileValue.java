package org.matbank.record;

/** An attached file (a spectrum, an image), named by the SHA-256 of its content. */
public record FileValue(String sha256, String filename, String mediaType) implements Value {
}
