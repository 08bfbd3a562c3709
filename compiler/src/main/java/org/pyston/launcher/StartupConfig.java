package org.pyston.launcher;

import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.runtime.RuntimeFlags;
import org.pyston.builtins.text.PyStr;
import org.pyston.indy.imports.ImportSystem;

/**
 * Applies the command line and the environment to a new interpreter before the main module
 * runs: {@code sys.flags}, {@code sys.warnoptions}, {@code sys._xoptions}, and the import system
 * with sys.path = [main's directory (added by the runner)] + PYTHONPATH + the runtime's library.
 * {@code -E}/{@code -I} make the PYTHON* variables ignored, as CPython does.
 */
final class StartupConfig {
    private StartupConfig() {}

    /** {@code sys.flags}' class: CPython's field names in CPython's order. */
    private static final String[] FLAG_NAMES = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
            "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
            "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};

    private static final PyType FLAGS_TYPE = flagsType();

    private static PyType flagsType() {
        return org.pyston.builtins.container.StructSequence.define("sys", "flags", "sys.flags", FLAG_NAMES, FLAG_NAMES.length);
    }

    /**
     * The int&lt;-&gt;str digit limit asked for by {@code -X int_max_str_digits=N} or else
     * PYTHONINTMAXSTRDIGITS (-1 when neither); IllegalArgumentException naming the source when
     * the value is not 0 or at least 640.
     */
    static int intMaxStrDigits(Main.Options o) {
        String value = null;
        String source = null;
        for (String x : o.xOptions) {
            if (x.equals("int_max_str_digits") || x.startsWith("int_max_str_digits=")) {
                value = x.length() > 18 ? x.substring(19) : "";
                source = "-X int_max_str_digits";
            }
        }
        if (value == null && !o.ignoreEnvironment && nonEmpty(System.getenv("PYTHONINTMAXSTRDIGITS"))) {
            value = System.getenv("PYTHONINTMAXSTRDIGITS");
            source = "PYTHONINTMAXSTRDIGITS";
        }
        if (value == null) {
            return -1;
        }
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source);
        }
        if (n != 0 && n < org.pyston.builtins.format.IntParser.MAX_STR_DIGITS_THRESHOLD) {
            throw new IllegalArgumentException(source);
        }
        return n;
    }

    static void apply(Interpreter interp, Main.Options o, String hashSeed, int maxStrDigits) {
        if (maxStrDigits >= 0) interp.setIntMaxStrDigits(maxStrDigits);
        boolean env = !o.ignoreEnvironment;
        boolean dontWrite = o.dontWriteBytecode || (env && nonEmpty(System.getenv("PYTHONDONTWRITEBYTECODE")));
        boolean unbuffered = o.unbuffered || (env && nonEmpty(System.getenv("PYTHONUNBUFFERED")));
        if (env && nonEmpty(System.getenv("PYTHONNOUSERSITE"))) o.noUserSite = true;
        List<String> warn = new ArrayList<>();
        if (env && nonEmpty(System.getenv("PYTHONWARNINGS"))) {
            for (String w : System.getenv("PYTHONWARNINGS").split(",")) {
                if (!w.isBlank()) warn.add(w.trim());
            }
        }
        boolean devMode = o.xOptions.contains("dev");
        if (devMode) warn.add(0, "default");
        warn.addAll(o.warnOptions);
        interp.setFlags(new RuntimeFlags(o.isolated, o.ignoreEnvironment, o.noUserSite, o.noSite, dontWrite, o.optimize,
                unbuffered, o.verbose, o.quiet, hashSeed, List.copyOf(warn), List.copyOf(o.xOptions)));

        PyDict sys = interp.getSys().getDict();
        int[] values = {0, 0, 0, o.optimize, dontWrite ? 1 : 0, o.noUserSite ? 1 : 0, o.noSite ? 1 : 0,
                o.ignoreEnvironment ? 1 : 0, o.verbose, o.bytesWarning, o.quiet ? 1 : 0,
                "0".equals(hashSeed) ? 0 : 1, o.isolated ? 1 : 0, -1, 0, 0, -1, maxStrDigits};
        Object[] flagValues = new Object[FLAG_NAMES.length];
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            flagValues[i] = FLAG_NAMES[i].equals("dev_mode") ? PyBool.of(devMode)
                    : FLAG_NAMES[i].equals("safe_path") ? PyBool.of(o.safePath) : PyInt.valueOf(values[i]);
        }
        sys.putStr("flags", org.pyston.builtins.container.StructSequence.make(FLAGS_TYPE, flagValues));
        sys.putStr("dont_write_bytecode", PyBool.of(dontWrite));
        PyList wo = new PyList();
        for (String w : warn) wo.append(PyStr.of(w));
        sys.putStr("warnoptions", wo);
        PyDict xo = new PyDict();
        for (String x : o.xOptions) {
            int eq = x.indexOf('=');
            if (eq < 0) xo.putStr(x, PyBool.TRUE);
            else xo.putStr(x.substring(0, eq), PyStr.of(x.substring(eq + 1)));
        }
        sys.putStr("_xoptions", xo);

        List<String> extra = new ArrayList<>();
        String pythonPath = env ? System.getenv("PYTHONPATH") : null;
        if (nonEmpty(pythonPath)) {
            for (String p : pythonPath.split(java.io.File.pathSeparator)) {
                extra.add(p.isEmpty() ? System.getProperty("user.dir") : java.nio.file.Path.of(p).toAbsolutePath().toString());
            }
        }
        ImportSystem.install(interp, extra);
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }
}
