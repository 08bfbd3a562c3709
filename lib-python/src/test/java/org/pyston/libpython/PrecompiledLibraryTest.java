package org.pyston.libpython;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.pyston.compiler.codegen.ModuleCompiler;
import org.pyston.compiler.loader.EvalCompiler;
import org.pyston.compiler.loader.SourceModules;
import org.pyston.compiler.parser.PythonParser;
import org.pyston.launcher.Main;

/**
 * The bundled library is compiled at build time: importing it parses and generates nothing
 * (the parser's and code generator's counters do not move beyond the program's own code), and
 * the classes carry the file names the modules have at run time.
 */
class PrecompiledLibraryTest {
    private record Run(int rc, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            rc = Main.run(args, new ByteArrayInputStream(new byte[0]), o, e);
        }
        return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theBuildCompiledTheLibrary() {
        assertTrue(Files.isRegularFile(Path.of("target/classes/lib/precompiled/python3.11/os.pyston.class")));
        assertTrue(Files.isRegularFile(Path.of("target/classes/lib/precompiled/python3.11/json/__init__.pyston.class")));
    }

    @Test
    void importingBundledModulesParsesNothing() {
        // -B: nothing may come from (or go to) a cache of user modules: the classes are the build's
        long parses = PythonParser.parseCount();
        long compiles = ModuleCompiler.compileCount();
        long imports = SourceModules.compiledImports();
        long evals = EvalCompiler.compileCount();
        Run r = run("-B", "-c", "import json, re, collections, argparse");
        assertEquals(0, r.rc(), r.err());
        assertEquals(0, SourceModules.compiledImports() - imports, "modules compiled while importing the bundled library");
        // what is parsed and compiled is the program's own code (the -c string) and what the
        // library passes to exec/eval (namedtuple's methods), as in CPython
        long ownCode = 1 + EvalCompiler.compileCount() - evals;
        assertEquals(ownCode, PythonParser.parseCount() - parses, "parses while importing the bundled library");
        assertEquals(ownCode, ModuleCompiler.compileCount() - compiles, "compilations while importing the bundled library");
    }

    @Test
    void bundledModulesHaveTheirRunTimeFileNames() {
        Run r = run("-B", "-c", "import json.decoder as d, os\n"
                + "print(d.__file__ == d.JSONDecoder.decode.__code__.co_filename)\n"
                + "print(os.path.relpath(d.__file__, os.path.dirname(os.__file__)))\n"
                + "try:\n    d.JSONDecoder().decode('{')\n"
                + "except ValueError as e:\n"
                + "    tb = e.__traceback__\n"
                + "    while tb.tb_next: tb = tb.tb_next\n"
                + "    print(tb.tb_frame.f_code.co_filename == d.__file__)\n");
        assertEquals(0, r.rc(), r.err());
        assertEquals("True\njson/decoder.py\nTrue\n", r.out());
    }
}
