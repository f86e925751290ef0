package org.matbank.record;

/** A molecular structure, as SMILES or InChI. */
public sealed interface MolecularValue extends Value permits Smiles, InChI {
}
