package org.pyston.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.pyston.compiler.ast.Arg;
import org.pyston.compiler.ast.Arguments;
import org.pyston.compiler.ast.Expr;

/**
 * Builds {@link Arguments} from the flat parameter list the grammar accepts, enforcing CPython's
 * ordering rules ('/' then plain then '*' then keyword-only then '**') with CPython's messages.
 */
final class Parameters {
    enum Kind { SLASH, STAR, DOUBLESTAR, PLAIN }

    /** One comma-separated item; {@code arg} is null for '/' and bare '*'. */
    record Item(Kind kind, Token token, Arg arg, Expr dflt) {}

    private Parameters() {}

    static Arguments build(List<Item> items, Targets errors) {
        if (items.isEmpty()) return Arguments.EMPTY;
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean seenSlash = false;
        boolean seenStar = false;
        Item bareStar = null;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (kwarg != null) {
                throw errors.error("arguments cannot follow var-keyword argument", Spans.of(it.token));
            }
            switch (it.kind) {
                case SLASH -> {
                    if (seenSlash) throw errors.error("/ may appear only once", Spans.of(it.token));
                    if (seenStar) throw errors.error("/ must be ahead of *", Spans.of(it.token));
                    if (args.isEmpty()) throw errors.error("at least one argument must precede /", Spans.of(it.token));
                    seenSlash = true;
                    posonly.addAll(args);
                    args.clear();
                }
                case STAR -> {
                    if (seenStar) throw errors.error("* argument may appear only once", Spans.of(it.token));
                    seenStar = true;
                    vararg = it.arg;
                    if (it.arg == null) bareStar = it;
                }
                case DOUBLESTAR -> kwarg = it.arg;
                case PLAIN -> {
                    if (seenStar) {
                        kwonly.add(it.arg);
                        kwDefaults.add(it.dflt);
                    } else {
                        if (it.dflt != null) {
                            defaults.add(it.dflt);
                        } else if (!defaults.isEmpty()) {
                            throw errors.error("non-default argument follows default argument", it.arg.span());
                        }
                        args.add(it.arg);
                    }
                }
            }
        }
        if (bareStar != null && kwonly.isEmpty()) {
            throw errors.error("named arguments must follow bare *", Spans.of(bareStar.token));
        }
        return new Arguments(List.copyOf(posonly), List.copyOf(args), vararg, List.copyOf(kwonly),
            java.util.Collections.unmodifiableList(kwDefaults), kwarg, List.copyOf(defaults));
    }
}
