package org.matbank.ml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The elemental properties of the Magpie tables (src/main/resources/elements/magpie-elements.csv,
 * source and units in SOURCE.md beside it): one value per element and property, NaN where the
 * table has none (an empty cell or a "Missing[...]" marker).
 */
public final class ElementProperties {

    private static final String TABLE = "/elements/magpie-elements.csv";
    private static final ElementProperties MAGPIE = load();

    private final List<String> names;
    private final Map<String, double[]> bySymbol;

    private ElementProperties(List<String> names, Map<String, double[]> bySymbol) {
        this.names = List.copyOf(names);
        this.bySymbol = Map.copyOf(bySymbol);
    }

    /** The shipped Magpie table. */
    public static ElementProperties magpie() {
        return MAGPIE;
    }

    /** The property names, in the table's order. */
    public List<String> names() {
        return names;
    }

    /** The element's values in the order of {@link #names()}, if the table knows the symbol. */
    public Optional<double[]> of(String symbol) {
        double[] values = bySymbol.get(symbol);
        return values == null ? Optional.empty() : Optional.of(values.clone());
    }

    /** Empty, or one of Mathematica's markers the table kept ("Missing[""NotAvailable""]", "Missing[""Unknown""]"). */
    private static boolean missing(String cell) {
        return cell.isEmpty() || cell.startsWith("\"Missing[");
    }

    private static ElementProperties load() {
        try (InputStream in = ElementProperties.class.getResourceAsStream(TABLE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = reader.readLine().split(",", -1);
            // columns Z and Symbol, then the properties
            List<String> names = Arrays.asList(header).subList(2, header.length);
            Map<String, double[]> bySymbol = new HashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",", -1);
                double[] values = new double[names.size()];
                for (int i = 0; i < values.length; i++) {
                    String cell = i + 2 < cells.length ? cells[i + 2].strip() : "";
                    values[i] = missing(cell) ? Double.NaN : Double.parseDouble(cell);
                }
                bySymbol.put(cells[1].strip(), values);
            }
            return new ElementProperties(names, bySymbol);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
    }
}
