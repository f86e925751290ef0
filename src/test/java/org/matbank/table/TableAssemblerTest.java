package org.matbank.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.matbank.search.MaterialFacts;

/** Cells, rules and snapshots from hand-made facts, without a server. */
class TableAssemblerTest {

    private static MaterialFacts material(String id, int version, List<MaterialFacts.Component> composition, MaterialFacts.Fact... facts) {
        return new MaterialFacts(UUID.fromString(id), "material_run", "m " + id, null, null, null, null, null, null, false,
                List.of(), Map.of(), composition, List.of(facts), List.of(), List.of(), version, null, null);
    }

    private static MaterialFacts.Fact strength(double pa) {
        return new MaterialFacts.Fact("property", "strength", null, pa, "Pa", pa / 1e6 + " MPa", "measured");
    }

    private static Table table(TableDefinition definition, List<MaterialFacts> materials) {
        TerminalMaterials terminal = new TerminalMaterials();
        materials.forEach(terminal::accept);
        List<MaterialFacts> rows = terminal.rows();
        return TableAssembler.assemble(definition, ColumnPlan.of(definition, ColumnCatalog.of(rows), List::of), rows).table();
    }

    private final MaterialFacts a = material("00000000-0000-0000-0000-00000000000a", 1,
            List.of(new MaterialFacts.Component("Fe", 0.99, 0.95), new MaterialFacts.Component("C", 0.01, 0.05)),
            strength(500e6), strength(700e6));
    private final MaterialFacts b = material("00000000-0000-0000-0000-00000000000b", 3,
            List.of(new MaterialFacts.Component("Fe", 1.0, 1.0)));
    private final MaterialFacts noComposition = material("00000000-0000-0000-0000-00000000000c", 1, List.of(), strength(300e6));

    @Test
    void twoValuesOfACellGiveTheirMeanAndAnAbsentElementOfAKnownCompositionIsZero() {
        Table t = table(TableDefinition.of(null, List.of()), List.of(a, b, noComposition));

        assertThat(t.columns()).extracting(TableColumn::name).containsExactly("composition:C (mass fraction)",
                "composition:C (atomic fraction)", "composition:Fe (mass fraction)", "composition:Fe (atomic fraction)",
                "property:strength");
        assertThat(t.numbers("property:strength")).containsExactly(600e6, Double.NaN, 300e6);
        assertThat(t.numbers("composition:C (mass fraction)")).containsExactly(0.01, 0.0, Double.NaN);
        assertThat(t.numbers("composition:C (atomic fraction)")[1]).isZero();
    }

    @Test
    void theSnapshotDependsOnTheDataNotOnTheOrderFound() {
        TableDefinition all = TableDefinition.of(null, List.of());
        List<MaterialFacts> shuffled = new ArrayList<>(List.of(a, b, noComposition));
        Collections.reverse(shuffled);

        String first = table(all, List.of(a, b, noComposition)).snapshot();
        String reversed = table(all, shuffled).snapshot();
        MaterialFacts newer = material(b.id().toString(), 4, b.composition());
        String changed = table(all, List.of(a, newer, noComposition)).snapshot();

        assertThat(reversed).isEqualTo(first);
        assertThat(changed).as("a new version of a row's material").isNotEqualTo(first);
        assertThat(table(all.missing("composition:C", MissingRule.LEAVE), List.of(a, b, noComposition)).snapshot()).isNotEqualTo(first);
    }

    @Test
    void aSpecRealisedByAMatchingRunAndIntermediatesAreNoRows() {
        UUID spec = UUID.fromString("00000000-0000-0000-0000-000000000001");
        MaterialFacts specFacts = new MaterialFacts(spec, "material_spec", "spec", null, null, null, null, null, null, false,
                List.of(), Map.of(), List.of(), List.of(strength(1e6)), List.of(), List.of(), 1, null, null);
        MaterialFacts run = new MaterialFacts(UUID.fromString("00000000-0000-0000-0000-000000000002"), "material_run", "run", null,
                null, null, null, null, null, false, List.of(), Map.of(), List.of(), List.of(strength(2e6)), List.of(), List.of(), 1,
                spec, null);
        MaterialFacts intermediate = new MaterialFacts(UUID.fromString("00000000-0000-0000-0000-000000000003"), "material_run",
                "ingot", null, null, null, null, null, null, true, List.of(), Map.of(), List.of(), List.of(), List.of(), List.of());

        Table t = table(TableDefinition.of(null, List.of()), List.of(specFacts, run, intermediate));
        Table specOnly = table(TableDefinition.of(null, List.of()), List.of(specFacts));

        assertThat(t.materials()).containsExactly(run.id());
        assertThat(specOnly.materials()).as("a planned experiment without a run").containsExactly(spec);
    }
}
