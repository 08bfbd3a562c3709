package org.pyston.builtins.pyexpat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.InstanceDictHolder;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PySetter;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * {@code pyexpat.xmlparser}, what {@code ParserCreate} returns: an {@link XmlScanner} fed by
 * {@code Parse}/{@code ParseFile}, whose events call the Python handlers set on the object
 * ({@code StartElementHandler} ...; each is None until set), with pyexpat's character-data
 * buffering ({@code buffer_text}), attribute forms ({@code ordered_attributes},
 * {@code specified_attributes}) and error state ({@code ErrorCode}, {@code ErrorLineNumber} ...).
 */
public final class PyXmlParser implements InstanceDictHolder, XmlEvents {
    public static final PyType TYPE = PyType.builtinInModule("xmlparser", "pyexpat", PyXmlParser.class,
            PyXmlParser.class);

    /** The handler attributes, in CPython's order. */
    static final String[] HANDLERS = {
        "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler", "CharacterDataHandler",
        "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler",
        "EndNamespaceDeclHandler", "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
        "DefaultHandler", "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
        "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler",
        "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
    };

    private final PyDict handlers = new PyDict();
    private final XmlScanner scanner;
    private final InputDecoder decoder;
    private final PyDict intern;
    private boolean bufferText;
    private boolean orderedAttributes;
    private boolean specifiedAttributes;
    private boolean namespacePrefixes;
    private int bufferSize = 8192;
    private final StringBuilder textBuffer = new StringBuilder();
    private boolean finished;
    private boolean started;
    private String base;
    private XmlSyntaxError error;

    PyXmlParser(String encoding, int nsSeparator, PyDict intern) {
        for (String h : HANDLERS) {
            handlers.putStr(h, PyNone.NONE);
        }
        this.scanner = new XmlScanner(this, nsSeparator, false);
        this.decoder = new InputDecoder(encoding);
        this.intern = intern;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        return handlers;
    }

    // ---- parsing ----------------------------------------------------------------------------

    @PyMethod(required = 1, name = "Parse")
    public static Object parse(PyXmlParser self, Object data, Object isfinal) {
        boolean last = isfinal != null && Truth.isTrue(isfinal);
        byte[] bytes;
        if (data instanceof PyStr s) {
            self.decoder.forceUtf8();
            bytes = s.value().getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = BytesSupport.need(data);
        }
        self.feed(bytes, last, true);
        return PyInt.valueOf(1);
    }

    @PyMethod(name = "ParseFile")
    public static Object parseFile(PyXmlParser self, Object file) {
        Object read = AttributeOps.lookupAttr(file, "read");
        if (read == null) {
            throw PyExceptions.typeError("argument must have 'read' attribute");
        }
        while (true) {
            Object chunk = CallOps.call1(read, PyInt.valueOf(2048));
            byte[] bytes;
            if (chunk instanceof PyStr s) {
                self.decoder.forceUtf8();
                bytes = s.value().getBytes(StandardCharsets.UTF_8);
            } else if (chunk instanceof PyBytes) {
                bytes = BytesSupport.need(chunk);
            } else {
                throw PyExceptions.typeError("read() did not return a bytes object (type=%s)",
                        ((org.pyston.builtins.object.PyObject) chunk).getType().getName());
            }
            if (bytes.length == 0) {
                self.feed(bytes, true, true);
                return PyInt.valueOf(1);
            }
            self.feed(bytes, false, false);
        }
    }

    /** Parses one piece; {@code flushAfter}: deliver buffered text at the end (each Parse call does). */
    private void feed(byte[] bytes, boolean last, boolean flushAfter) {
        if (finished) {
            throw raise(new XmlSyntaxError(ExpatErrors.FINISHED, scanner.line(), scanner.column(), scanner.byteIndex()));
        }
        started = true;
        fedBytes += bytes.length;
        try {
            String text = decoder.decode(bytes, last);
            scanner.splitLines = !bufferText;
            scanner.feed(text, last);
        } catch (XmlSyntaxError e) {
            flush();
            finished = true;
            throw raise(e);
        }
        if (flushAfter) {
            flush();
        }
        if (last) {
            finished = true;
        }
    }

    private long fedBytes;

    private RuntimeException raise(XmlSyntaxError e) {
        // with no input at all there is no byte to point at (expat: -1)
        error = fedBytes == 0 ? new XmlSyntaxError(e.code, e.line, e.column, -1) : e;
        return PyexpatModule.expatError(e.code, e.line, e.column);
    }

    // ---- handler calls ----------------------------------------------------------------------

    private Object handler(String name) {
        Object h = handlers.getStr(name);
        return h == null || h == PyNone.NONE ? null : h;
    }

    private void call(String name, Object... args) {
        Object h = handler(name);
        if (h != null) {
            flush();
            CallOps.call(h, args, null);
        }
    }

    /** Calls handler {@code name}, or when it is not set, the default handler with the raw markup. */
    private void callOrDefault(String name, Object... args) {
        if (handler(name) != null) {
            call(name, args);
        } else {
            defaultText(scanner.takeRaw());
        }
    }

    private Object defaultHandler() {
        Object h = handler("DefaultHandler");
        return h != null ? h : handler("DefaultHandlerExpand");
    }

    @Override
    public void defaultText(String raw) {
        Object h = defaultHandler();
        if (h != null && !raw.isEmpty()) {
            flush();
            CallOps.call1(h, PyStr.of(raw));
        }
    }

    @Override
    public boolean expandEntities() {
        return handler("DefaultHandler") == null;
    }

    private boolean has(String name) {
        return handler(name) != null;
    }

    /** Delivers buffered character data (pyexpat's flush_character_buffer). */
    private void flush() {
        if (textBuffer.length() > 0) {
            String s = textBuffer.toString();
            textBuffer.setLength(0);
            Object h = handler("CharacterDataHandler");
            if (h != null) {
                CallOps.call1(h, PyStr.of(s));
            }
        }
    }

    private static Object str(String s) {
        return s == null ? PyNone.NONE : PyStr.of(s);
    }

    @Override
    public void xmlDecl(String version, String encoding, int standalone) {
        callOrDefault("XmlDeclHandler", str(version), str(encoding), PyInt.valueOf(standalone));
    }

    @Override
    public void startDoctype(String name, String systemId, String publicId, boolean hasInternalSubset) {
        if (!has("StartDoctypeDeclHandler")) {
            for (String t : scanner.doctypeTokens) {
                defaultText(t);
            }
            return;
        }
        call("StartDoctypeDeclHandler", str(name), str(systemId), str(publicId), PyInt.valueOf(hasInternalSubset ? 1 : 0));
    }

    @Override
    public void endDoctype() {
        callOrDefault("EndDoctypeDeclHandler");
    }

    @Override
    public void entityDecl(String name, boolean parameter, String value, String systemId, String publicId,
                           String notation) {
        if (notation != null && !has("EntityDeclHandler") && has("UnparsedEntityDeclHandler")) {
            call("UnparsedEntityDeclHandler", str(name), str(base), str(systemId), str(publicId), str(notation));
            return;
        }
        callOrDefault("EntityDeclHandler", str(name), PyInt.valueOf(parameter ? 1 : 0), str(value), str(base), str(systemId),
                str(publicId), str(notation));
    }

    @Override
    public void notationDecl(String name, String systemId, String publicId) {
        callOrDefault("NotationDeclHandler", str(name), str(base), str(systemId), str(publicId));
    }

    @Override
    public void elementDecl(String name, ContentModel model) {
        if (has("ElementDeclHandler")) {
            call("ElementDeclHandler", str(name), modelTuple(model));
        } else {
            defaultText(scanner.takeRaw());
        }
    }

    private static PyTuple modelTuple(ContentModel m) {
        Object[] children = new Object[m.children().size()];
        for (int i = 0; i < children.length; i++) {
            children[i] = modelTuple(m.children().get(i));
        }
        return PyTuple.of(PyInt.valueOf(m.type()), PyInt.valueOf(m.quant()), str(m.name()), PyTuple.wrap(children));
    }

    @Override
    public void attlistDecl(String element, String attribute, String type, String dflt, boolean required) {
        callOrDefault("AttlistDeclHandler", str(element), str(attribute), str(type), str(dflt), PyInt.valueOf(required ? 1 : 0));
    }

    @Override
    public void startElement(String name, List<String> attributes, int specified) {
        Object h = handler("StartElementHandler");
        if (h == null) {
            defaultText(scanner.takeRaw());
            return;
        }
        flush();
        int n = specifiedAttributes ? specified * 2 : attributes.size();
        Object attrs;
        if (orderedAttributes) {
            PyList l = new PyList(n);
            for (int i = 0; i < n; i++) {
                l.append(PyStr.of(attributes.get(i)));
            }
            attrs = l;
        } else {
            PyDict d = new PyDict();
            for (int i = 0; i < n; i += 2) {
                d.put(PyStr.of(attributes.get(i)), PyStr.of(attributes.get(i + 1)));
            }
            attrs = d;
        }
        CallOps.call(h, new Object[] {PyStr.of(name), attrs}, null);
    }

    @Override
    public void endElement(String name) {
        callOrDefault("EndElementHandler", PyStr.of(name));
    }

    @Override
    public void characters(String text) {
        if (!has("CharacterDataHandler")) {
            defaultText(scanner.takeRaw());
            return;
        }
        if (!bufferText) {
            call("CharacterDataHandler", PyStr.of(text));
            return;
        }
        if (textBuffer.length() + text.length() > bufferSize) {
            flush();
        }
        if (text.length() > bufferSize) {
            call("CharacterDataHandler", PyStr.of(text));
        } else {
            textBuffer.append(text);
        }
    }

    @Override
    public void processingInstruction(String target, String data) {
        callOrDefault("ProcessingInstructionHandler", PyStr.of(target), PyStr.of(data));
    }

    @Override
    public void comment(String text) {
        callOrDefault("CommentHandler", PyStr.of(text));
    }

    @Override
    public void startCdata() {
        callOrDefault("StartCdataSectionHandler");
    }

    @Override
    public void endCdata() {
        callOrDefault("EndCdataSectionHandler");
    }

    @Override
    public void startNamespace(String prefix, String uri) {
        call("StartNamespaceDeclHandler", str(prefix), str(uri));
    }

    @Override
    public void endNamespace(String prefix) {
        call("EndNamespaceDeclHandler", str(prefix));
    }

    @Override
    public void skippedEntity(String name, boolean parameter) {
        if (has("SkippedEntityHandler")) {
            call("SkippedEntityHandler", PyStr.of(name), PyInt.valueOf(parameter ? 1 : 0));
        } else if (has("DefaultHandlerExpand")) {
            call("DefaultHandlerExpand", PyStr.of("&" + name + ";"));
        } else if (has("DefaultHandler")) {
            call("DefaultHandler", PyStr.of("&" + name + ";"));
        }
    }

    @Override
    public boolean externalEntityRef(String context, String systemId, String publicId) {
        Object h = handler("ExternalEntityRefHandler");
        if (h == null) {
            skippedEntity(context, false);
            return true;
        }
        flush();
        Object r = CallOps.call(h, new Object[] {PyStr.of(context), str(base), str(systemId), str(publicId)}, null);
        return Truth.isTrue(r);
    }

    // ---- other methods ----------------------------------------------------------------------

    @PyMethod(name = "SetBase")
    public static Object setBase(PyXmlParser self, Object b) {
        self.base = b == PyNone.NONE ? null : ((PyStr) b).value();
        return PyNone.NONE;
    }

    @PyMethod(name = "GetBase")
    public static Object getBase(PyXmlParser self) {
        return str(self.base);
    }

    @PyMethod(name = "GetInputContext")
    public static Object getInputContext(PyXmlParser self) {
        return PyNone.NONE;
    }

    @PyMethod(name = "SetParamEntityParsing")
    public static Object setParamEntityParsing(PyXmlParser self, Object flag) {
        long f = IntMath.small(flag);
        return PyInt.valueOf(f >= 0 && f <= 2 ? 1 : 0);
    }

    @PyMethod(name = "UseForeignDTD", required = 0)
    public static Object useForeignDTD(PyXmlParser self, Object flag) {
        if (self.started) {
            throw PyexpatModule.expatError(26, 1, 0);
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "ExternalEntityParserCreate", required = 1)
    public static Object externalEntityParserCreate(PyXmlParser self, Object context, Object encoding) {
        throw PyExceptions.notImplementedError("pyexpat: parsing external entities is not supported");
    }

    // ---- attributes -------------------------------------------------------------------------

    @PyGetter("buffer_text")
    public static Object getBufferText(PyXmlParser self) {
        return PyBool.of(self.bufferText);
    }

    @PySetter("buffer_text")
    public static void setBufferText(PyXmlParser self, Object v) {
        boolean b = Truth.isTrue(v);
        if (!b) {
            self.flush();
        }
        self.bufferText = b;
    }

    @PyGetter("ordered_attributes")
    public static Object getOrdered(PyXmlParser self) {
        return PyBool.of(self.orderedAttributes);
    }

    @PySetter("ordered_attributes")
    public static void setOrdered(PyXmlParser self, Object v) {
        self.orderedAttributes = Truth.isTrue(v);
    }

    @PyGetter("specified_attributes")
    public static Object getSpecified(PyXmlParser self) {
        return PyBool.of(self.specifiedAttributes);
    }

    @PySetter("specified_attributes")
    public static void setSpecified(PyXmlParser self, Object v) {
        self.specifiedAttributes = Truth.isTrue(v);
    }

    @PyGetter("namespace_prefixes")
    public static Object getNamespacePrefixes(PyXmlParser self) {
        return PyBool.of(self.namespacePrefixes);
    }

    @PySetter("namespace_prefixes")
    public static void setNamespacePrefixes(PyXmlParser self, Object v) {
        self.namespacePrefixes = Truth.isTrue(v);
        self.scanner.setNamespacePrefixes(self.namespacePrefixes);
    }

    @PyGetter("buffer_size")
    public static Object getBufferSize(PyXmlParser self) {
        return PyInt.valueOf(self.bufferSize);
    }

    @PySetter("buffer_size")
    public static void setBufferSize(PyXmlParser self, Object v) {
        if (!(v instanceof PyInt) && !IntMath.isInt(v)) {
            throw PyExceptions.typeError("buffer_size must be an integer");
        }
        long n = IntMath.small(v);
        if (n <= 0) {
            throw PyExceptions.valueError("buffer_size must be greater than zero");
        }
        self.flush();
        self.bufferSize = (int) Math.min(n, Integer.MAX_VALUE);
    }

    @PyGetter("buffer_used")
    public static Object getBufferUsed(PyXmlParser self) {
        return PyInt.valueOf(self.textBuffer.length());
    }

    @PyGetter("intern")
    public static Object getIntern(PyXmlParser self) {
        return self.intern == null ? PyNone.NONE : self.intern;
    }

    @PyGetter("ErrorCode")
    public static Object errorCode(PyXmlParser self) {
        return PyInt.valueOf(self.error == null ? 0 : self.error.code);
    }

    @PyGetter("ErrorLineNumber")
    public static Object errorLine(PyXmlParser self) {
        return PyInt.valueOf(self.error == null ? self.scanner.line() : self.error.line);
    }

    @PyGetter("ErrorColumnNumber")
    public static Object errorColumn(PyXmlParser self) {
        return PyInt.valueOf(self.error == null ? self.scanner.column() : self.error.column);
    }

    @PyGetter("ErrorByteIndex")
    public static Object errorByte(PyXmlParser self) {
        return PyInt.valueOf(self.error == null ? -1 : self.error.byteIndex);
    }

    @PyGetter("CurrentLineNumber")
    public static Object currentLine(PyXmlParser self) {
        return PyInt.valueOf(self.error != null ? self.error.line : self.scanner.eventLine);
    }

    @PyGetter("CurrentColumnNumber")
    public static Object currentColumn(PyXmlParser self) {
        return PyInt.valueOf(self.error != null ? self.error.column : self.scanner.eventCol);
    }

    @PyGetter("CurrentByteIndex")
    public static Object currentByte(PyXmlParser self) {
        return PyInt.valueOf(self.error != null ? self.error.byteIndex : self.started ? self.scanner.eventByte : -1);
    }
}
