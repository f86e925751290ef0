package org.matbank.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.matbank.export.ExportFormat;
import org.matbank.export.ExportManifest;
import org.matbank.export.ExportQuery;
import org.matbank.export.ExportRequest;
import org.matbank.export.ExportService;
import org.matbank.export.Recipient;
import org.matbank.export.TableLayout;
import org.matbank.search.MaterialFacts;
import org.matbank.search.SearchPage;
import org.matbank.search.SearchRequest;
import org.matbank.search.SearchService;
import org.matbank.search.Visibility;
import org.matbank.access.Audience;
import org.matbank.access.Caller;
import org.matbank.access.DatasetAccess;
import org.matbank.shared.InvalidInputException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code matbank search}: the filter language from the command line (docs/SEARCH.md); prints the
 * first page with totals and facets, or exports every match with {@code --export FORMAT --out FILE}.
 */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Find materials (docs/SEARCH.md); optionally export them.")
class SearchCommand implements Callable<Integer> {

    @Option(names = "--filter", description = "e.g. property.\"tensile strength\" >= 0.5 GPa AND composition.Cr > 1 wt%")
    String filter;

    @Option(names = "--text", description = "Words, Korean or English.")
    String text;

    @Option(names = "--sort", description = "e.g. property.\"tensile strength\" desc")
    String sort;

    @Option(names = "--limit", defaultValue = "20", description = "Materials to print. Default: 20.")
    int limit;

    @Option(names = "--facets", defaultValue = "family,template,institution,element", description = "Dimensions to count.")
    String facets;

    @Option(names = "--export", description = "Export every match: csv, xlsx, parquet, matbank-json or gemd-json.")
    String export;

    @Option(names = "--out", description = "The ZIP to write with --export.")
    Path out;

    @Mixin
    DataFolder folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            return run(stdout, stderr);
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private int run(PrintWriter stdout, PrintWriter stderr) throws Exception {
        if (export != null && out == null) {
            stderr.println("--export needs --out FILE");
            return 2;
        }
        try (ConfigurableApplicationContext context = folder.openQuietly()) {
            SearchService search = context.getBean(SearchService.class);
            search.awaitIndexed();
            // the command line answers as an anonymous caller would be answered: open data only
            Audience open = context.getBean(DatasetAccess.class).audience((Caller) null).forExport();
            Visibility visibility = Visibility.of(open);
            if (export != null) {
                return export(search, context.getBean(ExportService.class), open, stdout);
            }
            SearchPage page = search.search(new SearchRequest(filter, text, sort,
                    Arrays.stream(facets.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(), limit, null), visibility);
            stdout.println(page.total() + " materials");
            page.facets().forEach((dim, counts) -> stdout.println("  " + dim + ": " + counts.stream()
                    .limit(8).map(c -> c.value() + " " + c.count()).collect(Collectors.joining(", "))));
            for (SearchPage.Hit hit : page.hits()) {
                stdout.println(hit.id() + "  " + hit.name() + (hit.institution() == null ? "" : "  (" + hit.institution() + ")"));
            }
            return 0;
        } catch (InvalidInputException refused) {
            return Refusals.print(refused, stderr);
        }
    }

    private int export(SearchService search, ExportService exports, Audience open, PrintWriter stdout) throws Exception {
        Visibility visibility = Visibility.of(open);
        ExportFormat format = Arrays.stream(ExportFormat.values()).filter(f -> f.json().equalsIgnoreCase(export)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format " + export));
        SearchRequest all = SearchRequest.of(filter, text, sort);
        ExportRequest request = ExportRequest.to(Recipient.commandLine(), format, new ExportQuery(filter, text, sort)).seenBy(open);
        try (SearchService.Snapshot snapshot = search.snapshot(); OutputStream file = Files.newOutputStream(out)) {
            ExportManifest manifest;
            if (format.isTabular()) {
                List<SearchService.Column> columns = search.columns(all, visibility);
                manifest = exports.table(request, TableLayout.of(columns), sink -> snapshot.forEach(all, visibility, sink), file);
            } else {
                manifest = exports.histories(request, sink -> snapshot.forEach(all, visibility,
                        (MaterialFacts m) -> sink.accept(m.id())), file);
            }
            stdout.println("Exported " + manifest.recordCount() + " materials to " + out + " (fingerprint " + manifest.fingerprint() + ")");
        }
        return 0;
    }
}
