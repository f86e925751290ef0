package org.matbank.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Ends embargoes on their day: every ten minutes (and shortly after start) embargoed datasets
 * whose day has come become public. Reads do not wait for it: {@link DatasetRepository#OPEN}
 * already treats such a dataset as public.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EmbargoEnd {

    private static final Logger LOG = LoggerFactory.getLogger(EmbargoEnd.class);

    private final DatasetService datasets;

    EmbargoEnd(DatasetService datasets) {
        this.datasets = datasets;
    }

    @Scheduled(initialDelayString = "${matbank.embargo.check-after:PT30S}", fixedDelayString = "${matbank.embargo.check-every:PT10M}")
    void run() {
        int released = datasets.releaseEndedEmbargoes();
        if (released > 0) {
            LOG.info("{} embargoed dataset(s) reached their day and are public now", released);
        }
    }
}
