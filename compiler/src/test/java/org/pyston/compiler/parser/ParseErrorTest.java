package org.pyston.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.ast.Stmt;

/**
 * SyntaxError / IndentationError / TabError cases: kind, message, line and offset must equal what
 * CPython 3.11's compile(src, "x.py", "exec") reports (expectations gathered once with python3).
 */
class ParseErrorTest {
    record Case(String source, String kind, String msg, int lineno, int offset) {}

    static final Case[] CASES = {
        new Case("1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
        new Case("f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
        new Case("a + 1 = 2\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1),
        new Case("1 = 2 = 3\n", "SyntaxError", "cannot assign to literal", 1, 1),
        new Case("(a, 1) = x\n", "SyntaxError", "cannot assign to literal", 1, 5),
        new Case("a < b = 1\n", "SyntaxError", "cannot assign to comparison", 1, 1),
        new Case("f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3),
        new Case("[1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2),
        new Case("del f()\n", "SyntaxError", "cannot delete function call", 1, 5),
        new Case("for 1 in x: pass\n", "SyntaxError", "cannot assign to literal", 1, 5),
        new Case("a, *b: int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1),
        new Case("with a as 1: pass\n", "SyntaxError", "cannot assign to literal", 1, 11),
        new Case("(x := 1) = 2\n", "SyntaxError", "cannot assign to named expression here. Maybe you meant '==' instead of '='?", 1, 2),
        new Case("a.b := 1\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 1),
        new Case("f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3),
        new Case("def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12),
        new Case("def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7),
        new Case("x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8),
        new Case("if x\n    pass\n", "SyntaxError", "expected ':'", 1, 5),
        new Case("if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1),
        new Case("  x = 1\n", "IndentationError", "unexpected indent", 1, 2),
        new Case("if 1:\n  a\n b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3),
        new Case("foo(\n", "SyntaxError", "'(' was never closed", 1, 4),
        new Case("x)\n", "SyntaxError", "unmatched ')'", 1, 2),
        new Case("(]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2),
        new Case("'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1),
        new Case("\"\"\"abc\n\nx\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 1),
        new Case("1abc\n", "SyntaxError", "invalid decimal literal", 1, 1),
        new Case("0777\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1),
        new Case("f(**a, *b)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8),
        new Case("f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9),
        new Case("class A\n  pass\n", "SyntaxError", "expected ':'", 1, 8),
        new Case("def f():\nreturn 1\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1),
        new Case("x = yield = 1\n", "SyntaxError", "assignment to yield expression not possible", 1, 5),
        new Case("$\n", "SyntaxError", "invalid syntax", 1, 1),
        new Case("f\"{}\"\n", "SyntaxError", "f-string: empty expression not allowed", 1, 6),
        new Case("f\"{x\"\n", "SyntaxError", "f-string: expecting '}'", 1, 6),
        new Case("None = 1\n", "SyntaxError", "cannot assign to None", 1, 1),
        new Case("del (1,)\n", "SyntaxError", "cannot delete literal", 1, 6),
        new Case("(a, b) += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1),
        new Case("f(1=2)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3),
        new Case("for x in y:\n    pass\n  z\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4),
        new Case("if x:\n\tpass\n        y\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1),
        new Case("while x\n", "SyntaxError", "expected ':'", 1, 8),
        new Case("try:\n    pass\n", "SyntaxError", "expected 'except' or 'finally' block", 2, 9),
        new Case("print \"x\"\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
        new Case("x = [1, 2\ny = 3\n", "SyntaxError", "'[' was never closed", 1, 5),
        new Case("import\n", "SyntaxError", "invalid syntax", 1, 7),
        new Case("a ! b\n", "SyntaxError", "invalid syntax", 1, 3),
        new Case("x = 1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5),
        new Case("lambda x=1, y: 0\n", "SyntaxError", "non-default argument follows default argument", 1, 13),
        new Case("f(a for a in b for)\n", "SyntaxError", "invalid syntax", 1, 19),
        new Case("class C(x for x in y): pass\n", "SyntaxError", "invalid syntax", 1, 11),
        new Case("x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 6),
        new Case("x = 1_\n", "SyntaxError", "invalid decimal literal", 1, 6),
        new Case("x = \"\\N{foo}\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 14),
        new Case("match x:\ncase 1: pass\n", "IndentationError", "expected an indented block after 'match' statement on line 1", 2, 1),
        new Case("try:\n    pass\nexcept* :\n    pass\n", "SyntaxError", "expected one or more exception types", 3, 9),
        new Case("else = 1\n", "SyntaxError", "invalid syntax", 1, 1),
        new Case("def f():\n    x = 1\n     y = 2\n", "IndentationError", "unexpected indent", 3, 5),
        new Case("x = 1\nif x:\n  pass\n else:\n  pass\n", "IndentationError", "unindent does not match any outer indentation level", 4, 7),
        new Case("x = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5),
        new Case("f(a b)\nx = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5),
        new Case("if x = 1: pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4),
        new Case("x = [1, 2\ny = 3\n", "SyntaxError", "'[' was never closed", 1, 5),
        new Case("x = 5 6\n", "SyntaxError", "invalid syntax", 1, 7),
        new Case("def f(x):\n    return x +\n", "SyntaxError", "invalid syntax", 2, 15),
        new Case("x = (1,\n 2", "SyntaxError", "'(' was never closed", 1, 5),
        new Case("a = 1 ;; b = 2\n", "SyntaxError", "invalid syntax", 1, 8),
        new Case("class A(:\n    pass\n", "SyntaxError", "invalid syntax", 1, 9),
        new Case("for x in range(10):\npass\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1),
        new Case("with open(x) as f\n    pass\n", "SyntaxError", "expected ':'", 1, 18),
        new Case("x = f\"{a!x}\"\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13),
        new Case("x = b\"\u00e9\"\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 5),
        new Case("def f(**k, a): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12),
        new Case("from x import a,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17),
        new Case("x = \u20ac\n", "SyntaxError", "invalid character '\u20ac' (U+20AC)", 1, 5),
    };

    @Test
    void testParseModule_errorsMatchCPython() {
        // Tests that each invalid snippet raises ParseError with CPython's kind, msg, lineno and offset.
        List<String> wrong = new ArrayList<>();
        for (Case c : CASES) {
            String got;
            try {
                PythonParser.parseModule(c.source, "x.py");
                got = "no error";
            } catch (ParseError e) {
                got = e.kind + "|" + e.msg + "|" + e.lineno + "|" + e.offset;
            }
            String want = c.kind + "|" + c.msg + "|" + c.lineno + "|" + c.offset;
            if (!got.equals(want)) wrong.add(c.source.replace("\n", "\\n") + "\n   want " + want + "\n   got  " + got);
        }
        wrong.forEach(System.out::println);
        assertEquals(0, wrong.size(), wrong.size() + " of " + CASES.length + " cases differ");
    }

    @Test
    void testParseModule_errorCarriesFilenameAndText() {
        // Tests that a ParseError records the filename and the offending line with its newline.
        ParseError e = assertThrows(ParseError.class, () -> PythonParser.parseModule("x = 1\ny = (1 +\n", "m.py"));
        assertEquals("m.py", e.filename);
        ParseError e2 = assertThrows(ParseError.class, () -> PythonParser.parseModule("a = 1\nb = 1 2\n", "m.py"));
        assertEquals("b = 1 2\n", e2.text);
        assertEquals(2, e2.lineno);
    }

    @Test
    void testParseExpression_simple() {
        // Tests that eval-mode parsing returns the expression and rejects statements.
        Mod.Expression m = PythonParser.parseExpression("a + 1\n", "<string>");
        assertTrue(m.body() instanceof Expr.BinOp);
        assertThrows(ParseError.class, () -> PythonParser.parseExpression("x = 1", "<string>"));
    }

    @Test
    void testParseInteractive_singleStatement() {
        // Tests that single-input mode accepts one statement and rejects two.
        Mod.Interactive m = PythonParser.parseInteractive("if x:\n    y\n\n", "<stdin>");
        assertEquals(1, m.body().size());
        ParseError e = assertThrows(ParseError.class, () -> PythonParser.parseInteractive("x = 1\ny = 2\n", "<stdin>"));
        assertEquals("multiple statements found while compiling a single statement", e.msg);
    }

    @Test
    void testDecodeSource_cookieAndBom() {
        // Tests that decodeSource honours a BOM and a latin-1 coding cookie and defaults to UTF-8.
        byte[] latin = "# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(PythonParser.decodeSource(latin).contains("\u00e9"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '\n'};
        assertEquals("x\n", PythonParser.decodeSource(bom));
        assertThrows(ParseError.class, () -> PythonParser.decodeSource(new byte[] {'x', '=', (byte) 0xFF}));
    }

    @Test
    void testTokenizer_lineEndingsAndFormFeed() {
        // Tests that CRLF, CR, a missing final newline and form feeds parse like LF source.
        Mod.Module a = PythonParser.parseModule("if x:\r\n    y = 1\r\nz = 2", "crlf.py");
        Mod.Module b = PythonParser.parseModule("if x:\r    y = 1\rz = 2\r", "cr.py");
        Mod.Module c = PythonParser.parseModule("if x:\n    y = 1\n\fz = 2\n", "ff.py");
        assertEquals(2, c.body().size());
        assertEquals(AstDumper.dump(a), AstDumper.dump(b));
        assertEquals(2, a.body().size());
        assertNotNull(((Stmt.If) a.body().get(0)).body().get(0));
    }

    @Test
    void testParseModule_tabsExpandToMultiplesOfEight() {
        // Tests that a tab and eight spaces are the same indentation level when consistent.
        Mod.Module m = PythonParser.parseModule("if x:\n\tif y:\n\t\tpass\n\tz = 1\n", "t.py");
        assertEquals(2, ((Stmt.If) m.body().get(0)).body().size());
    }
}
