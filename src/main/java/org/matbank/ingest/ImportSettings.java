package org.matbank.ingest;

import java.util.Locale;
import java.util.UUID;
import org.matbank.access.Audience;
import org.matbank.shared.InvalidInputException;
import org.matbank.shared.Problem;
import org.matbank.shared.ValidationLevel;
import org.matbank.shared.Violation;

/**
 * How to run one import.
 *
 * @param format     csv, xlsx, gemd or matbank-json
 * @param fileName   the name the user gave the file (for the report and the job record)
 * @param scope      external-id scope for what the import makes (workbooks); CSV mappings name their own
 * @param keepValid  false (default): any invalid unit means nothing is written; true: write the valid
 *                   units and list the rest in the report (quarantine)
 * @param validation how template violations count (fail, warn, ignore)
 * @param author     who runs the import
 */
public record ImportSettings(String format, String fileName, String scope, boolean keepValid,
        ValidationLevel validation, String author, UUID dataset, Audience writer) {

    /**
     * Settings of an import into no dataset (its new objects are open to everyone) by someone who
     * sees everything (the command line on the data folder).
     */
    public ImportSettings(String format, String fileName, String scope, boolean keepValid, ValidationLevel validation,
            String author) {
        this(format, fileName, scope, keepValid, validation, author, null, null);
    }

    /** The same settings with another validation level. */
    public ImportSettings withValidation(ValidationLevel level) {
        return new ImportSettings(format, fileName, scope, keepValid, level, author, dataset, writer);
    }

    /** The format a file name suggests: .xlsx a workbook, .json GEMD or MatBank JSON (told apart by content), else CSV. */
    public static String formatOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") ? "xlsx" : lower.endsWith(".json") ? "gemd" : "csv";
    }

    /** Whether an import mode keeps the valid units: all-or-nothing (the default) or keep-valid (also called quarantine). */
    public static boolean keepValid(String mode) {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "keep-valid", "quarantine" -> true;
            case "all-or-nothing" -> false;
            default -> throw new InvalidInputException(Problem.MALFORMED, new Violation("mode", "import.mode", mode,
                    "mode is all-or-nothing (default) or keep-valid"));
        };
    }
}
