package org.pyston.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Acceptance test: every .py file of CPython 3.11's Lib (from the org.bytedeco:cpython jar on the
 * test classpath) parses, except the files CPython itself rejects, which must raise ParseError.
 */
class StdlibParseTest {
    static final String PREFIX = "org/bytedeco/cpython/linux-x86_64/lib/python3.11/";

    /** Files CPython 3.11's compile() rejects too (checked with python3), with the reason. */
    static final Map<String, String> INVALID = new TreeMap<>(Map.of(
        "lib2to3/tests/data/bom.py", "Python 2 print statement",
        "lib2to3/tests/data/crlf.py", "Python 2 print statement",
        "lib2to3/tests/data/different_encoding.py", "Python 2 print statement",
        "lib2to3/tests/data/false_encoding.py", "Python 2 print statement",
        "lib2to3/tests/data/py2_test_grammar.py", "Python 2 syntax (octal literal 0777)",
        "test/bad_coding.py", "unknown encoding: uft-8",
        "test/bad_coding2.py", "encoding problem: utf8 with BOM",
        "test/badsyntax_3131.py", "invalid character '\u20ac' (U+20AC) in an identifier",
        "test/badsyntax_pep3120.py", "source is not valid UTF-8"));

    static ZipFile openStdlibJar() throws IOException {
        URL url = StdlibParseTest.class.getClassLoader().getResource(PREFIX + "os.py");
        assertNotNull(url, "CPython stdlib jar (org.bytedeco:cpython:linux-x86_64) not on the test classpath");
        JarURLConnection conn = (JarURLConnection) url.openConnection();
        return new ZipFile(new java.io.File(java.net.URI.create(conn.getJarFileURL().toString())));
    }

    static List<String> stdlibFiles(ZipFile zip) {
        List<String> names = new ArrayList<>();
        for (ZipEntry e : Collections.list(zip.entries())) {
            if (!e.isDirectory() && e.getName().startsWith(PREFIX) && e.getName().endsWith(".py")) {
                names.add(e.getName().substring(PREFIX.length()));
            }
        }
        Collections.sort(names);
        return names;
    }

    static byte[] read(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(PREFIX + name))) {
            return in.readAllBytes();
        }
    }

    static Object parse(byte[] data, String name) {
        return PythonParser.parseModule(PythonParser.decodeSource(data), name);
    }

    @Test
    void testParse_wholeStdlib() throws IOException {
        // Tests that every valid stdlib file parses and every known-invalid one raises ParseError.
        try (ZipFile zip = openStdlibJar()) {
            List<String> files = stdlibFiles(zip);
            assertTrue(files.size() > 2000, "expected the whole Lib, got " + files.size());
            List<byte[]> contents = new ArrayList<>();
            for (String f : files) contents.add(read(zip, f));
            List<String> failures = new ArrayList<>();
            PythonParser.LL_FALLBACKS.set(0);
            long t0 = System.nanoTime();
            for (int i = 0; i < files.size(); i++) {
                String f = files.get(i);
                if (INVALID.containsKey(f)) continue;
                try {
                    parse(contents.get(i), f);
                } catch (ParseError e) {
                    failures.add(f + ": " + e.getMessage());
                }
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("StdlibParseTest: parsed " + (files.size() - INVALID.size()) + " files in " + ms
                + " ms (" + PythonParser.LL_FALLBACKS.get() + " needed the LL fallback)");
            failures.forEach(System.out::println);
            assertEquals(List.of(), failures);
            for (Map.Entry<String, String> bad : INVALID.entrySet()) {
                int idx = files.indexOf(bad.getKey());
                assertTrue(idx >= 0, "excluded file missing from the jar: " + bad.getKey());
                byte[] data = contents.get(idx);
                assertThrows(ParseError.class, () -> parse(data, bad.getKey()), bad.getKey() + " (" + bad.getValue() + ")");
            }
        }
    }
}
