package org.matbank.record;

import java.util.List;
import org.matbank.shared.Violation;

/** What a write stored, and the bounds violations it was told to only warn about. */
public record SaveResult(List<RecordObject> objects, List<Violation> warnings) {
}
