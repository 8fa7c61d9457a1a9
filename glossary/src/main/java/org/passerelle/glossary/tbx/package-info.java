/**
 * Jakarta XML Binding model of TBX v3 (ISO 30042:2019). Every container keeps its children in
 * document order, known elements as objects and the rest as DOM elements, so that a termbase
 * written back loses nothing another tool put there.
 */
@XmlSchema(namespace = TbxDocument.NS, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = TbxDocument.NS))
package org.passerelle.glossary.tbx;

import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
