package org.matbank.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.matbank.record.Attribute;
import org.matbank.record.Edge;
import org.matbank.record.History;
import org.matbank.record.RecordObject;
import org.matbank.record.Value;

/**
 * A material history laid out left to right in layers: what flows into an object stands one layer
 * before it (raw materials, then ingredients, the process steps in their order, the materials they
 * make, and the measurements of those). The same nodes feed the chart and the accessible table.
 */
final class HistoryGraph {

    /** Pixels per layer and per row of the chart (the chart scrolls sideways when wider than the page). */
    static final int LAYER_WIDTH = 130;
    static final int ROW_HEIGHT = 48;

    /** A line of detail: a named value (name from the data), or a field whose name the bundles give ({@code field}). */
    record Fact(String name, String field, String text) {
    }

    /** An object of the history: its place (layer, row centred on 0) and what the page says of it. */
    record Node(String id, String name, String family, boolean spec, boolean root, int layer, double y, Integer step,
            List<Fact> facts, List<String> from) {
    }

    /** An edge in the direction things flow: from the upstream object to the downstream one. */
    record Link(String source, String target) {
    }

    private final List<Node> nodes;
    private final List<Link> links;

    private HistoryGraph(List<Node> nodes, List<Link> links) {
        this.nodes = nodes;
        this.links = links;
    }

    static HistoryGraph of(History history, TemplateLabels labels) {
        Map<UUID, RecordObject> byId = new HashMap<>();
        history.nodes().forEach(o -> byId.put(o.id(), o));
        Map<UUID, List<UUID>> upstream = new HashMap<>();
        List<Link> links = new ArrayList<>();
        for (Edge e : history.edges()) {
            if (byId.containsKey(e.downstream()) && byId.containsKey(e.upstream())) {
                upstream.computeIfAbsent(e.downstream(), k -> new ArrayList<>()).add(e.upstream());
                links.add(new Link(e.upstream().toString(), e.downstream().toString()));
            }
        }
        Map<UUID, Integer> layers = new HashMap<>();
        byId.keySet().forEach(id -> layer(id, upstream, layers, new HashSet<>()));
        int depth = layers.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<UUID, Double> rows = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (int layer = 0; layer <= depth; layer++) {
            int current = layer;
            // each layer in the order of what feeds it, so that edges cross as little as they can
            List<RecordObject> inLayer = history.nodes().stream().filter(o -> layers.get(o.id()) == current)
                    .sorted(Comparator.comparingDouble((RecordObject o) -> centre(upstream.get(o.id()), rows))
                            .thenComparing(o -> o.stepOrder() == null ? 0 : o.stepOrder())
                            .thenComparing(o -> o.name() == null ? "" : o.name()))
                    .toList();
            for (int i = 0; i < inLayer.size(); i++) {
                RecordObject o = inLayer.get(i);
                double y = i - (inLayer.size() - 1) / 2.0;
                rows.put(o.id(), y);
                List<String> from = upstream.getOrDefault(o.id(), List.of()).stream().map(u -> byId.get(u).name()).toList();
                nodes.add(new Node(o.id().toString(), o.name(), o.type().family(), o.type().isSpec(), o.id().equals(history.root()),
                        layer, y, o.stepOrder(), facts(o, labels), from));
            }
        }
        return new HistoryGraph(nodes, links);
    }

    /** The longest way from a raw material; a loop (refused on write) is cut rather than followed. */
    private static int layer(UUID id, Map<UUID, List<UUID>> upstream, Map<UUID, Integer> layers, Set<UUID> path) {
        Integer known = layers.get(id);
        if (known != null) {
            return known;
        }
        if (!path.add(id)) {
            return 0;
        }
        int layer = 0;
        for (UUID up : upstream.getOrDefault(id, List.of())) {
            layer = Math.max(layer, layer(up, upstream, layers, path) + 1);
        }
        path.remove(id);
        layers.put(id, layer);
        return layer;
    }

    private static double centre(List<UUID> ups, Map<UUID, Double> rows) {
        return ups == null || ups.isEmpty() ? 0 : ups.stream().mapToDouble(u -> rows.getOrDefault(u, 0.0)).average().orElse(0);
    }

    /** What a tooltip and the table say of an object: parameters, amounts, properties, equipment. */
    private static List<Fact> facts(RecordObject o, TemplateLabels labels) {
        List<Fact> facts = new ArrayList<>();
        field(facts, "mass-fraction", o.massFraction());
        field(facts, "volume-fraction", o.volumeFraction());
        field(facts, "number-fraction", o.numberFraction());
        field(facts, "absolute-quantity", o.absoluteQuantity());
        if (!o.labels().isEmpty()) {
            facts.add(new Fact(null, "labels", String.join(", ", o.labels())));
        }
        text(facts, "equipment", o.equipment());
        text(facts, "instrument", o.instrument());
        text(facts, "specimen-form", o.specimenForm());
        for (List<Attribute> group : List.of(o.parameters(), o.properties(), o.conditions())) {
            group.forEach(a -> facts.add(new Fact(labels.of(a), null, ValueTexts.entered(a.value()))));
        }
        return facts;
    }

    private static void field(List<Fact> facts, String field, Value value) {
        if (value != null) {
            facts.add(new Fact(null, field, ValueTexts.entered(value)));
        }
    }

    private static void text(List<Fact> facts, String field, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(null, field, value));
        }
    }

    List<Node> nodes() {
        return nodes;
    }

    List<Link> links() {
        return links;
    }

    int width() {
        return (nodes.stream().mapToInt(Node::layer).max().orElse(0) + 1) * LAYER_WIDTH + 120;
    }

    int height() {
        double spread = nodes.stream().mapToDouble(n -> Math.abs(n.y())).max().orElse(0) * 2 + 1;
        return (int) Math.max(260, spread * ROW_HEIGHT + 90);
    }
}
