package org.matbank.template;

/** An inclusive range of integers. */
public record IntegerBounds(long lowerBound, long upperBound) implements Bounds {

    @Override
    public boolean within(Bounds wider) {
        return wider instanceof IntegerBounds w && lowerBound >= w.lowerBound && upperBound <= w.upperBound;
    }

    public boolean contains(long value) {
        return value >= lowerBound && value <= upperBound;
    }

    @Override
    public String defect() {
        return lowerBound > upperBound ? "lower bound " + lowerBound + " is above upper bound " + upperBound : null;
    }
}
