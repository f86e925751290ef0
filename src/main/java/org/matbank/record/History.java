package org.matbank.record;

import java.util.List;
import java.util.UUID;

/**
 * The history of one object: every object upstream of it down to the raw materials, the
 * measurements of the materials on the way, and the edges between them.
 */
public record History(UUID root, List<RecordObject> nodes, List<Edge> edges) {
}
