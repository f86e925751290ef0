package org.matbank.template;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

/** Any valid molecular structure (SMILES or InChI). */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public record MolecularStructureBounds() implements Bounds {

    @Override
    public boolean within(Bounds wider) {
        return wider instanceof MolecularStructureBounds;
    }

    @Override
    public String defect() {
        return null;
    }
}
