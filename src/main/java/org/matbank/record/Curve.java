package org.matbank.record;

import java.util.List;

/**
 * A behaviour curve such as stress-strain or a spectrum: x and y arrays of equal length, each
 * with a name and a unit.
 */
public record Curve(String xName, List<Double> x, String xUnits, String yName, List<Double> y, String yUnits)
        implements Value {

    public Curve {
        x = x == null ? List.of() : List.copyOf(x);
        y = y == null ? List.of() : List.copyOf(y);
    }
}
