package org.llmatlas.export;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML that both yEd and Gephi show with labels and colours: yFiles {@code y:ShapeNode} /
 * {@code y:PolyLineEdge} graphics for yEd, and plain attributes ({@code label}, {@code r},
 * {@code g}, {@code b}, {@code color}, {@code type}, …) for Gephi. Written with a StAX writer (which
 * escapes markup); characters XML forbids are dropped first.
 */
final class GraphMl {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String Y = "http://www.yworks.com/xml/graphml";

    private GraphMl() {}

    static String write(GraphView v) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("y", Y);
            w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            w.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd");
            key(w, "d0", "node", null, null, "nodegraphics");
            key(w, "d1", "edge", null, null, "edgegraphics");
            String[] nodeAttrs = {"label", "type", "iri", "section", "definition", "source", "color"};
            for (String a : nodeAttrs) {
                key(w, "n_" + a, "node", a, "string", null);
            }
            for (String a : new String[] {"r", "g", "b"}) {
                key(w, "n_" + a, "node", a, "int", null);
            }
            for (String a : new String[] {"label", "relation", "cue", "evidence"}) {
                key(w, "e_" + a, "edge", a, "string", null);
            }
            w.writeStartElement("graph");
            w.writeAttribute("id", "G");
            w.writeAttribute("edgedefault", "directed");
            for (GraphView.ViewNode n : v.nodes()) {
                node(w, v, n);
            }
            int i = 0;
            for (GraphView.ViewEdge e : v.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + (++i));
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                data(w, "e_label", e.relation());
                data(w, "e_relation", e.relation());
                data(w, "e_cue", e.cue());
                data(w, "e_evidence", e.evidence());
                w.writeStartElement("data");
                w.writeAttribute("key", "d1");
                w.writeStartElement(Y, "PolyLineEdge");
                empty(w, "LineStyle", "color", "#555555", "type", e.cue().equals("implied") ? "dashed" : "line", "width", "1.0");
                empty(w, "Arrows", "source", "none", "target", "standard");
                text(w, "EdgeLabel", e.relation());
                w.writeEndElement();
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("GraphML writer failed", e);
        }
        return out.toString() + "\n";
    }

    private static void node(XMLStreamWriter w, GraphView v, GraphView.ViewNode n) throws XMLStreamException {
        String colour = GraphView.colour(n.type());
        w.writeStartElement("node");
        w.writeAttribute("id", n.id());
        data(w, "n_label", n.label());
        data(w, "n_type", n.type());
        data(w, "n_iri", n.iri());
        data(w, "n_section", n.group() == null ? "" : v.groups().values().stream()
                .filter(g -> g.id().equals(n.group())).findFirst().map(GraphView.Group::label).orElse(""));
        data(w, "n_definition", n.definition());
        data(w, "n_source", n.source());
        data(w, "n_color", colour);
        data(w, "n_r", String.valueOf(Integer.parseInt(colour.substring(1, 3), 16)));
        data(w, "n_g", String.valueOf(Integer.parseInt(colour.substring(3, 5), 16)));
        data(w, "n_b", String.valueOf(Integer.parseInt(colour.substring(5, 7), 16)));
        w.writeStartElement("data");
        w.writeAttribute("key", "d0");
        w.writeStartElement(Y, "ShapeNode");
        String label = Escape.oneLine(n.label(), 60);
        empty(w, "Geometry", "width", String.valueOf(Math.max(40, 7 * label.length() + 16)), "height", "30.0");
        empty(w, "Fill", "color", colour, "transparent", "false");
        empty(w, "BorderStyle", "color", "#333333", "type", "line", "width", "1.0");
        text(w, "NodeLabel", label);
        empty(w, "Shape", "type", n.type().equals("Question") ? "ellipse" : "roundrectangle");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, String name, String type, String yType)
            throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        if (name != null) {
            w.writeAttribute("attr.name", name);
            w.writeAttribute("attr.type", type);
        }
        if (yType != null) {
            w.writeAttribute("yfiles.type", yType);
        }
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(Escape.xmlChars(value));
        w.writeEndElement();
    }

    private static void empty(XMLStreamWriter w, String local, String... attrs) throws XMLStreamException {
        w.writeEmptyElement(Y, local);
        for (int i = 0; i < attrs.length; i += 2) {
            w.writeAttribute(attrs[i], attrs[i + 1]);
        }
    }

    private static void text(XMLStreamWriter w, String local, String value) throws XMLStreamException {
        w.writeStartElement(Y, local);
        w.writeCharacters(Escape.xmlChars(value));
        w.writeEndElement();
    }
}
