package org.matbank.table;

import java.util.ArrayList;
import java.util.List;
import org.matbank.export.MaterialSource;
import org.matbank.export.TableLayout;
import org.matbank.search.MaterialFacts;
import org.matbank.shared.Origin;

/**
 * A built table in the shape export's table writers take: a layout whose value columns are the
 * table's columns (headed with their unit, "[1]" when dimensionless, as every export), and per row
 * the material's identity with the table's cells as its only facts. So a table leaves MatBank
 * through the one export path (log, fingerprint, manifest) in the same file formats.
 */
final class TableExport {

    private TableExport() {
    }

    static TableLayout layout(Table table) {
        List<TableLayout.FactColumn> facts = new ArrayList<>();
        for (TableColumn c : table.columns()) {
            facts.add(c.isNumber() ? TableLayout.FactColumn.number(c.name(), c.unit().equals("1") ? "" : c.unit())
                    : TableLayout.FactColumn.text(c.name()));
        }
        return TableLayout.of(List.of(), facts);
    }

    static MaterialSource rows(TableAssembler.Assembled assembled) {
        Table table = assembled.table();
        return sink -> {
            for (int r = 0; r < table.rows(); r++) {
                MaterialFacts m = assembled.rows().get(r);
                List<MaterialFacts.Fact> cells = new ArrayList<>();
                for (int c = 0; c < table.columns().size(); c++) {
                    TableColumn column = table.columns().get(c);
                    if (column.isNumber()) {
                        double v = table.numbers().get(c)[r];
                        if (!Double.isNaN(v)) {
                            cells.add(fact(column.name(), v, column.unit().equals("1") ? "" : column.unit(), null));
                        }
                    } else if (table.texts().get(c)[r] != null) {
                        cells.add(fact(column.name(), null, null, table.texts().get(c)[r]));
                    }
                }
                sink.accept(new MaterialFacts(m.id(), m.kind(), m.name(), m.family(), m.template(), m.author(), m.institution(),
                        m.date(), m.created(), m.intermediate(), m.tags(), m.uids(), List.of(), cells, List.of(), m.templates(),
                        m.version(), m.spec(), m.dataset()));
            }
        };
    }

    /** A fact whose column is the table column's name: "type:rest", split as the layout splits it. */
    private static MaterialFacts.Fact fact(String column, Double si, String siUnit, String text) {
        int colon = column.indexOf(':');
        String type = column.substring(0, Math.max(colon, 0));
        String rest = column.substring(colon + 1);
        int slash = rest.indexOf('/');
        String step = slash < 0 ? null : rest.substring(0, slash);
        String name = slash < 0 ? rest : rest.substring(slash + 1);
        return new MaterialFacts.Fact(type, name, step, si, siUnit, text, Origin.UNKNOWN.json());
    }
}
