package org.matbank.record;

/** A single real number with a unit. */
public record NominalReal(double nominal, String units) implements RealValue {

    @Override
    public double central() {
        return nominal;
    }

    @Override
    public double lower() {
        return nominal;
    }

    @Override
    public double upper() {
        return nominal;
    }
}
