package org.passerelle.glossary.xml;

import org.passerelle.glossary.tbx.Container;
import org.passerelle.glossary.tbx.DataElement;
import org.passerelle.glossary.tbx.Located;
import org.passerelle.glossary.tbx.Position;
import org.passerelle.glossary.tbx.TbxDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Gives the DOM elements of a model their positions in the file: the model keeps every child in
 * document order, so a walk of it meets the elements in the order the reader recorded them.
 */
public final class DocumentPositions {
    private static final String KEY = DocumentPositions.class.getName();

    private final LocationRecorder recorded;
    private int next;
    private boolean aligned = true;

    private DocumentPositions(LocationRecorder recorded) {
        this.recorded = recorded;
    }

    /** Assigns positions; gives up silently (no positions) if the walk and the record disagree. */
    static void assign(TbxDocument document, LocationRecorder recorded) {
        new DocumentPositions(recorded).visit(document);
    }

    /** Where a DOM element kept by the model started, or null when unknown. */
    public static Located of(Element element) {
        Object data = element.getUserData(KEY);
        return data instanceof Located located ? located : null;
    }

    private void visit(Object node) {
        if (!aligned) {
            return;
        }
        if (node instanceof Located located) {
            if (next >= recorded.size() || located.line() != recorded.line(next)) {
                aligned = false;
                return;
            }
            next++;
            if (node instanceof Container container) {
                container.children().forEach(this::visit);
            } else if (node instanceof DataElement data) {
                data.content().forEach(this::visit);
            }
        } else if (node instanceof Element element) {
            if (next >= recorded.size()) {
                aligned = false;
                return;
            }
            element.setUserData(KEY, located(new Position(recorded.line(next), recorded.column(next))), null);
            next++;
            for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                visit(n);
            }
        }
    }

    private static Located located(Position position) {
        return () -> position;
    }
}
