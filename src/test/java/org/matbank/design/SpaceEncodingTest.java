package org.matbank.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.matbank.design.DesignSpace.Component;
import org.matbank.design.DesignSpace.Composition;
import org.matbank.design.DesignSpace.Parameter;

/**
 * Whatever point of the unit cube a search (CMA-ES, NSGA-II) visits, it decodes to a candidate
 * within the bounds with an exact total, required components present, forbidden ones absent and
 * the component count kept: including the cube's corners and points outside it.
 */
class SpaceEncodingTest {

    @Test
    void everyPointOfTheCubeDecodesToACandidateOfTheSpace() {
        Composition alloy = new Composition("alloy", "at%", 100, List.of(new Component("Co", 5, 35), new Component("Cr", 5, 35),
                new Component("Fe", 0, 35), new Component("Ni", 0, 35), new Component("Mn", 0, 35), new Component("Al", 0, 10),
                new Component("V", 0, 20)), Set.of("Co", "Cr", "Ni"), Set.of("V"), 5);
        DesignSpace space = new DesignSpace(List.of(alloy), List.of(new Parameter("parameter:annealing/annealing temperature", "K", 1073, 1473)),
                List.of(), List.of());
        SpaceEncoding encoding = new SpaceEncoding(space);
        SplittableRandom random = new SplittableRandom(11);
        int decoded = 0;
        for (int i = 0; i < 20_000; i++) {
            double[] genes = new double[encoding.genes()];
            for (int g = 0; g < genes.length; g++) {
                // a fifth of the genes at or beyond the cube's faces, as a search's steps may land
                genes[g] = switch (random.nextInt(10)) {
                    case 0 -> 0;
                    case 1 -> 1;
                    case 2 -> random.nextDouble(-0.5, 1.5);
                    default -> random.nextDouble();
                };
            }
            double[] x = new double[encoding.variables().size()];
            if (!encoding.decode(genes, x, new String[0])) {
                continue;
            }
            decoded++;
            double sum = 0;
            int present = 0;
            for (int c = 0; c < alloy.components().size(); c++) {
                Component component = alloy.components().get(c);
                assertThat(x[c]).isBetween(component.min(), component.max());
                sum += x[c];
                present += x[c] > 0 ? 1 : 0;
            }
            assertThat(sum).isCloseTo(100, within(1e-9));
            assertThat(present).isLessThanOrEqualTo(5);
            assertThat(x[3]).as("Ni is required").isPositive();
            assertThat(x[6]).as("V is forbidden").isZero();
            assertThat(x[7]).isBetween(1073.0, 1473.0);
        }
        assertThat(decoded).as("nearly every point decodes").isGreaterThan(19_000);
    }
}
