package org.pyston.builtins.pyexpat;

import java.util.List;

/**
 * What {@link XmlScanner} reports while it reads a document: expat's callbacks, with names already
 * namespace-processed. Each method runs while the scanner's current position is the start of the
 * construct it reports.
 */
interface XmlEvents {
    void xmlDecl(String version, String encoding, int standalone);

    void startDoctype(String name, String systemId, String publicId, boolean hasInternalSubset);

    void endDoctype();

    void entityDecl(String name, boolean parameter, String value, String systemId, String publicId, String notation);

    void notationDecl(String name, String systemId, String publicId);

    void elementDecl(String name, ContentModel model);

    void attlistDecl(String element, String attribute, String type, String dflt, boolean required);

    /** {@code attributes} alternates names and values; the first {@code specified} pairs were written. */
    void startElement(String name, List<String> attributes, int specified);

    void endElement(String name);

    void characters(String text);

    void processingInstruction(String target, String data);

    void comment(String text);

    void startCdata();

    void endCdata();

    void startNamespace(String prefix, String uri);

    void endNamespace(String prefix);

    /** A reference to an entity whose declaration was not read (an external subset); false if unhandled. */
    void skippedEntity(String name, boolean parameter);

    /** A reference to an external parsed entity; returns false when processing it failed. */
    boolean externalEntityRef(String context, String systemId, String publicId);

    /** Markup or text outside any other event (white space outside the root), for DefaultHandler. */
    void defaultText(String raw);

    /** Whether internal entity references are expanded (false when only DefaultHandler is set, as expat). */
    boolean expandEntities();

    /** An element declaration's content model, as pyexpat's (type, quantifier, name, children). */
    record ContentModel(int type, int quant, String name, List<ContentModel> children) {}
}
