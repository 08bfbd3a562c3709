package org.pyston.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * Whether CPython's {@code site} module would change anything at start-up: a site-packages
 * directory of the prefix or of the user (with {@code .pth} files and packages to add to
 * sys.path), or a {@code sitecustomize}/{@code usercustomize} module to run. When there is none,
 * the launcher does not import site: the result is the same sys.path and the same builtins
 * ({@code exit}, {@code quit}, {@code help} are built in), a second less of start-up, and only
 * {@code sys.modules} shows the difference ({@code site} and {@code os} not yet imported).
 */
final class SiteWork {
    private SiteWork() {
    }

    static boolean present(Interpreter interp) {
        String version = "python3.11";
        for (String key : new String[] {"prefix", "exec_prefix"}) {
            if (isDir(interp.getSysAttribute(key), "lib/" + version + "/site-packages")) return true;
        }
        if (!interp.getFlags().noUserSite() && !interp.getFlags().isolated()) {
            String noUser = interp.getFlags().ignoreEnvironment() ? null : System.getenv("PYTHONNOUSERSITE");
            if (noUser == null || noUser.isEmpty()) {
                String base = interp.getFlags().ignoreEnvironment() ? null : System.getenv("PYTHONUSERBASE");
                if (base == null || base.isEmpty()) base = System.getProperty("user.home") + "/.local";
                if (Files.isDirectory(Path.of(base, "lib", version, "site-packages"))) return true;
            }
        }
        // sitecustomize/usercustomize on a directory of sys.path (the bundled library has neither)
        if (interp.getSysAttribute("path") instanceof PyList path) {
            for (Object entry : path.toArray()) {
                if (!(entry instanceof PyStr dir)) continue;
                for (String name : new String[] {"sitecustomize", "usercustomize"}) {
                    if (isFile(dir.value(), name + ".py") || isDir(PyStr.of(dir.value()), name)) return true;
                }
            }
        }
        return false;
    }

    private static boolean isDir(Object base, String rel) {
        try {
            return base instanceof PyStr s && !s.value().isEmpty() && Files.isDirectory(Path.of(s.value(), rel));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isFile(String base, String rel) {
        try {
            return !base.isEmpty() && Files.isRegularFile(Path.of(base, rel));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
