package org.matbank.record;

/** A molecular structure written as an IUPAC InChI string. */
public record InChI(String inchi) implements MolecularValue {
}
