package org.matbank.record;

/**
 * The SI-normalised form of a real value, computed by MatBank beside the value as entered:
 * {@code value} is the nominal, mean or midpoint; {@code lower} and {@code upper} are set for intervals.
 */
public record SiValue(double value, Double lower, Double upper, String unit) {
}
