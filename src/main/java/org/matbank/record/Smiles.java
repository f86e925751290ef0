package org.matbank.record;

/** A molecular structure written as SMILES; checked with CDK. */
public record Smiles(String smiles) implements MolecularValue {
}
