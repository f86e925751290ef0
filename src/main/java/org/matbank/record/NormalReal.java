package org.matbank.record;

/** A normally distributed real value: mean and standard deviation, both in {@code units}. */
public record NormalReal(double mean, double std, String units) implements RealValue {

    @Override
    public double central() {
        return mean;
    }

    @Override
    public double lower() {
        return mean;
    }

    @Override
    public double upper() {
        return mean;
    }
}
