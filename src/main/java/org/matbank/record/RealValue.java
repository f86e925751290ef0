package org.matbank.record;

/** A real value with a unit: a single number, a normal distribution or a uniform interval. */
public sealed interface RealValue extends Value permits NominalReal, NormalReal, UniformReal {

    String units();

    /** The number that stands for the value: nominal, mean or midpoint. */
    double central();

    /** The lowest and highest numbers the value claims; equal to {@link #central()} for a nominal. */
    double lower();

    double upper();
}
