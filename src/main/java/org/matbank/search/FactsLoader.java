package org.matbank.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.matbank.record.RecordObject;
import org.matbank.record.RecordService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads materials with their histories from PostgreSQL and flattens them into {@link MaterialFacts}:
 * one closure query for a whole batch, one read of the objects, then {@link FactsBuilder} per material.
 */
@Component
class FactsLoader {

    /** Datasets anyone may see; the same rule as the access package's (DatasetRepository.OPEN). */
    private static final String OPEN = "d.state = 'public' or (d.state = 'embargoed' and d.embargo_until <= current_date)";

    private final JdbcClient jdbc;
    private final RecordService records;
    private final TemplateInfo templates;

    FactsLoader(JdbcClient jdbc, RecordService records, TemplateInfo templates) {
        this.jdbc = jdbc;
        this.records = records;
        this.templates = templates;
    }

    /** Facts of materials, with the dataset each material belongs to (for its visibility in the index). */
    record Loaded(List<MaterialFacts> facts, Map<UUID, UUID> datasets) {

        /** The index's visibility value of a material: its dataset, or public for a material of no dataset. */
        String visibility(MaterialFacts m) {
            UUID dataset = datasets.get(m.id());
            return dataset == null ? Visibility.PUBLIC : dataset.toString();
        }
    }

    /** Upstream objects a material's facts may include: of no dataset, of the material's own, or of an open one. */
    private static final String SEEN = "(o.dataset_id is null or o.dataset_id = %s or o.dataset_id in (select id from open_ds))";

    /**
     * The facts of these materials; ids that are not materials (or no longer exist) are left out.
     * A material's facts take in objects of other datasets only while those are open to everyone,
     * and nothing reached only through an object they leave out: search never finds a material by
     * what its caller could not see in its history.
     */
    Loaded load(List<UUID> materialIds) {
        if (materialIds.isEmpty()) {
            return new Loaded(List.of(), Map.of());
        }
        Map<UUID, Related> related = new HashMap<>();
        Map<UUID, UUID> datasets = new HashMap<>();
        Set<UUID> needed = new HashSet<>(materialIds);
        UUID[] ids = materialIds.toArray(UUID[]::new);
        jdbc.sql("""
                with recursive
                open_ds as (select d.id from dataset d where %s),
                roots as (select o.id as root, o.dataset_id as ds from record_object o where o.id = any(cast(:ids as uuid[]))),
                up(root, ds, node) as (
                    select root, ds, root from roots
                  union
                    select up.root, up.ds, e.upstream_id from up
                    join history_edge e on e.downstream_id = up.node and e.relation in ('produced_by', 'consumes', 'uses')
                    join record_object o on o.id = e.upstream_id where %s)
                select root, node, 'history', ds from up where root <> node
                union all
                select r.root, r.root, 'self', r.ds from roots r
                union all
                select r.root, e.downstream_id, 'measurement', r.ds from roots r
                join history_edge e on e.upstream_id = r.root and e.relation = 'measures'
                join record_object o on o.id = e.downstream_id where %s
                union all
                select r.root, e.upstream_id, 'spec', r.ds from roots r
                join history_edge e on e.downstream_id = r.root and e.relation = 'spec'
                join record_object o on o.id = e.upstream_id where %s
                union all
                select distinct r.root, r.root, 'used', r.ds from roots r
                join history_edge e on e.upstream_id = r.root and e.relation = 'uses'
                join record_object o on o.id = e.downstream_id where %s"""
                .formatted(OPEN, SEEN.formatted("up.ds"), SEEN.formatted("r.ds"), SEEN.formatted("r.ds"), SEEN.formatted("r.ds")))
                .param("ids", ids)
                .query((rs, n) -> {
                    UUID root = rs.getObject(1, UUID.class);
                    UUID node = rs.getObject(2, UUID.class);
                    String relation = rs.getString(3);
                    UUID dataset = rs.getObject(4, UUID.class);
                    if (dataset != null) {
                        datasets.put(root, dataset);
                    }
                    if (!relation.equals("self")) {
                        related.computeIfAbsent(root, r -> new Related()).add(relation, node);
                        needed.add(node);
                    }
                    return null;
                }).list();
        Map<UUID, RecordObject> objects = new HashMap<>();
        records.getAll(needed).forEach(o -> objects.put(o.id(), o));
        List<MaterialFacts> facts = new ArrayList<>(materialIds.size());
        for (UUID id : materialIds) {
            RecordObject material = objects.get(id);
            if (material != null && material.type() != null && material.type().family().equals("material")) {
                Related r = related.getOrDefault(id, new Related());
                facts.add(new FactsBuilder(material, templates)
                        .spec(pick(r.spec, objects))
                        .history(pick(r.history, objects))
                        .measurements(pick(r.measurements, objects))
                        .intermediate(r.used)
                        .build().inDataset(datasets.get(id)));
            }
        }
        return new Loaded(facts, datasets);
    }

    /**
     * The materials whose facts change when these objects change: the materials among them and
     * every material downstream of them (a process feeds all later steps; a measurement, its
     * material; a spec, its runs; an ingredient, the material it uses, which becomes intermediate).
     */
    List<UUID> affected(List<UUID> changed) {
        if (changed.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                with recursive down(node) as (
                    select unnest(cast(:ids as uuid[]))
                  union
                    select e.downstream_id from down
                    join history_edge e on e.upstream_id = down.node and e.relation in ('produced_by', 'consumes', 'uses', 'spec')),
                touched as (
                    select node from down
                    union select e.upstream_id from history_edge e
                    where e.downstream_id = any(cast(:ids as uuid[])) and e.relation in ('measures', 'uses'))
                select o.id from record_object o join touched t on t.node = o.id
                where o.kind in ('material_run', 'material_spec')""")
                .param("ids", changed.toArray(UUID[]::new))
                .query(UUID.class).list();
    }

    private static List<RecordObject> pick(Set<UUID> ids, Map<UUID, RecordObject> objects) {
        List<RecordObject> picked = new ArrayList<>(ids.size());
        ids.forEach(id -> {
            RecordObject o = objects.get(id);
            if (o != null) {
                picked.add(o);
            }
        });
        return picked;
    }

    private static final class Related {
        final Set<UUID> history = new LinkedHashSet<>();
        final Set<UUID> measurements = new LinkedHashSet<>();
        final Set<UUID> spec = new LinkedHashSet<>();
        boolean used;

        void add(String relation, UUID node) {
            switch (relation) {
                case "history" -> history.add(node);
                case "measurement" -> measurements.add(node);
                case "spec" -> spec.add(node);
                default -> used = true;
            }
        }
    }
}
