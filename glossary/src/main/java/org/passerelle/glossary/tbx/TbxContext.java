package org.passerelle.glossary.tbx;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

/** The one JAXB context for the TBX model: creating it costs a few hundred milliseconds. */
public final class TbxContext {
    private TbxContext() {
    }

    private static final class Holder {
        static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(TbxDocument.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("TBX model does not bind: " + e, e);
            }
        }
    }

    public static JAXBContext get() {
        return Holder.CONTEXT;
    }
}
