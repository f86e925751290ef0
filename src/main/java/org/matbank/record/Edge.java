package org.matbank.record;

import java.util.UUID;

/**
 * An edge of the history graph, from a downstream object to an upstream one. Relations:
 * {@code produced_by} (material to process), {@code consumes} (process to ingredient),
 * {@code uses} (ingredient to material), {@code measures} (measurement to material) and
 * {@code spec} (run to spec, not part of the history proper).
 */
public record Edge(UUID downstream, UUID upstream, String relation) {
}
