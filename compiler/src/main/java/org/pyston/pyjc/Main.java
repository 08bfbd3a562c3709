package org.pyston.pyjc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.pyston.compiler.CompileError;
import org.pyston.compiler.PythonCompiler;
import org.pyston.compiler.PythonCompiler.CompiledModule;
import org.pyston.compiler.parser.ParseError;
import org.pyston.compiler.parser.PythonParser;
import org.pyston.compiler.scopes.ScopeError;

/**
 * {@code pyjc -o app.jar main.py [other.py ...]}: compiles Python modules ahead of time into a
 * runnable JAR. The first file is the main module; the others are importable by their file
 * names. The runtime's classes are copied in, so {@code java -jar app.jar args} needs nothing else.
 * The output is reproducible: entries in a fixed order with a fixed time stamp.
 */
public final class Main {
    private Main() {}

    /** Fixed entry time (1980-02-01), so the same sources give the same jar bytes. */
    static final long ENTRY_TIME = 315_532_800_000L + 31L * 24 * 3600 * 1000;

    /** Manifest attribute naming the main module's class. */
    public static final String MAIN_MODULE_ATTR = "Pyston-Main-Module";
    /** Manifest attribute listing "module=class" pairs of the compiled modules, separated by spaces. */
    public static final String MODULES_ATTR = "Pyston-Modules";

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String output = null;
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-o") && i + 1 < args.length) output = args[++i];
            else if (args[i].equals("-h") || args[i].equals("--help")) {
                out.println(usage());
                return 0;
            } else sources.add(args[i]);
        }
        if (output == null || sources.isEmpty()) {
            err.println(usage());
            return 2;
        }
        Map<String, CompiledModule> compiled = new LinkedHashMap<>();
        boolean failed = false;
        for (int i = 0; i < sources.size(); i++) {
            String file = sources.get(i);
            String stem = Path.of(file).getFileName().toString().replaceFirst("\\.py$", "");
            try {
                String src = PythonParser.decodeSource(Files.readAllBytes(Path.of(file)));
                compiled.put(i == 0 ? "__main__" : stem, PythonCompiler.compileModule(src, file, i == 0 ? "__main__" : stem));
            } catch (IOException e) {
                err.println("pyjc: can't read '" + file + "': " + e.getMessage());
                failed = true;
            } catch (ParseError e) {
                err.printf("  File \"%s\", line %d%n%s: %s%n", e.filename, e.lineno, e.kind, e.msg);
                failed = true;
            } catch (ScopeError e) {
                err.printf("  File \"%s\", line %d%nSyntaxError: %s%n", e.filename, e.lineno, e.msg);
                failed = true;
            } catch (CompileError e) {
                err.printf("  File \"%s\", line %d%n%s: %s%n", file, e.lineno, e.pythonType, e.msg);
                failed = true;
            }
        }
        if (failed) return 1;
        try {
            writeJar(Path.of(output), compiled);
        } catch (IOException | URISyntaxException e) {
            err.println("pyjc: can't write '" + output + "': " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static void writeJar(Path output, Map<String, CompiledModule> modules) throws IOException, URISyntaxException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.put(Attributes.Name.MAIN_CLASS, JarLauncher.class.getName());
        a.putValue(MAIN_MODULE_ATTR, modules.get("__main__").className().replace('/', '.'));
        StringBuilder table = new StringBuilder();
        modules.forEach((name, m) -> {
            if (!name.equals("__main__")) table.append(name).append('=').append(m.className().replace('/', '.')).append(' ');
        });
        a.putValue(MODULES_ATTR, table.toString().trim());
        try (OutputStream fos = Files.newOutputStream(output); JarOutputStream jar = new JarOutputStream(fos)) {
            JarEntry me = new JarEntry(JarFile.MANIFEST_NAME);
            me.setTime(ENTRY_TIME);
            jar.putNextEntry(me);
            mf.write(jar);
            jar.closeEntry();
            for (CompiledModule m : modules.values()) {
                JarEntry e = new JarEntry(m.className() + ".class");
                e.setTime(ENTRY_TIME);
                jar.putNextEntry(e);
                jar.write(m.classBytes());
                jar.closeEntry();
            }
            copyRuntime(jar);
        }
    }

    /** Copies the runtime (the jar this class was loaded from) into the application jar. */
    private static void copyRuntime(JarOutputStream jar) throws IOException, URISyntaxException {
        Path self = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(self)) {
            throw new IOException("pyjc must run from pyston.jar (found the runtime at " + self + ")");
        }
        try (JarFile rt = new JarFile(self.toFile())) {
            List<JarEntry> entries = new ArrayList<>(rt.stream().toList());
            entries.sort((x, y) -> x.getName().compareTo(y.getName()));
            for (JarEntry e : entries) {
                String n = e.getName();
                if (e.isDirectory() || n.equals(JarFile.MANIFEST_NAME) || n.startsWith("META-INF/maven/")) continue;
                JarEntry copy = new JarEntry(n);
                copy.setTime(ENTRY_TIME);
                jar.putNextEntry(copy);
                try (InputStream in = rt.getInputStream(e)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
    }

    static String usage() {
        return "usage: pyjc -o app.jar main.py [module.py ...]\n"
                + "Compiles Python modules ahead of time into a jar that `java -jar app.jar args` runs.";
    }
}
