package org.matbank.cli;

import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.matbank.search.SearchService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code matbank reindex}: rebuilds the search index of a data folder from its database. The index
 * keeps itself in step as records change; this is for an index that was lost, damaged or built by
 * an older MatBank.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the database (stop the server on the folder first).")
class ReindexCommand implements Callable<Integer> {

    @Mixin
    DataFolder folder;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = folder.openQuietly();
                ProgressBar bar = new ProgressBarBuilder().setTaskName("Indexing materials").setInitialMax(-1).build()) {
            long indexed = context.getBean(SearchService.class).rebuild(bar::stepTo);
            bar.close();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Indexed %d materials in %.1f s (%.0f materials/s)%n", indexed, seconds, indexed / seconds);
        }
        return 0;
    }
}
