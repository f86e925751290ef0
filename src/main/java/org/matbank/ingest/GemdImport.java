package org.matbank.ingest;

import java.util.List;
import java.util.UUID;
import org.matbank.shared.Violation;

/**
 * What a GEMD import wrote: the templates created, those already present and reused (matched by
 * uid), the objects created, and the validation warnings.
 */
public record GemdImport(List<UUID> templatesCreated, List<UUID> templatesReused, List<UUID> objectsCreated,
        List<Violation> warnings) {
}
