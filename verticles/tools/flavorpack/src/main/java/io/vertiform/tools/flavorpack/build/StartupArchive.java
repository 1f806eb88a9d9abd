package io.vertiform.tools.flavorpack.build;

/**
 * The start-up archive a package ships. {@code AOT}: a JDK 25 AOT cache recorded at pack time (class paths may be
 * relocated, so it survives extraction into any cache directory). {@code APPCDS}: a class list recorded at pack
 * time and dumped into a static CDS archive at first extraction, because JDK 17 only accepts an archive whose
 * recorded class path is the exact one in use. {@code NONE}: no archive.
 */
public enum StartupArchive {
    AOT("aot"),
    APPCDS("appcds"),
    NONE("none");

    private final String label;

    StartupArchive(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
