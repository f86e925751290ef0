package org.matbank.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How a model's features are made from the columns of a table: numeric columns taken as they are
 * (in SI), then, when {@code magpie} names the atomic-fraction column of each element, the Magpie
 * statistics of that composition ({@link MagpieFeatures}). The same rule makes the training
 * matrix and every row to predict, here and in the standalone predictor.
 *
 * @param columns the numeric table columns used directly, in feature order
 * @param magpie element symbol to the table column holding its atomic fraction; empty for no Magpie features
 * @param units the SI unit of each table column used ("" when dimensionless)
 */
public record ModelInputs(List<String> columns, Map<String, String> magpie, Map<String, String> units) {

    private static final MagpieFeatures MAGPIE = new MagpieFeatures(ElementProperties.magpie());

    public ModelInputs {
        columns = List.copyOf(columns);
        magpie = magpie == null ? Map.of() : Map.copyOf(new TreeMap<>(magpie));
        units = units == null ? Map.of() : Map.copyOf(units);
    }

    /** The feature names: the columns, then "magpie:property:statistic". */
    public List<String> features() {
        List<String> names = new ArrayList<>(columns);
        if (!magpie.isEmpty()) {
            names.addAll(MAGPIE.names());
        }
        return names;
    }

    /** Every table column a row to predict may give: the columns and the composition's. */
    public List<String> tableColumns() {
        List<String> all = new ArrayList<>(columns);
        new TreeMap<>(magpie).values().stream().filter(c -> !all.contains(c)).forEach(all::add);
        return all;
    }

    /** The features of one row, reading each table column's number (null or NaN: missing). */
    public double[] features(Function<String, Double> cell) {
        double[] direct = new double[columns.size()];
        for (int j = 0; j < direct.length; j++) {
            Double v = cell.apply(columns.get(j));
            direct[j] = v == null ? Double.NaN : v;
        }
        if (magpie.isEmpty()) {
            return direct;
        }
        MagpieFeatures featuriser = MAGPIE;
        Map<String, Double> fractions = new TreeMap<>();
        magpie.forEach((element, column) -> {
            Double v = cell.apply(column);
            if (v != null && v > 0) {
                fractions.put(element, v);
            }
        });
        double[] composition;
        if (fractions.isEmpty()) {
            composition = new double[featuriser.names().size()];
            Arrays.fill(composition, Double.NaN);
        } else {
            composition = featuriser.of(fractions);
        }
        double[] all = Arrays.copyOf(direct, direct.length + composition.length);
        System.arraycopy(composition, 0, all, direct.length, composition.length);
        return all;
    }
}
