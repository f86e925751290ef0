package org.matbank.record;

/** An integer known only to lie between two bounds, inclusive. */
public record UniformInteger(long lowerBound, long upperBound) implements IntegerValue {

    @Override
    public long lower() {
        return lowerBound;
    }

    @Override
    public long upper() {
        return upperBound;
    }
}
