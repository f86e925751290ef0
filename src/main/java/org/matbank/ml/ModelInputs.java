package org.matbank.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How a model's features are made from the columns of a table: numeric columns taken as they are
 * (in SI); then, when {@code magpie} names the atomic-fraction column of each element, the Magpie
 * statistics of that composition ({@link MagpieFeatures}); then, for each text column holding
 * SMILES, its CDK descriptors ({@link MoleculeFeatures}), named {@code <column>|cdk:<name>}. The
 * same rule makes the training matrix and every row to predict.
 *
 * @param columns the numeric table columns used directly, in feature order
 * @param magpie element symbol to the table column holding its atomic fraction; empty for no Magpie features
 * @param molecules the text columns holding SMILES
 * @param units the SI unit of each numeric table column used ("" when dimensionless)
 */
public record ModelInputs(List<String> columns, Map<String, String> magpie, List<String> molecules, Map<String, String> units) {

    private static final MagpieFeatures MAGPIE = new MagpieFeatures(ElementProperties.magpie());

    /** CDK is loaded only for models with molecule inputs (holder idiom). */
    private static final class Cdk {
        static final MoleculeFeatures FEATURES = new MoleculeFeatures();
    }

    public ModelInputs {
        columns = List.copyOf(columns);
        magpie = magpie == null ? Map.of() : Map.copyOf(new TreeMap<>(magpie));
        molecules = molecules == null ? List.of() : List.copyOf(molecules);
        units = units == null ? Map.of() : Map.copyOf(units);
    }

    /** The feature names: the columns, then "magpie:property:statistic", then "column|cdk:name". */
    public List<String> features() {
        List<String> names = new ArrayList<>(columns);
        if (!magpie.isEmpty()) {
            names.addAll(MAGPIE.names());
        }
        for (String column : molecules) {
            Cdk.FEATURES.names().forEach(n -> names.add(column + "|" + n));
        }
        return names;
    }

    /** Every table column a row to predict may give: the numeric columns, the composition's, the molecules'. */
    public List<String> tableColumns() {
        List<String> all = new ArrayList<>(columns);
        new TreeMap<>(magpie).values().stream().filter(c -> !all.contains(c)).forEach(all::add);
        molecules.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return all;
    }

    /** The features of one row of numbers only (no molecule columns). */
    public double[] features(Function<String, Double> number) {
        return features(number, column -> null);
    }

    /**
     * The features of one row, reading each numeric column's number (null or NaN: missing) and each
     * molecule column's SMILES (null: missing; an unreadable SMILES is refused, naming it).
     */
    public double[] features(Function<String, Double> number, Function<String, String> text) {
        int width = columns.size() + (magpie.isEmpty() ? 0 : MAGPIE.names().size())
                + (molecules.isEmpty() ? 0 : molecules.size() * Cdk.FEATURES.names().size());
        double[] out = new double[width];
        for (int j = 0; j < columns.size(); j++) {
            Double v = number.apply(columns.get(j));
            out[j] = v == null ? Double.NaN : v;
        }
        int at = columns.size();
        if (!magpie.isEmpty()) {
            double[] composition = composition(number);
            System.arraycopy(composition, 0, out, at, composition.length);
            at += composition.length;
        }
        for (String column : molecules) {
            String smiles = text.apply(column);
            double[] descriptors;
            if (smiles == null || smiles.isBlank()) {
                descriptors = new double[Cdk.FEATURES.names().size()];
                Arrays.fill(descriptors, Double.NaN);
            } else {
                descriptors = Cdk.FEATURES.of(smiles);
            }
            System.arraycopy(descriptors, 0, out, at, descriptors.length);
            at += descriptors.length;
        }
        return out;
    }

    private double[] composition(Function<String, Double> number) {
        Map<String, Double> fractions = new TreeMap<>();
        magpie.forEach((element, column) -> {
            Double v = number.apply(column);
            if (v != null && v > 0) {
                fractions.put(element, v);
            }
        });
        if (fractions.isEmpty()) {
            double[] none = new double[MAGPIE.names().size()];
            Arrays.fill(none, Double.NaN);
            return none;
        }
        return MAGPIE.of(fractions);
    }
}
