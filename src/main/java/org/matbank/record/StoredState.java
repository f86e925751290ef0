package org.matbank.record;

import java.util.UUID;

/** What an importer needs to know of a stored object: its id, current version and input hash. */
public record StoredState(UUID id, int version, String inputHash) {
}
