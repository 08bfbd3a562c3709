package org.pyston.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.pyston.compiler.ast.Mod;

/**
 * Compares our AST (node types, fields, spans) with CPython 3.11's, using golden files produced by
 * src/test/resources/parser/make_golden.py (regenerate them with python3 after changing snippets).
 */
class AstGoldenTest {

    static List<String[]> golden(String resource) throws IOException {
        try (InputStream in = AstGoldenTest.class.getResourceAsStream("/parser/" + resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) rows.add(line.split("\t", -1));
            }
            return rows;
        }
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') { sb.append(c); continue; }
            char n = s.charAt(++i);
            sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n);
        }
        return sb.toString();
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void testParse_goldenSnippets() throws IOException {
        // Tests that ~45 snippets covering every construct give exactly CPython's AST and positions.
        List<String[]> rows = golden("golden_snippets.txt");
        assertTrue(rows.size() >= 40);
        List<String> mismatches = new ArrayList<>();
        for (String[] row : rows) {
            String source = unescape(row[1]);
            String ours;
            try {
                Mod.Module m = PythonParser.parseModule(source, row[0] + ".py");
                ours = AstDumper.dump(m);
            } catch (ParseError e) {
                ours = "ParseError: " + e.getMessage();
            }
            if (!ours.equals(row[2])) {
                mismatches.add(row[0] + "\n  expected: " + row[2] + "\n  actual:   " + ours);
            }
        }
        mismatches.forEach(System.out::println);
        assertEquals(List.of(), mismatches.stream().map(s -> s.substring(0, s.indexOf('\n'))).toList());
    }

    @Test
    void testParse_goldenStdlibSample() throws IOException {
        // Tests that a sample of ~200 stdlib files gives exactly CPython's AST (compared by hash of the dump).
        List<String[]> rows = golden("golden_stdlib.txt");
        assertTrue(rows.size() >= 150);
        List<String> mismatches = new ArrayList<>();
        try (ZipFile zip = StdlibParseTest.openStdlibJar()) {
            for (String[] row : rows) {
                byte[] data = StdlibParseTest.read(zip, row[0]);
                String ours;
                try {
                    ours = AstDumper.dump(PythonParser.parseModule(PythonParser.decodeSource(data), row[0]));
                } catch (ParseError e) {
                    ours = "ParseError: " + e.getMessage();
                }
                if (!sha256(ours).equals(row[1])) {
                    mismatches.add(row[0]);
                    if (System.getProperty("parser.dumpDir") != null) {
                        java.nio.file.Path p = java.nio.file.Path.of(System.getProperty("parser.dumpDir"),
                            row[0].replace('/', '_') + ".java.txt");
                        java.nio.file.Files.writeString(p, ours + "\n");
                    }
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }
}
