package org.matbank.record;

/** A single integer. */
public record NominalInteger(long nominal) implements IntegerValue {

    @Override
    public long lower() {
        return nominal;
    }

    @Override
    public long upper() {
        return nominal;
    }
}
