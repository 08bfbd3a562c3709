package org.pyston.builtins.sre;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.typing.PyGenericAlias;

/** The methods and attributes of {@code re.Match} ({@link PyMatch}), as sre.c's match_*. */
public final class MatchMethods {
    private MatchMethods() {}

    @PyMethod(general = true)
    public static Object group(PyMatch self, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("group() takes no keyword arguments");
        }
        if (args.length == 0) {
            return self.group(0);
        }
        if (args.length == 1) {
            return self.group(self.index(args[0]));
        }
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = self.group(self.index(args[i]));
        }
        return PyTuple.wrap(out);
    }

    @PyMethod(name = "__getitem__")
    public static Object getitem(PyMatch self, Object key) {
        return self.group(self.index(key));
    }

    @PyMethod(general = true)
    public static Object groups(PyMatch self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("groups", args, kwnames, 1, new String[] {"default"}, 0);
        Object dflt = p[0] == null ? PyNone.NONE : p[0];
        Object[] out = new Object[self.pattern.groups];
        for (int g = 1; g <= out.length; g++) {
            out[g - 1] = self.group(g, dflt);
        }
        return PyTuple.wrap(out);
    }

    @PyMethod(general = true)
    public static Object groupdict(PyMatch self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("groupdict", args, kwnames, 1, new String[] {"default"}, 0);
        Object dflt = p[0] == null ? PyNone.NONE : p[0];
        PyDict out = new PyDict();
        for (Object key : self.pattern.groupindex.keysArray()) {
            out.put(key, self.group(self.index(key), dflt));
        }
        return out;
    }

    @PyMethod(required = 0)
    public static Object start(PyMatch self, Object group) {
        int g = group == null ? 0 : self.index(group);
        return new PyInt(self.spans[2 * g]);
    }

    @PyMethod(required = 0)
    public static Object end(PyMatch self, Object group) {
        int g = group == null ? 0 : self.index(group);
        return new PyInt(self.spans[2 * g + 1]);
    }

    @PyMethod(required = 0)
    public static Object span(PyMatch self, Object group) {
        int g = group == null ? 0 : self.index(group);
        return PyTuple.of(new PyInt(self.spans[2 * g]), new PyInt(self.spans[2 * g + 1]));
    }

    @PyMethod
    public static Object expand(PyMatch self, Object template) {
        return SreModule.callRe("_expand", self.pattern, self, template);
    }

    @PyGetter("regs")
    public static Object regs(PyMatch self) {
        Object[] out = new Object[self.pattern.groups + 1];
        for (int g = 0; g < out.length; g++) {
            out[g] = PyTuple.of(new PyInt(self.spans[2 * g]), new PyInt(self.spans[2 * g + 1]));
        }
        return PyTuple.wrap(out);
    }

    @PyGetter("lastindex")
    public static Object lastindex(PyMatch self) {
        return self.lastindex >= 0 ? new PyInt(self.lastindex) : PyNone.NONE;
    }

    @PyGetter("lastgroup")
    public static Object lastgroup(PyMatch self) {
        PyTuple ig = self.pattern.indexgroup;
        if (ig == null || self.lastindex < 0 || self.lastindex >= ig.size()) {
            return PyNone.NONE;
        }
        return ig.get(self.lastindex);
    }

    @PyGetter("string")
    public static Object string(PyMatch self) {
        return self.string;
    }

    @PyGetter("re")
    public static Object re(PyMatch self) {
        return self.pattern;
    }

    @PyGetter("pos")
    public static Object pos(PyMatch self) {
        return new PyInt(self.pos);
    }

    @PyGetter("endpos")
    public static Object endpos(PyMatch self) {
        return new PyInt(self.endpos);
    }

    @PyMethod(name = "__bool__")
    public static Object bool(PyMatch self) {
        return PyBool.TRUE;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyMatch self) {
        String r = Repr.repr(self.group(0));
        if (r.codePointCount(0, r.length()) > 50) {
            r = r.substring(0, r.offsetByCodePoints(0, 50));
        }
        return org.pyston.builtins.text.PyStr.of(String.format("<re.Match object; span=(%d, %d), match=%s>",
                self.spans[0], self.spans[1], r));
    }

    @PyMethod(name = "__copy__")
    public static Object copy(PyMatch self) {
        return self;
    }

    @PyMethod(name = "__deepcopy__")
    public static Object deepcopy(PyMatch self, Object memo) {
        return self;
    }

    @PyMethod(name = "__class_getitem__", isClass = true)
    public static Object classGetitem(PyType cls, Object item) {
        return new PyGenericAlias(cls, item);
    }
}
