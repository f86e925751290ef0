package org.matbank.ml;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The open JSON document of a Gaussian process (format in docs/models/gaussian_process.md). */
final class GaussianProcessJson {

    /** The format every MatBank model document names. */
    static final String FORMAT = "matbank-model/1";

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private GaussianProcessJson() {
    }

    /** The document's fields; every array is in standardised units except where named otherwise. */
    record Document(String format, String kind, List<String> features, String kernel, double[] featureMean,
            double[] featureScale, double targetMean, double targetScale, double signalVariance, double[] lengthScales,
            double noiseVariance, double[][] trainingX, double[] alpha, double[][] inverseFactor) {

        Document(String kind, List<String> features, String kernel, double[] featureMean, double[] featureScale,
                double targetMean, double targetScale, double signalVariance, double[] lengthScales, double noiseVariance,
                double[][] trainingX, double[] alpha, double[][] inverseFactor) {
            this(FORMAT, kind, features, kernel, featureMean, featureScale, targetMean, targetScale, signalVariance,
                    lengthScales, noiseVariance, trainingX, alpha, inverseFactor);
        }
    }

    static byte[] write(Document doc) {
        return JSON.writeValueAsBytes(doc);
    }

    static Document read(byte[] json) {
        Document doc = JSON.readValue(json, Document.class);
        if (!FORMAT.equals(doc.format()) || !ModelKind.GAUSSIAN_PROCESS.json().equals(doc.kind())) {
            throw new IllegalArgumentException("not a Gaussian-process document: " + doc.format() + " " + doc.kind());
        }
        int d = doc.features().size();
        int n = doc.alpha().length;
        if (doc.featureMean().length != d || doc.featureScale().length != d || doc.lengthScales().length != d
                || doc.trainingX().length != n || doc.inverseFactor().length != n) {
            throw new IllegalArgumentException("Gaussian-process document has inconsistent array sizes");
        }
        for (int i = 0; i < n; i++) {
            if (doc.trainingX()[i].length != d || doc.inverseFactor()[i].length != i + 1) {
                throw new IllegalArgumentException("Gaussian-process document row " + i + " has the wrong size");
            }
        }
        return doc;
    }
}
