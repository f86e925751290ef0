package org.matbank.record;

/** A real value known only to lie between two bounds. */
public record UniformReal(double lowerBound, double upperBound, String units) implements RealValue {

    @Override
    public double central() {
        return (lowerBound + upperBound) / 2;
    }

    @Override
    public double lower() {
        return lowerBound;
    }

    @Override
    public double upper() {
        return upperBound;
    }
}
