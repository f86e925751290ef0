package org.matbank.template;

import org.matbank.shared.Units;

/** A real range in a unit; values in any unit of the same dimension are converted before the check. */
public record RealBounds(double lowerBound, double upperBound, String defaultUnits) implements Bounds {

    @Override
    public boolean within(Bounds wider) {
        if (!(wider instanceof RealBounds w) || !Units.compatible(defaultUnits, w.defaultUnits)) {
            return false;
        }
        double low = Units.convert(lowerBound, defaultUnits, w.defaultUnits);
        double high = Units.convert(upperBound, defaultUnits, w.defaultUnits);
        return low >= w.lowerBound - tolerance(w) && high <= w.upperBound + tolerance(w);
    }

    /** True when the value, given in {@code units}, lies inside these bounds. */
    public boolean contains(double value, String units) {
        double converted = Units.convert(value, units, defaultUnits);
        double slack = tolerance(this);
        return converted >= lowerBound - slack && converted <= upperBound + slack;
    }

    @Override
    public String defect() {
        if (Units.parse(defaultUnits) == null) {
            return "unknown unit '" + defaultUnits + "'";
        }
        if (Double.isNaN(lowerBound) || Double.isNaN(upperBound) || lowerBound > upperBound) {
            return "lower bound " + lowerBound + " is above upper bound " + upperBound;
        }
        return null;
    }

    // unit conversions are not exact in binary: 1 GPa may come back as 999.9999999 MPa
    private static double tolerance(RealBounds bounds) {
        double scale = Math.max(Math.abs(bounds.lowerBound), Math.abs(bounds.upperBound));
        return Double.isFinite(scale) ? scale * 1e-12 : 0;
    }
}
