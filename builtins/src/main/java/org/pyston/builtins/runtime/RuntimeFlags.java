package org.pyston.builtins.runtime;

/**
 * The command-line options that change how an interpreter behaves, as {@code sys.flags} shows
 * them (CPython's field names). Immutable; the launcher builds one per run.
 *
 * @param isolated             -I: no script directory on sys.path, no PYTHON* environment variables
 * @param ignoreEnvironment    -E (implied by -I): PYTHONPATH, PYTHONHASHSEED ... ignored
 * @param noUserSite           -s (implied by -I)
 * @param noSite               -S
 * @param dontWriteBytecode    -B or PYTHONDONTWRITEBYTECODE: compiled modules are not cached on disk
 * @param optimize             -O count: 1 makes {@code __debug__} False (asserts removed at compile time)
 * @param unbuffered           -u: stdout and stderr unbuffered
 * @param verbose              -v count
 * @param quiet                -q
 * @param hashSeed             PYTHONHASHSEED as given (null when unset or "random")
 * @param warnOptions          -W options, in order ({@code sys.warnoptions})
 * @param xOptions             -X options, in order ({@code sys._xoptions}); "k" or "k=v"
 */
public record RuntimeFlags(boolean isolated, boolean ignoreEnvironment, boolean noUserSite, boolean noSite,
                           boolean dontWriteBytecode, int optimize, boolean unbuffered, int verbose, boolean quiet,
                           String hashSeed, java.util.List<String> warnOptions, java.util.List<String> xOptions) {
    /** No options given. */
    public static final RuntimeFlags DEFAULT = new RuntimeFlags(false, false, false, false, false, 0, false, 0, false,
            null, java.util.List.of(), java.util.List.of());
}
