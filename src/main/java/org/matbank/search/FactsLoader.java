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

    private final JdbcClient jdbc;
    private final RecordService records;
    private final TemplateInfo templates;

    FactsLoader(JdbcClient jdbc, RecordService records, TemplateInfo templates) {
        this.jdbc = jdbc;
        this.records = records;
        this.templates = templates;
    }

    /** The facts of these materials; ids that are not materials (or no longer exist) are left out. */
    List<MaterialFacts> load(List<UUID> materialIds) {
        if (materialIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, Related> related = new HashMap<>();
        Set<UUID> needed = new HashSet<>(materialIds);
        UUID[] ids = materialIds.toArray(UUID[]::new);
        jdbc.sql("""
                with recursive up(root, node) as (
                    select r, r from unnest(cast(:ids as uuid[])) r
                  union
                    select up.root, e.upstream_id from up
                    join history_edge e on e.downstream_id = up.node and e.relation in ('produced_by', 'consumes', 'uses'))
                select root, node, 'history' from up where root <> node
                union all
                select e.upstream_id, e.downstream_id, 'measurement' from history_edge e
                where e.upstream_id = any(cast(:ids as uuid[])) and e.relation = 'measures'
                union all
                select e.downstream_id, e.upstream_id, 'spec' from history_edge e
                where e.downstream_id = any(cast(:ids as uuid[])) and e.relation = 'spec'
                union all
                select distinct e.upstream_id, e.upstream_id, 'used' from history_edge e
                where e.upstream_id = any(cast(:ids as uuid[])) and e.relation = 'uses'""")
                .param("ids", ids)
                .query((rs, n) -> {
                    UUID root = rs.getObject(1, UUID.class);
                    UUID node = rs.getObject(2, UUID.class);
                    related.computeIfAbsent(root, r -> new Related()).add(rs.getString(3), node);
                    needed.add(node);
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
                        .build());
            }
        }
        return facts;
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
