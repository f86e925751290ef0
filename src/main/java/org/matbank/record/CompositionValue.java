package org.matbank.record;

import java.util.Set;

/** A composition: named components with amounts, or a formula. */
public sealed interface CompositionValue extends Value permits NominalComposition, EmpiricalFormula {

    /** The components named, or null when they cannot be read (a malformed formula). */
    Set<String> components();
}
