package org.matbank.ingest;

import java.util.List;

/**
 * The fixed part of a MatBank workbook, shared by the generator and the reader: sheet names,
 * the bilingual headers of the columns every workbook has, and where data starts. Attribute
 * columns follow the fixed ones and are described by the hidden metadata sheet.
 */
final class WorkbookLayout {

    static final String INSTRUCTIONS = "Instructions";
    static final String RAW_MATERIALS = "Raw materials";
    static final String MATERIALS = "Materials";
    static final String COMPOSITION = "Composition";
    static final String PROCESS = "Process";
    static final String PROPERTIES = "Properties";
    /** Hidden: lists behind the drop-downs (categories, template names, units). */
    static final String LISTS = "_lists";
    /** Hidden: template ids and versions and the meaning of every attribute column. */
    static final String METADATA = "_matbank";
    static final String FORMAT = "matbank-workbook/1";

    /** Row 1 holds the headers, row 2 the hints (unit, range, required); data starts on Excel row 3. */
    static final int HEADER_ROW = 0;
    static final int HINT_ROW = 1;
    static final int FIRST_DATA_ROW = 2;
    /** Drop-downs and number checks cover this many data rows; a data-entry workbook needs no more. */
    static final int DATA_ROWS = 1000;

    static final String MATERIAL_ID = "Material id / 시료 ID";
    static final String NAME = "Name / 이름";
    static final String NOTES = "Notes / 비고";
    static final String DATE = "Date (YYYY-MM-DD) / 날짜";

    static final String RAW_ID = "Raw material id / 원료 ID";
    static final List<String> RAW_COLUMNS = List.of(RAW_ID, NAME, NOTES);

    static final String MATERIAL_TEMPLATE = "Material template / 소재 템플릿";
    static final String SAMPLE_TYPE = "Sample type / 시료 유형";
    static final String AUTHOR = "Author / 작성자";
    static final String INSTITUTION = "Institution / 기관";
    static final List<String> MATERIAL_COLUMNS = List.of(MATERIAL_ID, NAME, MATERIAL_TEMPLATE, SAMPLE_TYPE, AUTHOR,
            INSTITUTION, DATE, NOTES);
    static final List<String> SAMPLE_TYPES = List.of("experimental", "virtual", "production", "unknown");

    static final String INGREDIENT = "Ingredient (raw material or material id) / 원료";
    static final String AMOUNT = "Amount / 양";
    static final String AMOUNT_KIND = "Amount kind / 양의 종류";
    static final String UNIT = "Unit / 단위";
    static final String LABEL = "Label (role) / 역할";
    static final List<String> COMPOSITION_COLUMNS = List.of(MATERIAL_ID, INGREDIENT, AMOUNT, AMOUNT_KIND, UNIT, LABEL);
    /** Amount kinds as shown in the drop-down; the reader also accepts the English part alone. */
    static final List<String> AMOUNT_KINDS = List.of("mass fraction / 질량분율", "volume fraction / 부피분율",
            "number fraction / 몰분율", "absolute quantity / 절대량");

    static final String STEP_ORDER = "Step order / 공정 순서";
    static final String PROCESS_TEMPLATE = "Process template / 공정 템플릿";
    static final String EQUIPMENT = "Equipment / 장비";
    static final List<String> PROCESS_COLUMNS = List.of(MATERIAL_ID, STEP_ORDER, PROCESS_TEMPLATE, EQUIPMENT, DATE, NOTES);

    static final String MEASUREMENT_TEMPLATE = "Measurement template / 측정 템플릿";
    static final String SPECIMEN_FORM = "Specimen form / 시편 형태";
    static final String INSTRUMENT = "Instrument / 측정 장비";
    static final List<String> PROPERTY_COLUMNS = List.of(MATERIAL_ID, MEASUREMENT_TEMPLATE, SPECIMEN_FORM, INSTRUMENT,
            DATE, NOTES);

    private WorkbookLayout() {
    }

    /** The fixed columns of a sheet. */
    static List<String> fixedColumns(String sheet) {
        return switch (sheet) {
            case RAW_MATERIALS -> RAW_COLUMNS;
            case MATERIALS -> MATERIAL_COLUMNS;
            case COMPOSITION -> COMPOSITION_COLUMNS;
            case PROCESS -> PROCESS_COLUMNS;
            case PROPERTIES -> PROPERTY_COLUMNS;
            default -> List.of();
        };
    }

    /** The cell a violation points at, as Excel shows it: 1-based row, the column's header. */
    static String place(String sheet, int rowIndex, String header) {
        String row = "sheet '" + sheet + "' row " + (rowIndex + 1);
        return header == null ? row : row + " column '" + header + "'";
    }
}
