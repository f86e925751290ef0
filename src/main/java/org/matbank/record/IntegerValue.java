package org.matbank.record;

/** An integer value: a single count or an interval of counts. */
public sealed interface IntegerValue extends Value permits NominalInteger, UniformInteger {

    long lower();

    long upper();
}
