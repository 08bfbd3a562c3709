package org.pyston.builtins.pyexpat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pyston.builtins.pyexpat.XmlEvents.ContentModel;

/**
 * An incremental (push) XML 1.0 parser with expat's behaviour: it is fed decoded text piece by piece,
 * reports each construct to {@link XmlEvents} as soon as it is complete, keeps an unfinished token
 * for the next piece, and reports well-formedness errors with expat's codes at expat's positions
 * (line from 1, column from 0, counted in characters). It handles the XML declaration, DOCTYPE with
 * an internal subset (ENTITY, ELEMENT, ATTLIST, NOTATION declarations, comments, PIs), elements and
 * attributes (with ATTLIST defaults), namespaces, character and entity references (internal
 * entities are expanded, including markup in their replacement text), CDATA, comments and PIs.
 * External entities and parameter-entity expansion are not read (as expat without a handler).
 */
final class XmlScanner {
    private static final int PROLOG = 0;
    private static final int CONTENT = 1;
    private static final int EPILOG = 2;
    private static final int DONE = 3;

    private final XmlEvents events;
    /** The namespace separator, or -1 without namespace processing. */
    private final int nsSeparator;
    private boolean nsPrefixes;
    /** When the character data events should be split at newlines (expat's unbuffered chunks). */
    boolean splitLines = true;

    private StringBuilder buf = new StringBuilder();
    private int pos;
    private int line = 1;
    private int col;
    private long bytes;
    private int state = PROLOG;
    private boolean sawAnything;
    private boolean pendingCr;

    private final ArrayDeque<String> openTags = new ArrayDeque<>();
    private final ArrayDeque<List<String[]>> nsScopes = new ArrayDeque<>();
    private final Map<String, ArrayDeque<String>> nsBindings = new HashMap<>();

    private final Map<String, String> internalEntities = new HashMap<>();
    private final Map<String, String[]> externalEntities = new HashMap<>();
    private final Set<String> unparsedEntities = new HashSet<>();
    private final Map<String, List<String[]>> attDefaults = new HashMap<>();
    private final Set<String> openEntities = new HashSet<>();
    private boolean externalSubset;
    private boolean standalone;

    /** Line/column/byte index of the construct being reported (expat's current position). */
    int eventLine = 1;
    int eventCol;
    long eventByte;

    XmlScanner(XmlEvents events, int nsSeparator, boolean nsPrefixes) {
        this.events = events;
        this.nsSeparator = nsSeparator;
        this.nsPrefixes = nsPrefixes;
    }

    void setNamespacePrefixes(boolean on) {
        nsPrefixes = on;
    }

    int line() {
        return line;
    }

    int column() {
        return col;
    }

    long byteIndex() {
        return bytes;
    }

    // ---- input and positions ----------------------------------------------------------------

    /** Adds decoded text and reports what is complete; with {@code last} the document must end here. */
    void feed(String text, boolean last) {
        if (state == DONE) {
            throw errorAt(ExpatErrors.FINISHED, pos);
        }
        // line ends are normalised to \n before parsing (XML 1.0 §2.11); a trailing \r waits
        StringBuilder t = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (pendingCr) {
                pendingCr = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == '\r') {
                t.append('\n');
                pendingCr = true;
            } else {
                t.append(c);
            }
        }
        buf.append(t);
        if (!buf.isEmpty()) {
            sawAnything = true;
        }
        run(last);
        if (pos > 4096 && pos > buf.length() / 2) {
            buf.delete(0, pos);
            pos = 0;
        }
        if (last) {
            finish();
        }
    }

    /** Moves the current position to {@code to}, counting lines, columns and UTF-8 bytes. */
    private void advance(int to) {
        for (int i = pos; i < to; i++) {
            char c = buf.charAt(i);
            if (c == '\n') {
                line++;
                col = 0;
            } else if (!Character.isLowSurrogate(c)) {
                col++;
            }
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        pos = to;
    }

    private void mark() {
        mark(pos);
    }

    /** Records the current position as the event's, and its raw markup as [pos, rawEnd). */
    private void mark(int rawEnd) {
        eventLine = line;
        eventCol = col;
        eventByte = bytes;
        rawBuf = buf;
        rawFrom = pos;
        rawTo = rawEnd;
    }

    private StringBuilder rawBuf;
    private int rawFrom;
    private int rawTo;
    /** The DOCTYPE declaration's head as expat's default-handler tokens. */
    final List<String> doctypeTokens = new ArrayList<>();

    /** The source text of the construct being reported, once (later calls give ""). */
    String takeRaw() {
        String r = rawBuf == null ? "" : rawBuf.substring(rawFrom, Math.min(rawTo, rawBuf.length()));
        rawBuf = null;
        return r;
    }

    /** An error at buffer index {@code at} (at or after the current position). */
    private XmlSyntaxError errorAt(int code, int at) {
        int l = line;
        int c = col;
        long b = bytes;
        for (int i = pos; i < at && i < buf.length(); i++) {
            char ch = buf.charAt(i);
            if (ch == '\n') {
                l++;
                c = 0;
            } else if (!Character.isLowSurrogate(ch)) {
                c++;
            }
            b += ch < 0x80 ? 1 : ch < 0x800 ? 2 : Character.isSurrogate(ch) ? 2 : 3;
        }
        if (!openEntities.isEmpty()) {
            return new XmlSyntaxError(code, entityLine, entityCol, entityByte);
        }
        return new XmlSyntaxError(code, l, c, b);
    }

    /** Thrown inside the scan when a token continues past the available text. */
    private static final class Incomplete extends RuntimeException {
        final int start;

        Incomplete(int start) {
            super(null, null, false, false);
            this.start = start;
        }
    }

    private char at(int i, int start) {
        if (i >= buf.length()) {
            throw new Incomplete(start);
        }
        return buf.charAt(i);
    }

    private boolean startsWith(int i, String s, int start) {
        for (int k = 0; k < s.length(); k++) {
            if (at(i + k, start) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the buffer has {@code s} at {@code i}, without waiting for more text when it cannot. */
    private boolean lookingAt(int i, String s, int start) {
        for (int k = 0; k < s.length(); k++) {
            if (i + k >= buf.length()) {
                // the available prefix matches: the token is undecided until more arrives
                throw new Incomplete(start);
            }
            if (buf.charAt(i + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    // ---- character classes ------------------------------------------------------------------

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    static boolean isNameStart(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':';
        }
        return c != 0xD7 && c != 0xF7 && (Character.isLetter(c) || c >= 0xC0 && c < 0x300
                || c >= 0x370 && c <= 0x37D || c >= 0x37F && c <= 0x1FFF && c != 0x37E || c >= 0x3001 && c <= 0xD7FF
                || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFFD || c >= 0x10000 && c < 0xF0000);
    }

    static boolean isNameChar(int c) {
        if (c < 0x80) {
            return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.';
        }
        return isNameStart(c) || c == 0xB7 || c >= 0x300 && c <= 0x36F || c == 0x203F || c == 0x2040
                || Character.isDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    static boolean isXmlChar(char c) {
        return c >= 0x20 && c <= 0xFFFD && c != 0xFFFE || c == '\n' || c == '\t' || c == '\r';
    }

    /** The end of the name starting at {@code i}; an invalid-token error when there is none. */
    private int name(int i, int start) {
        int c = codePointAt(i, start);
        if (!isNameStart(c)) {
            throw errorAt(ExpatErrors.INVALID_TOKEN, i);
        }
        i += Character.charCount(c);
        while (true) {
            c = codePointAt(i, start);
            if (!isNameChar(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
    }

    private int codePointAt(int i, int start) {
        char c = at(i, start);
        if (Character.isHighSurrogate(c)) {
            return Character.toCodePoint(c, at(i + 1, start));
        }
        return c;
    }

    private int skipSpace(int i, int start) {
        while (isSpace(at(i, start))) {
            i++;
        }
        return i;
    }

    // ---- the document -----------------------------------------------------------------------

    private void run(boolean last) {
        while (pos < buf.length() && state != DONE) {
            int before = pos;
            try {
                step(last);
            } catch (Incomplete inc) {
                if (!last) {
                    return;
                }
                throw incompleteAtEnd(inc.start);
            }
            if (pos == before) {
                return;
            }
        }
    }

    private XmlSyntaxError incompleteAtEnd(int start) {
        if (buf.charAt(start) == '<' && start + 1 < buf.length() && startsWithRaw(start, "<![CDATA[")) {
            return errorAt(ExpatErrors.UNCLOSED_CDATA_SECTION, buf.length());
        }
        if (state == PROLOG && buf.charAt(start) != '<') {
            return errorAt(ExpatErrors.SYNTAX, start);
        }
        if (buf.charAt(start) != '<' && buf.charAt(start) != '&') {
            return errorAt(state == CONTENT ? ExpatErrors.NO_ELEMENTS : ExpatErrors.NO_ELEMENTS, buf.length());
        }
        return errorAt(ExpatErrors.UNCLOSED_TOKEN, start);
    }

    private boolean startsWithRaw(int i, String s) {
        return i + s.length() <= buf.length() && buf.substring(i, i + s.length()).equals(s);
    }

    private void finish() {
        if (inCdata) {
            throw errorAt(ExpatErrors.UNCLOSED_CDATA_SECTION, buf.length());
        }
        if (state == PROLOG || state == CONTENT) {
            throw errorAt(ExpatErrors.NO_ELEMENTS, buf.length());
        }
        state = DONE;
    }

    /** Reads one construct at the current position. */
    private void step(boolean last) {
        char c = buf.charAt(pos);
        if (inCdata) {
            cdataText(last);
            return;
        }
        if (state == CONTENT) {
            if (c == '<') {
                markup();
            } else if (c == '&') {
                reference();
            } else {
                text(last);
            }
            return;
        }
        // prolog and epilog: markup and white space only
        if (isSpace(c)) {
            int i = pos;
            while (i < buf.length() && isSpace(buf.charAt(i))) {
                i++;
            }
            mark(i);
            events.defaultText(buf.substring(pos, i));
            advance(i);
            return;
        }
        if (c != '<') {
            if (state == EPILOG) {
                throw errorAt(c == '&' ? ExpatErrors.INVALID_TOKEN : ExpatErrors.JUNK_AFTER_DOC_ELEMENT, pos);
            }
            // expat reads a run of name characters as a token that the prolog does not allow
            int i = pos;
            while (i < buf.length() && isNameChar(buf.charAt(i))) {
                i++;
            }
            if (i > pos && (i == buf.length() || isSpace(buf.charAt(i)))) {
                if (i == buf.length() && !last) {
                    throw new Incomplete(pos);
                }
                throw errorAt(ExpatErrors.SYNTAX, pos);
            }
            throw errorAt(ExpatErrors.INVALID_TOKEN, i);
        }
        int start = pos;
        char n = at(pos + 1, start);
        if (n == '?') {
            pi(start);
        } else if (n == '!') {
            if (lookingAt(pos + 2, "--", start)) {
                comment(start);
            } else if (state == PROLOG && lookingAt(pos + 2, "DOCTYPE", start)) {
                doctype(start);
            } else {
                throw errorAt(state == EPILOG ? ExpatErrors.JUNK_AFTER_DOC_ELEMENT : ExpatErrors.INVALID_TOKEN,
                        state == EPILOG ? start : pos + 2);
            }
        } else if (state == EPILOG) {
            throw errorAt(ExpatErrors.JUNK_AFTER_DOC_ELEMENT, pos);
        } else {
            startTag(start);
        }
    }

    private void markup() {
        int start = pos;
        char n = at(pos + 1, start);
        if (n == '/') {
            endTag(start);
        } else if (n == '?') {
            pi(start);
        } else if (n == '!') {
            if (lookingAt(pos + 2, "--", start)) {
                comment(start);
            } else if (lookingAt(pos + 2, "[CDATA[", start)) {
                cdata(start);
            } else {
                throw errorAt(ExpatErrors.INVALID_TOKEN, pos + 2);
            }
        } else {
            startTag(start);
        }
    }

    // ---- character data ---------------------------------------------------------------------

    private void text(boolean last) {
        int i = pos;
        int n = buf.length();
        while (i < n) {
            char c = buf.charAt(i);
            if (c == '<' || c == '&') {
                break;
            }
            if (c == '>' && i >= pos + 2 && buf.charAt(i - 1) == ']' && buf.charAt(i - 2) == ']') {
                throw errorAt(ExpatErrors.INVALID_TOKEN, i);
            }
            if (!isXmlChar(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(buf.charAt(i + 1))) {
                    i += 2;
                    continue;
                }
                if (Character.isHighSurrogate(c) && i + 1 == n && !last) {
                    break;
                }
                if (i > pos) {
                    break;
                }
                throw errorAt(ExpatErrors.INVALID_TOKEN, i);
            }
            if (c == '\n' && splitLines) {
                if (i > pos) {
                    break;
                }
                mark(pos + 1);
                events.characters("\n");
                advance(pos + 1);
                return;
            }
            i++;
        }
        if (i == n && !last) {
            // keep a possible "]]" of "]]>" for the next piece
            int kept = 0;
            while (i > pos && buf.charAt(i - 1) == ']' && kept < 2) {
                i--;
                kept++;
            }
        }
        if (i > pos) {
            mark(i);
            events.characters(buf.substring(pos, i));
            advance(i);
        }
    }

    /** Inside a CDATA section whose start was reported. */
    private boolean inCdata;

    private void cdata(int start) {
        // the whole "<![CDATA[" is there (lookingAt waited for it)
        mark(start + 9);
        events.startCdata();
        advance(start + 9);
        inCdata = true;
    }

    /** CDATA content up to "]]>", reported as it arrives (as expat), then the section's end. */
    private void cdataText(boolean last) {
        int i = pos;
        int n = buf.length();
        while (i < n) {
            char c = buf.charAt(i);
            if (c == ']' && i + 2 < n && buf.charAt(i + 1) == ']' && buf.charAt(i + 2) == '>') {
                break;
            }
            if (c == ']' && i + 2 >= n && !last) {
                break;
            }
            if (c == '\n' && splitLines) {
                if (i == pos) {
                    mark(pos + 1);
                    events.characters("\n");
                    advance(pos + 1);
                    return;
                }
                break;
            }
            if (!isXmlChar(c) && !Character.isSurrogate(c)) {
                if (i == pos) {
                    throw errorAt(ExpatErrors.INVALID_TOKEN, i);
                }
                break;
            }
            i++;
        }
        if (i > pos) {
            mark(i);
            events.characters(buf.substring(pos, i));
            advance(i);
            return;
        }
        if (i + 2 < n && buf.charAt(i) == ']' && buf.charAt(i + 1) == ']' && buf.charAt(i + 2) == '>') {
            mark(i + 3);
            inCdata = false;
            advance(i + 3);
            events.endCdata();
            return;
        }
        if (last) {
            throw errorAt(ExpatErrors.UNCLOSED_CDATA_SECTION, n);
        }
    }

    // ---- references -------------------------------------------------------------------------

    private void reference() {
        int start = pos;
        if (at(pos + 1, start) == '#') {
            int[] r = charRef(pos, start);
            mark(r[1]);
            events.characters(new String(Character.toChars(r[0])));
            advance(r[1]);
            return;
        }
        int e = name(pos + 1, start);
        if (at(e, start) != ';') {
            throw errorAt(ExpatErrors.INVALID_TOKEN, e);
        }
        String name = buf.substring(pos + 1, e);
        mark(e + 1);
        String predefined = predefined(name);
        if (predefined != null) {
            events.characters(predefined);
            advance(e + 1);
            return;
        }
        String value = internalEntities.get(name);
        if (value != null && !events.expandEntities()) {
            advance(e + 1);
            events.skippedEntity(name, false);
            return;
        }
        if (value != null) {
            advance(e + 1);
            expand(name, value, start);
            return;
        }
        if (unparsedEntities.contains(name)) {
            throw errorAt(ExpatErrors.BINARY_ENTITY_REF, start);
        }
        String[] ext = externalEntities.get(name);
        if (ext != null) {
            advance(e + 1);
            if (!events.externalEntityRef(entityContext(name), ext[0], ext[1])) {
                throw new XmlSyntaxError(ExpatErrors.EXTERNAL_ENTITY_HANDLING, eventLine, eventCol, eventByte);
            }
            return;
        }
        if (externalSubset && !standalone) {
            advance(e + 1);
            events.skippedEntity(name, false);
            return;
        }
        throw errorAt(ExpatErrors.UNDEFINED_ENTITY, start);
    }

    /** Expat's context string of an external entity: the namespace bindings in scope, then its name. */
    private String entityContext(String name) {
        if (nsSeparator < 0) {
            return name;
        }
        StringBuilder sb = new StringBuilder();
        String dflt = binding("");
        if (dflt != null && !dflt.isEmpty()) {
            sb.append('=').append(dflt).append('\f');
        }
        sb.append("xml=http://www.w3.org/XML/1998/namespace");
        for (Map.Entry<String, ArrayDeque<String>> e : new java.util.TreeMap<>(nsBindings).entrySet()) {
            if (!e.getKey().isEmpty() && !e.getValue().isEmpty()) {
                sb.append('\f').append(e.getKey()).append('=').append(e.getValue().peek());
            }
        }
        return sb.append('\f').append(name).toString();
    }

    private static String predefined(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default: return null;
        }
    }

    /** {code point, end} of the character reference at {@code i} ("&#...;"). */
    private int[] charRef(int i, int start) {
        int j = i + 2;
        int radix = 10;
        if (at(j, start) == 'x') {
            radix = 16;
            j++;
        }
        long v = 0;
        int digits = 0;
        while (true) {
            char c = at(j, start);
            int d = Character.digit(c, radix);
            if (c == ';' && digits > 0) {
                break;
            }
            if (d < 0 || c > 'f') {
                throw errorAt(ExpatErrors.INVALID_TOKEN, j);
            }
            v = Math.min(v * radix + d, 0x7FFFFFFFL);
            digits++;
            j++;
        }
        if (v > 0x10FFFF || v < 0x10000 && !isXmlChar((char) v) || v >= 0xD800 && v <= 0xDFFF) {
            throw errorAt(ExpatErrors.BAD_CHAR_REF, i);
        }
        return new int[] {(int) v, j + 1};
    }

    private int entityLine;
    private int entityCol;
    private long entityByte;

    /** Parses an internal entity's replacement text as content in place of its reference. */
    private void expand(String name, String value, int refStart) {
        if (openEntities.contains(name)) {
            throw new XmlSyntaxError(ExpatErrors.RECURSIVE_ENTITY_REF, entityLine, entityCol, entityByte);
        }
        if (openEntities.isEmpty()) {
            entityLine = eventLine;
            entityCol = eventCol;
            entityByte = eventByte;
        }
        StringBuilder savedBuf = buf;
        int savedPos = pos;
        int savedLine = line;
        int savedCol = col;
        long savedBytes = bytes;
        int depth = openTags.size();
        openEntities.add(name);
        try {
            buf = new StringBuilder(value);
            pos = 0;
            while (pos < buf.length()) {
                try {
                    step(true);
                } catch (Incomplete inc) {
                    throw errorAt(ExpatErrors.INVALID_TOKEN, inc.start);
                }
            }
            if (openTags.size() != depth) {
                throw new XmlSyntaxError(13, entityLine, entityCol, entityByte);
            }
        } finally {
            openEntities.remove(name);
            buf = savedBuf;
            pos = savedPos;
            line = savedLine;
            col = savedCol;
            bytes = savedBytes;
        }
    }

    // ---- elements ---------------------------------------------------------------------------

    private void startTag(int start) {
        int nameEnd = name(start + 1, start);
        String name = buf.substring(start + 1, nameEnd);
        List<String> attrs = new ArrayList<>();
        List<Integer> attrPositions = new ArrayList<>();
        int i = nameEnd;
        boolean empty;
        while (true) {
            char c = at(i, start);
            if (c == '>') {
                empty = false;
                i++;
                break;
            }
            if (c == '/') {
                if (at(i + 1, start) != '>') {
                    throw errorAt(ExpatErrors.INVALID_TOKEN, i + 1);
                }
                empty = true;
                i += 2;
                break;
            }
            if (!isSpace(c)) {
                throw errorAt(ExpatErrors.INVALID_TOKEN, i);
            }
            i = skipSpace(i, start);
            c = at(i, start);
            if (c == '>' || c == '/') {
                continue;
            }
            int an = name(i, start);
            String attName = buf.substring(i, an);
            int aPos = i;
            i = skipSpace(an, start);
            if (at(i, start) != '=') {
                throw errorAt(ExpatErrors.INVALID_TOKEN, i);
            }
            i = skipSpace(i + 1, start);
            char q = at(i, start);
            if (q != '"' && q != '\'') {
                throw errorAt(ExpatErrors.INVALID_TOKEN, i);
            }
            int v = i + 1;
            while (at(v, start) != q) {
                char vc = buf.charAt(v);
                if (vc == '<' || !isXmlChar(vc) && !Character.isSurrogate(vc)) {
                    throw errorAt(ExpatErrors.INVALID_TOKEN, v);
                }
                v++;
            }
            for (int k = 0; k < attrs.size(); k += 2) {
                if (attrs.get(k).equals(attName)) {
                    throw errorAt(ExpatErrors.DUPLICATE_ATTRIBUTE, aPos);
                }
            }
            attrs.add(attName);
            attrs.add(attributeValue(i + 1, v, start));
            attrPositions.add(aPos);
            i = v + 1;
        }
        mark(i);
        int specified = attrs.size() / 2;
        List<String[]> defaults = attDefaults.get(name);
        if (defaults != null) {
            for (String[] d : defaults) {
                boolean present = false;
                for (int k = 0; k < attrs.size(); k += 2) {
                    present |= attrs.get(k).equals(d[0]);
                }
                if (!present) {
                    attrs.add(d[0]);
                    attrs.add(d[1]);
                }
            }
        }
        String reported = name;
        if (nsSeparator >= 0) {
            reported = namespaces(name, attrs, start);
            specified = Math.min(specified, attrs.size() / 2);
        } else {
            nsScopes.push(List.of());
        }
        if (state == PROLOG) {
            state = CONTENT;
        }
        openTags.push(name);
        advance(i);
        events.startElement(reported, attrs, specified);
        if (empty) {
            closeElement(reported);
        }
    }

    /** Expands the value between {@code from} and {@code to}: references and white space normalised. */
    private String attributeValue(int from, int to, int start) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = buf.charAt(i);
            if (c == '&') {
                if (at(i + 1, start) == '#') {
                    int[] r = charRef(i, start);
                    sb.appendCodePoint(r[0]);
                    i = r[1];
                    continue;
                }
                int e = name(i + 1, start);
                if (buf.charAt(e) != ';') {
                    throw errorAt(ExpatErrors.INVALID_TOKEN, e);
                }
                String name = buf.substring(i + 1, e);
                sb.append(entityInAttribute(name, i, new HashSet<>()));
                i = e + 1;
            } else {
                sb.append(isSpace(c) ? ' ' : c);
                i++;
            }
        }
        return sb.toString();
    }

    private String entityInAttribute(String name, int refPos, Set<String> open) {
        String p = predefined(name);
        if (p != null) {
            return p;
        }
        String value = internalEntities.get(name);
        if (value == null) {
            if (externalEntities.containsKey(name) || unparsedEntities.contains(name)) {
                throw errorAt(ExpatErrors.ATTRIBUTE_EXTERNAL_ENTITY_REF, refPos);
            }
            if (externalSubset && !standalone) {
                return "";
            }
            throw errorAt(ExpatErrors.UNDEFINED_ENTITY, refPos);
        }
        if (!open.add(name)) {
            throw errorAt(ExpatErrors.RECURSIVE_ENTITY_REF, refPos);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '<') {
                throw errorAt(ExpatErrors.INVALID_TOKEN, refPos);
            }
            if (c == '&') {
                int semi = value.indexOf(';', k);
                if (semi < 0) {
                    throw errorAt(ExpatErrors.INVALID_TOKEN, refPos);
                }
                String ref = value.substring(k + 1, semi);
                if (ref.startsWith("#")) {
                    sb.appendCodePoint(parseCharRef(ref, refPos));
                } else {
                    sb.append(entityInAttribute(ref, refPos, open));
                }
                k = semi;
            } else {
                sb.append(isSpace(c) ? ' ' : c);
            }
        }
        open.remove(name);
        return sb.toString();
    }

    private int parseCharRef(String ref, int refPos) {
        try {
            int v = ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
            if (v > 0x10FFFF || v < 0x10000 && !isXmlChar((char) v)) {
                throw errorAt(ExpatErrors.BAD_CHAR_REF, refPos);
            }
            return v;
        } catch (NumberFormatException e) {
            throw errorAt(ExpatErrors.INVALID_TOKEN, refPos);
        }
    }

    /** Namespace processing of a start tag: binds its declarations, rewrites names as uri+sep+local. */
    private String namespaces(String name, List<String> attrs, int start) {
        List<String[]> declared = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (int k = 0; k < attrs.size(); k += 2) {
            String an = attrs.get(k);
            String uri = attrs.get(k + 1);
            String prefix;
            if (an.equals("xmlns")) {
                prefix = null;
            } else if (an.startsWith("xmlns:")) {
                prefix = an.substring(6);
                if (prefix.equals("xmlns")) {
                    throw errorAt(ExpatErrors.RESERVED_PREFIX_XMLNS, start);
                }
                if (uri.isEmpty()) {
                    throw errorAt(ExpatErrors.UNDECLARING_PREFIX, start);
                }
                if (prefix.equals("xml") != uri.equals("http://www.w3.org/XML/1998/namespace")) {
                    throw errorAt(ExpatErrors.RESERVED_PREFIX_XML, start);
                }
            } else {
                kept.add(an);
                kept.add(uri);
                continue;
            }
            if (uri.equals("http://www.w3.org/2000/xmlns/")) {
                throw errorAt(ExpatErrors.RESERVED_NAMESPACE_URI, start);
            }
            declared.add(new String[] {prefix, uri});
        }
        for (String[] d : declared) {
            String key = d[0] == null ? "" : d[0];
            nsBindings.computeIfAbsent(key, x -> new ArrayDeque<>()).push(d[1]);
            events.startNamespace(d[0], d[1].isEmpty() && d[0] == null ? null : d[1]);
        }
        nsScopes.push(declared);
        attrs.clear();
        for (int k = 0; k < kept.size(); k += 2) {
            attrs.add(qualify(kept.get(k), true, start));
            attrs.add(kept.get(k + 1));
        }
        return qualify(name, false, start);
    }

    private String qualify(String qname, boolean attribute, int start) {
        int colon = qname.indexOf(':');
        String sep = new String(Character.toChars(nsSeparator));
        if (colon < 0) {
            if (attribute) {
                return qname;
            }
            String uri = binding("");
            return uri == null || uri.isEmpty() ? qname : uri + sep + qname;
        }
        String prefix = qname.substring(0, colon);
        String local = qname.substring(colon + 1);
        String uri = prefix.equals("xml") ? "http://www.w3.org/XML/1998/namespace" : binding(prefix);
        if (uri == null) {
            throw errorAt(ExpatErrors.UNBOUND_PREFIX, start);
        }
        return nsPrefixes ? uri + sep + local + sep + prefix : uri + sep + local;
    }

    private String binding(String prefix) {
        ArrayDeque<String> d = nsBindings.get(prefix);
        return d == null || d.isEmpty() ? null : d.peek();
    }

    private void endTag(int start) {
        int e = name(start + 2, start);
        String name = buf.substring(start + 2, e);
        int i = skipSpace(e, start);
        if (at(i, start) != '>') {
            throw errorAt(ExpatErrors.INVALID_TOKEN, i);
        }
        if (openTags.isEmpty() || !openTags.peek().equals(name)) {
            throw errorAt(ExpatErrors.TAG_MISMATCH, start + 2);
        }
        mark(i + 1);
        String reported = nsSeparator >= 0 ? qualify(name, false, start) : name;
        advance(i + 1);
        closeElement(reported);
    }

    private void closeElement(String reported) {
        openTags.pop();
        events.endElement(reported);
        List<String[]> declared = nsScopes.pop();
        for (int k = declared.size() - 1; k >= 0; k--) {
            String[] d = declared.get(k);
            nsBindings.get(d[0] == null ? "" : d[0]).pop();
            events.endNamespace(d[0]);
        }
        if (openTags.isEmpty() && openEntities.isEmpty()) {
            state = EPILOG;
        }
    }

    // ---- comments and processing instructions ------------------------------------------------

    private void comment(int start) {
        int i = start + 4;
        while (true) {
            char c = at(i, start);
            if (c == '-' && at(i + 1, start) == '-') {
                if (at(i + 2, start) != '>') {
                    throw errorAt(ExpatErrors.INVALID_TOKEN, i + 2);
                }
                break;
            }
            if (!isXmlChar(c) && !Character.isSurrogate(c)) {
                throw errorAt(ExpatErrors.INVALID_TOKEN, i);
            }
            i++;
        }
        mark(i + 3);
        String text = buf.substring(start + 4, i);
        advance(i + 3);
        events.comment(text);
    }

    private void pi(int start) {
        int e = name(start + 2, start);
        String target = buf.substring(start + 2, e);
        int i = e;
        int dataStart;
        if (at(i, start) == '?') {
            if (at(i + 1, start) != '>') {
                throw errorAt(ExpatErrors.INVALID_TOKEN, i + 1);
            }
            dataStart = i;
        } else {
            if (!isSpace(at(i, start))) {
                throw errorAt(ExpatErrors.INVALID_TOKEN, i);
            }
            i = skipSpace(i, start);
            dataStart = i;
            while (!(at(i, start) == '?' && at(i + 1, start) == '>')) {
                i++;
            }
        }
        String data = buf.substring(dataStart, i);
        if (target.equalsIgnoreCase("xml")) {
            if (start == 0 && bytes == 0 && state == PROLOG && target.equals("xml")) {
                mark(i + 2);
                xmlDecl(data, start);
                advance(i + 2);
                return;
            }
            int code = !target.equals("xml") ? ExpatErrors.INVALID_TOKEN
                    : state == EPILOG ? ExpatErrors.JUNK_AFTER_DOC_ELEMENT : ExpatErrors.MISPLACED_XML_PI;
            throw errorAt(code, start);
        }
        mark(i + 2);
        advance(i + 2);
        events.processingInstruction(target, data);
    }

    private void xmlDecl(String data, int start) {
        Map<String, String> fields = new HashMap<>();
        List<String> order = new ArrayList<>();
        int i = 0;
        while (i < data.length()) {
            while (i < data.length() && isSpace(data.charAt(i))) {
                i++;
            }
            if (i >= data.length()) {
                break;
            }
            int eq = data.indexOf('=', i);
            if (eq < 0) {
                throw errorAt(ExpatErrors.XML_DECL, start);
            }
            String key = data.substring(i, eq).strip();
            int q = eq + 1;
            while (q < data.length() && isSpace(data.charAt(q))) {
                q++;
            }
            if (q >= data.length() || data.charAt(q) != '"' && data.charAt(q) != '\'') {
                throw errorAt(ExpatErrors.XML_DECL, start);
            }
            int end = data.indexOf(data.charAt(q), q + 1);
            if (end < 0) {
                throw errorAt(ExpatErrors.XML_DECL, start);
            }
            fields.put(key, data.substring(q + 1, end));
            order.add(key);
            i = end + 1;
        }
        String version = fields.get("version");
        if (version == null || !order.get(0).equals("version")) {
            throw errorAt(ExpatErrors.XML_DECL, start);
        }
        String sa = fields.get("standalone");
        int standaloneFlag = -1;
        if (sa != null) {
            if (!sa.equals("yes") && !sa.equals("no")) {
                throw errorAt(ExpatErrors.XML_DECL, start);
            }
            standaloneFlag = sa.equals("yes") ? 1 : 0;
            standalone = standaloneFlag == 1;
        }
        for (String k : order) {
            if (!k.equals("version") && !k.equals("encoding") && !k.equals("standalone")) {
                throw errorAt(ExpatErrors.XML_DECL, start);
            }
        }
        events.xmlDecl(version, fields.get("encoding"), standaloneFlag);
    }

    // ---- DOCTYPE ----------------------------------------------------------------------------

    private void doctype(int start) {
        int i = start + 9;
        if (!isSpace(at(i, start))) {
            throw errorAt(ExpatErrors.INVALID_TOKEN, i);
        }
        i = skipSpace(i, start);
        int e = name(i, start);
        String name = buf.substring(i, e);
        i = skipSpace(e, start);
        String[] ids = {null, null};
        i = externalId(i, start, ids, false);
        if (ids[0] != null) {
            externalSubset = true;
        }
        i = skipSpace(i, start);
        boolean subset = at(i, start) == '[';
        int subsetStart = i + 1;
        int subsetEnd = -1;
        if (subset) {
            subsetEnd = findSubsetEnd(subsetStart, start);
            i = skipSpace(subsetEnd + 1, start);
        }
        if (at(i, start) != '>') {
            throw errorAt(ExpatErrors.INVALID_TOKEN, i);
        }
        mark(i + 1);
        doctypeTokens.clear();
        doctypeTokens.add("<!DOCTYPE");
        doctypeTokens.add(name);
        if (ids[0] != null || ids[1] != null) {
            doctypeTokens.add(ids[1] != null ? "PUBLIC" : "SYSTEM");
            if (ids[1] != null) {
                doctypeTokens.add('"' + ids[1] + '"');
            }
            if (ids[0] != null) {
                doctypeTokens.add('"' + ids[0] + '"');
            }
        }
        events.startDoctype(name, ids[0], ids[1], subset);
        if (subset) {
            internalSubset(subsetStart, subsetEnd, start);
        }
        mark(i + 1);
        rawFrom = i;
        advance(i + 1);
        events.endDoctype();
    }

    /** Reads "SYSTEM lit" or "PUBLIC lit lit" at {i}; stores {system, public} in ids. */
    private int externalId(int i, int start, String[] ids, boolean publicAlone) {
        if (lookingAt(i, "SYSTEM", start)) {
            i = skipSpace(i + 6, start);
            int[] lit = literal(i, start);
            ids[0] = buf.substring(lit[0], lit[1]);
            return lit[1] + 1;
        }
        if (lookingAt(i, "PUBLIC", start)) {
            i = skipSpace(i + 6, start);
            int[] lit = literal(i, start);
            ids[1] = buf.substring(lit[0], lit[1]).strip().replaceAll("[ \\n\\t]+", " ");
            i = lit[1] + 1;
            int j = skipSpace(i, start);
            char c = at(j, start);
            if (c == '"' || c == '\'') {
                lit = literal(j, start);
                ids[0] = buf.substring(lit[0], lit[1]);
                return lit[1] + 1;
            }
            if (!publicAlone) {
                throw errorAt(ExpatErrors.INVALID_TOKEN, j);
            }
            return i;
        }
        return i;
    }

    /** {start, end} of the quoted literal's content at {@code i}. */
    private int[] literal(int i, int start) {
        char q = at(i, start);
        if (q != '"' && q != '\'') {
            throw errorAt(ExpatErrors.INVALID_TOKEN, i);
        }
        int j = i + 1;
        while (at(j, start) != q) {
            j++;
        }
        return new int[] {i + 1, j};
    }

    /** The index of the ']' that closes the internal subset, skipping literals, comments and PIs. */
    private int findSubsetEnd(int i, int start) {
        while (true) {
            char c = at(i, start);
            if (c == ']') {
                return i;
            }
            if (c == '"' || c == '\'') {
                i = literal(i, start)[1] + 1;
            } else if (c == '<' && lookingAt(i, "<!--", start)) {
                while (!startsWith(i, "-->", start)) {
                    i++;
                }
                i += 3;
            } else if (c == '<' && at(i + 1, start) == '?') {
                while (!startsWith(i, "?>", start)) {
                    i++;
                }
                i += 2;
            } else {
                i++;
            }
        }
    }

    /** Sets the raw markup of the next event to [from, to) without moving the event position. */
    private void rawRange(int from, int to) {
        rawBuf = buf;
        rawFrom = from;
        rawTo = to;
    }

    private void internalSubset(int i, int end, int start) {
        while (i < end) {
            char c = buf.charAt(i);
            int from = i;
            if (isSpace(c)) {
                while (i < end && isSpace(buf.charAt(i))) {
                    i++;
                }
                events.defaultText(buf.substring(from, i));
            } else if (c == '%') {
                int e = name(i + 1, start);
                if (buf.charAt(e) != ';') {
                    throw errorAt(ExpatErrors.INVALID_TOKEN, e);
                }
                // parameter entities are not expanded: what follows may depend on them
                externalSubset = true;
                i = e + 1;
                events.defaultText(buf.substring(from, i));
            } else if (c == '<' && startsWithRaw(i, "<!--")) {
                int e = buf.indexOf("-->", i + 4);
                rawRange(from, e + 3);
                events.comment(buf.substring(i + 4, e));
                i = e + 3;
            } else if (c == '<' && startsWithRaw(i, "<?")) {
                int e = name(i + 2, start);
                String target = buf.substring(i + 2, e);
                int close = buf.indexOf("?>", e);
                rawRange(from, close + 2);
                events.processingInstruction(target, buf.substring(skipSpace(e, start), close));
                i = close + 2;
            } else if (c == '<' && startsWithRaw(i, "<!ENTITY")) {
                i = entityDecl(i + 8, start, from);
            } else if (c == '<' && startsWithRaw(i, "<!ELEMENT")) {
                i = elementDecl(i + 9, start, from);
            } else if (c == '<' && startsWithRaw(i, "<!ATTLIST")) {
                i = attlistDecl(i + 9, start, from);
            } else if (c == '<' && startsWithRaw(i, "<!NOTATION")) {
                i = skipSpace(i + 10, start);
                int e = name(i, start);
                String name = buf.substring(i, e);
                String[] ids = {null, null};
                i = skipSpace(externalId(skipSpace(e, start), start, ids, true), start);
                expect(i, '>', start);
                rawRange(from, i + 1);
                events.notationDecl(name, ids[0], ids[1]);
                i++;
            } else {
                throw errorAt(ExpatErrors.INVALID_TOKEN, i);
            }
        }
    }

    private void expect(int i, char c, int start) {
        if (at(i, start) != c) {
            throw errorAt(ExpatErrors.INVALID_TOKEN, i);
        }
    }

    private int entityDecl(int i, int start, int from) {
        i = skipSpace(i, start);
        boolean parameter = false;
        if (buf.charAt(i) == '%') {
            parameter = true;
            i = skipSpace(i + 1, start);
        }
        int e = name(i, start);
        String name = buf.substring(i, e);
        i = skipSpace(e, start);
        char c = at(i, start);
        if (c == '"' || c == '\'') {
            int[] lit = literal(i, start);
            String value = entityValue(lit[0], lit[1], start);
            i = skipSpace(lit[1] + 1, start);
            expect(i, '>', start);
            if (!parameter && !internalEntities.containsKey(name) && !externalEntities.containsKey(name)) {
                internalEntities.put(name, value);
            }
            rawRange(from, i + 1);
            events.entityDecl(name, parameter, value, null, null, null);
            return i + 1;
        }
        String[] ids = {null, null};
        i = skipSpace(externalId(i, start, ids, false), start);
        String notation = null;
        if (!parameter && startsWithRaw(i, "NDATA")) {
            i = skipSpace(i + 5, start);
            int ne = name(i, start);
            notation = buf.substring(i, ne);
            i = skipSpace(ne, start);
        }
        expect(i, '>', start);
        if (!parameter && !internalEntities.containsKey(name) && !externalEntities.containsKey(name)) {
            if (notation != null) {
                unparsedEntities.add(name);
            } else {
                externalEntities.put(name, ids);
            }
        }
        rawRange(from, i + 1);
        events.entityDecl(name, parameter, null, ids[0], ids[1], notation);
        return i + 1;
    }

    /** An entity's literal value: character references replaced, entity references kept. */
    private String entityValue(int from, int to, int start) {
        StringBuilder sb = new StringBuilder();
        int i = from;
        while (i < to) {
            char c = buf.charAt(i);
            if (c == '&' && buf.charAt(i + 1) == '#') {
                int[] r = charRef(i, start);
                sb.appendCodePoint(r[0]);
                i = r[1];
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private int elementDecl(int i, int start, int from) {
        i = skipSpace(i, start);
        int e = name(i, start);
        String name = buf.substring(i, e);
        i = skipSpace(e, start);
        ContentModel model;
        if (startsWithRaw(i, "EMPTY")) {
            model = new ContentModel(1, 0, null, List.of());
            i += 5;
        } else if (startsWithRaw(i, "ANY")) {
            model = new ContentModel(2, 0, null, List.of());
            i += 3;
        } else {
            int[] end = {0};
            model = group(i, start, end);
            i = end[0];
        }
        i = skipSpace(i, start);
        expect(i, '>', start);
        rawRange(from, i + 1);
        events.elementDecl(name, model);
        return i + 1;
    }

    /** A parenthesised content particle at {@code i}; its end goes to {@code end[0]}. */
    private ContentModel group(int i, int start, int[] end) {
        expect(i, '(', start);
        i = skipSpace(i + 1, start);
        List<ContentModel> children = new ArrayList<>();
        boolean mixed = false;
        if (startsWithRaw(i, "#PCDATA")) {
            mixed = true;
            i = skipSpace(i + 7, start);
        }
        int type = mixed ? 3 : 6;
        boolean first = !mixed;
        while (true) {
            char c = at(i, start);
            if (c == ')') {
                i++;
                break;
            }
            if (!first) {
                if (c != '|' && c != ',') {
                    throw errorAt(ExpatErrors.INVALID_TOKEN, i);
                }
                if (!mixed) {
                    type = c == '|' ? 5 : 6;
                }
                i = skipSpace(i + 1, start);
            }
            first = false;
            if (at(i, start) == '(') {
                int[] sub = {0};
                children.add(group(i, start, sub));
                i = sub[0];
            } else {
                int ne = name(i, start);
                String n = buf.substring(i, ne);
                i = ne;
                int q = mixed ? 0 : quantifier(at(i, start));
                if (q != 0) {
                    i++;
                }
                children.add(new ContentModel(4, q, n, List.of()));
            }
            i = skipSpace(i, start);
        }
        int q = i < buf.length() ? quantifier(buf.charAt(i)) : 0;
        if (q != 0) {
            i++;
        }
        end[0] = i;
        if (!mixed && children.size() == 1 && type == 6 && false) {
            return children.get(0);
        }
        return new ContentModel(type, q, null, children);
    }

    private static int quantifier(char c) {
        return c == '?' ? 1 : c == '*' ? 2 : c == '+' ? 3 : 0;
    }

    private int attlistDecl(int i, int start, int from) {
        i = skipSpace(i, start);
        int e = name(i, start);
        String element = buf.substring(i, e);
        i = skipSpace(e, start);
        List<Object[]> decls = new ArrayList<>();
        while (at(i, start) != '>') {
            int an = name(i, start);
            String att = buf.substring(i, an);
            i = skipSpace(an, start);
            String type;
            if (at(i, start) == '(') {
                int close = buf.indexOf(")", i);
                type = buf.substring(i, close + 1).replaceAll("[ \\n\\t]+", "");
                i = close + 1;
            } else {
                int te = name(i, start);
                type = buf.substring(i, te);
                i = skipSpace(te, start);
                if (type.equals("NOTATION")) {
                    int close = buf.indexOf(")", i);
                    type = type + buf.substring(i, close + 1).replaceAll("[ \\n\\t]+", "");
                    i = close + 1;
                }
            }
            i = skipSpace(i, start);
            String dflt = null;
            boolean required = false;
            if (startsWithRaw(i, "#REQUIRED")) {
                required = true;
                i += 9;
            } else if (startsWithRaw(i, "#IMPLIED")) {
                i += 8;
            } else {
                if (startsWithRaw(i, "#FIXED")) {
                    required = true;
                    i = skipSpace(i + 6, start);
                }
                int[] lit = literal(i, start);
                dflt = attributeValue(lit[0], lit[1], start);
                i = lit[1] + 1;
                List<String[]> defs = attDefaults.computeIfAbsent(element, x -> new ArrayList<>());
                boolean known = false;
                for (String[] d : defs) {
                    known |= d[0].equals(att);
                }
                if (!known) {
                    defs.add(new String[] {att, dflt});
                }
            }
            decls.add(new Object[] {att, type, dflt, required});
            i = skipSpace(i, start);
        }
        rawRange(from, i + 1);
        for (Object[] d : decls) {
            events.attlistDecl(element, (String) d[0], (String) d[1], (String) d[2], (Boolean) d[3]);
        }
        return i + 1;
    }

    /** UTF-8 length of a string (for byte positions). */
    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
