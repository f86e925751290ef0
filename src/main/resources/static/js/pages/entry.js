/* entry pages (issue 6): chart types and behaviours, registered with MatBank.chart(...) */
