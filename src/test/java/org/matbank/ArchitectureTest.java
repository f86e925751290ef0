package org.matbank;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies between feature packages go one way (DESIGN.md, Architecture):
 * shared <- template <- record <- {ingest, search} <- export <- {release, table}; table <- ml; access (accounts, tokens,
 * datasets and who sees what) depends on shared only, and the features from record on use it to
 * enforce what a caller may see; web and cli are entry points nothing depends on.
 */
@AnalyzeClasses(packages = "org.matbank", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SHARED = "org.matbank.shared..";
    private static final String TEMPLATE = "org.matbank.template..";
    private static final String RECORD = "org.matbank.record..";
    private static final String INGEST = "org.matbank.ingest..";
    private static final String ACCESS = "org.matbank.access..";
    private static final String SEARCH = "org.matbank.search..";
    private static final String EXPORT = "org.matbank.export..";
    private static final String RELEASE = "org.matbank.release..";
    private static final String TABLE = "org.matbank.table..";
    private static final String ML = "org.matbank.ml..";
    private static final String DESIGN = "org.matbank.design..";
    private static final String WEB = "org.matbank.web..";
    private static final String CLI = "org.matbank.cli..";

    /** A MatBank class outside the given packages (the application class itself excepted). */
    private static DescribedPredicate<JavaClass> matbankOutside(String... allowed) {
        return resideInAPackage("org.matbank..")
                .and(DescribedPredicate.not(resideInAnyPackage(allowed)))
                .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(MatBankApplication.class)))
                .as("MatBank classes outside " + String.join(", ", allowed));
    }

    @ArchTest
    static final ArchRule sharedDependsOnNoFeature = noClasses().that().resideInAPackage(SHARED)
            .should().dependOnClassesThat(matbankOutside(SHARED));

    @ArchTest
    static final ArchRule templateDependsOnlyOnShared = noClasses().that().resideInAPackage(TEMPLATE)
            .should().dependOnClassesThat(matbankOutside(SHARED, TEMPLATE));

    @ArchTest
    static final ArchRule recordDependsOnlyOnSharedTemplateAndAccess = noClasses().that().resideInAPackage(RECORD)
            .should().dependOnClassesThat(matbankOutside(SHARED, TEMPLATE, ACCESS, RECORD));

    @ArchTest
    static final ArchRule ingestDependsOnlyOnSharedTemplateRecordAndAccess = noClasses().that().resideInAPackage(INGEST)
            .should().dependOnClassesThat(matbankOutside(SHARED, TEMPLATE, ACCESS, RECORD, INGEST));

    @ArchTest
    static final ArchRule searchDependsOnlyOnSharedTemplateRecordAndAccess = noClasses().that().resideInAPackage(SEARCH)
            .should().dependOnClassesThat(matbankOutside(SHARED, TEMPLATE, ACCESS, RECORD, SEARCH));

    @ArchTest
    static final ArchRule accessDependsOnlyOnShared = noClasses().that().resideInAPackage(ACCESS)
            .should().dependOnClassesThat(matbankOutside(SHARED, ACCESS));

    @ArchTest
    static final ArchRule exportDependsOnlyOnSharedTemplateAccessRecordIngestAndSearch = noClasses().that().resideInAPackage(EXPORT)
            .should().dependOnClassesThat(matbankOutside(SHARED, TEMPLATE, ACCESS, RECORD, INGEST, SEARCH, EXPORT));

    @ArchTest
    static final ArchRule releaseDependsOnlyOnSharedAccessSearchAndExport = noClasses().that().resideInAPackage(RELEASE)
            .should().dependOnClassesThat(matbankOutside(SHARED, ACCESS, SEARCH, EXPORT, RELEASE));

    @ArchTest
    static final ArchRule tableDependsOnlyOnSharedTemplateRecordAccessSearchAndExport = noClasses().that().resideInAPackage(TABLE)
            .should().dependOnClassesThat(matbankOutside(SHARED, TEMPLATE, RECORD, ACCESS, SEARCH, EXPORT, TABLE));

    @ArchTest
    static final ArchRule mlDependsOnlyOnSharedTemplateAccessRecordSearchAndTable = noClasses().that().resideInAPackage(ML)
            .should().dependOnClassesThat(matbankOutside(SHARED, TEMPLATE, ACCESS, RECORD, SEARCH, TABLE, ML));

    @ArchTest
    static final ArchRule designDependsOnlyOnSharedTemplateAccessRecordSearchTableAndMl = noClasses().that().resideInAPackage(DESIGN)
            .should().dependOnClassesThat(matbankOutside(SHARED, TEMPLATE, ACCESS, RECORD, SEARCH, TABLE, ML, DESIGN));

    @ArchTest
    static final ArchRule nothingDependsOnWeb = noClasses().that().resideOutsideOfPackage(WEB)
            .should().dependOnClassesThat().resideInAPackage(WEB);

    @ArchTest
    static final ArchRule nothingDependsOnCli = noClasses().that().resideOutsideOfPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage(CLI);
}
