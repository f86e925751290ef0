package org.matbank.record;

/** A link to a file kept elsewhere (GEMD's file_link). */
public record FileLink(String filename, String url) {
}
