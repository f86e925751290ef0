package org.matbank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fractions of a composition do not depend on the order its amounts come in. */
class CompositionFractionsTest {

    @Test
    void everyOrderOfTheAmountsGivesTheSameFractions() {
        // bench steel BS-409709: Cr 0.5 wt% sits on the bound of "composition.Cr BETWEEN 0.5 wt% AND 2 wt%"
        Map<String, Double> amounts = Map.of("C", 0.281, "Mn", 1.28, "P", 0.03, "Cr", 0.5, "Fe", 97.909);
        List<String> names = new ArrayList<>(amounts.keySet());
        List<List<MaterialFacts.Component>> seen = new ArrayList<>();
        permute(names, 0, order -> {
            Map<String, Double> ordered = new LinkedHashMap<>();
            order.forEach(n -> ordered.put(n, amounts.get(n)));
            for (boolean mass : new boolean[] {true, false}) {
                List<MaterialFacts.Component> c = new ArrayList<>(FactsBuilder.components(ordered, mass));
                c.sort(Comparator.comparing(MaterialFacts.Component::name));
                seen.add(c);
            }
        });
        assertThat(seen).hasSize(240);
        for (int i = 2; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(seen.get(i % 2));
        }
        assertThat(seen.get(0)).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("Cr");
            assertThat(c.massFraction()).isEqualTo(0.5 / 100.0);
        });
    }

    private static void permute(List<String> names, int from, java.util.function.Consumer<List<String>> each) {
        if (from == names.size()) {
            each.accept(List.copyOf(names));
            return;
        }
        for (int i = from; i < names.size(); i++) {
            java.util.Collections.swap(names, from, i);
            permute(names, from + 1, each);
            java.util.Collections.swap(names, from, i);
        }
    }
}
