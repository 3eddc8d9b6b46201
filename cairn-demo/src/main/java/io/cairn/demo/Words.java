package io.cairn.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Word lists the world's names are made of, from the resources beside this class (words separated
 * by white space). None names a real company or a real threat actor. Common top-level domains are
 * listed more than once so that they come up more often.
 */
final class Words {
    static final String[] ADJECTIVES = load("adjectives");
    static final String[] NOUNS = load("nouns");
    static final String[] TLDS = load("tlds");
    static final String[] SUBDOMAINS = load("subdomains");
    static final String[] FIRST_NAMES = load("first-names");
    static final String[] LAST_NAMES = load("last-names");
    static final String[] COUNTRIES = load("countries");
    static final String[] PATHS = load("paths");

    private Words() {}

    private static String[] load(String list) {
        String name = list + ".txt";
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
    }
}
