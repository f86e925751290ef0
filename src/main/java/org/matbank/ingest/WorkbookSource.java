package org.matbank.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Workbook;
import org.matbank.ingest.WorkbookHistory.Reference;
import org.matbank.ingest.WorkbookRows.Line;
import org.matbank.ingest.WorkbookRows.Material;
import org.matbank.ingest.WorkbookRows.RawMaterial;
import org.matbank.record.ObjectKind;
import org.matbank.record.RecordObject;
import org.matbank.shared.Link;
import org.matbank.shared.Violation;

/**
 * A filled MatBank workbook as a stream of histories. The first unit holds the raw materials
 * (several materials share them, so they cannot belong to one material's unit); then one unit per
 * row of "Materials", with its ingredients, process steps and measurements; last, one unit per
 * row that names a material the workbook does not list, carrying only its violation. A workbook
 * is data-entry sized, so it is read whole and closed at once; units are built on demand.
 */
final class WorkbookSource implements HistorySource {

    private final String scope;
    private final List<SourceUnit> leading = new ArrayList<>();
    private final List<SourceUnit> trailing = new ArrayList<>();
    private final Map<String, Reference> references = new HashMap<>();
    private Iterator<Material> materials = List.<Material>of().iterator();
    private Map<String, List<WorkbookRows.Ingredient>> ingredients = Map.of();
    private Map<String, List<WorkbookRows.Step>> steps = Map.of();
    private Map<String, List<WorkbookRows.Step>> measurements = Map.of();
    private long position;
    private long size;

    WorkbookSource(Workbook workbook, String scope) {
        this.scope = scope;
        try (workbook) {
            WorkbookMetadata.Contents metadata = WorkbookMetadata.read(workbook);
            if (metadata == null) {
                leading.add(new SourceUnit("workbook", List.of(), List.of(new Violation("workbook", "workbook.not-matbank", null,
                        "this workbook was not made by MatBank (its hidden sheet '" + WorkbookLayout.METADATA
                                + "' is missing); download one from GET /api/workbooks"))));
            } else {
                read(new WorkbookRows(workbook, metadata));
            }
        } catch (IOException e) {
            throw new IllegalStateException("closing a workbook read into memory cannot fail", e);
        }
    }

    private void read(WorkbookRows rows) {
        List<RawMaterial> raw = rows.rawMaterials();
        List<RecordObject> rawObjects = new ArrayList<>();
        List<Violation> rawViolations = new ArrayList<>();
        for (RawMaterial r : raw) {
            if (r.id() != null && references.containsKey(r.id())) {
                r.line().problem(0, "material.duplicate", r.id(), "raw material id '" + r.id() + "' is listed twice");
            } else if (r.id() != null) {
                Reference ref = new Reference(new Link(scope, "raw/" + r.id()), r.name() == null ? r.id() : r.name());
                references.put(r.id(), ref);
                rawObjects.add(RecordObject.builder(ObjectKind.MATERIAL_RUN, ref.name()).uid(scope, ref.link().id())
                        .notes(r.notes()).sampleType("production").tag("raw material").build());
            }
            rawViolations.addAll(r.line().violations());
        }
        raw.stream().filter(r -> r.id() != null && r.name() != null).forEach(r -> references.putIfAbsent(r.name(), references.get(r.id())));
        if (!raw.isEmpty()) {
            leading.add(new SourceUnit("sheet '" + WorkbookLayout.RAW_MATERIALS + "'", rawObjects, rawViolations));
        }
        List<Material> listed = rows.materials();
        Map<String, Material> byId = new LinkedHashMap<>();
        for (Material m : listed) {
            if (m.id() != null && byId.putIfAbsent(m.id(), m) != null) {
                m.line().problem(0, "material.duplicate", m.id(), "material id '" + m.id() + "' is listed twice");
            }
        }
        ingredients = group(rows.ingredients(), WorkbookRows.Ingredient::materialId, WorkbookRows.Ingredient::line, byId);
        steps = group(rows.processSteps(), WorkbookRows.Step::materialId, WorkbookRows.Step::line, byId);
        measurements = group(rows.measurements(), WorkbookRows.Step::materialId, WorkbookRows.Step::line, byId);
        materials = listed.iterator();
        size = leading.size() + listed.size() + trailing.size();
    }

    /** Rows by material id; a row naming no listed material becomes a trailing unit of its own. */
    private <T> Map<String, List<T>> group(List<T> rows, Function<T, String> materialId, Function<T, Line> line,
            Map<String, Material> materialsById) {
        Map<String, List<T>> grouped = new HashMap<>();
        for (T row : rows) {
            String id = materialId.apply(row);
            Line l = line.apply(row);
            if (id != null && materialsById.containsKey(id)) {
                grouped.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
                continue;
            }
            if (id != null) {
                l.problem(0, "material.unknown", id, "no row of sheet '" + WorkbookLayout.MATERIALS + "' has material id '" + id + "'");
            }
            trailing.add(new SourceUnit(WorkbookLayout.place(l.cells().sheetName(), l.row().getRowNum(), null), List.of(), l.violations()));
        }
        return grouped;
    }

    @Override
    public SourceUnit next() {
        position++;
        if (!leading.isEmpty()) {
            return leading.remove(0);
        }
        if (materials.hasNext()) {
            return unit(materials.next());
        }
        if (!trailing.isEmpty()) {
            return trailing.remove(0);
        }
        position--;
        return null;
    }

    private SourceUnit unit(Material m) {
        List<WorkbookRows.Ingredient> in = m.id() == null ? List.of() : ingredients.getOrDefault(m.id(), List.of());
        List<WorkbookRows.Step> made = m.id() == null ? List.of() : steps.getOrDefault(m.id(), List.of());
        List<WorkbookRows.Step> tested = m.id() == null ? List.of() : measurements.getOrDefault(m.id(), List.of());
        List<RecordObject> objects = m.id() == null || m.name() == null ? List.of()
                : WorkbookHistory.build(scope, m, in, made, tested, references);
        List<Violation> violations = new ArrayList<>(m.line().violations());
        in.forEach(r -> violations.addAll(r.line().violations()));
        made.forEach(r -> violations.addAll(r.line().violations()));
        tested.forEach(r -> violations.addAll(r.line().violations()));
        if (m.id() != null && m.name() != null) {
            // later materials may use this one as an ingredient
            references.putIfAbsent(m.id(), new Reference(new Link(scope, m.id()), m.name()));
        }
        return new SourceUnit(WorkbookLayout.place(WorkbookLayout.MATERIALS, m.line().row().getRowNum(), null), objects, violations);
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() {
        // the workbook was closed after reading
    }
}
