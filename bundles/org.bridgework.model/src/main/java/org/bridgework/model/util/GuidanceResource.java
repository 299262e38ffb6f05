package org.bridgework.model.util;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.bridgework.model.GuidancePackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;

/**
 * The XMI resource of a {@code .guidance} file. Cross references are written as
 * the target's {@code id} (the model's ID attribute), never as UUIDs or positional
 * paths, so files diff and merge well. Loading is hardened against XXE: no DOCTYPE,
 * no external entities, no external DTD or schema access.
 */
public class GuidanceResource extends XMIResourceImpl {

    /** SAX parser features applied on every load. */
    public static final Map<String, Boolean> PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE,
            XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);

    /** SAX parser properties applied on every load. */
    public static final Map<String, Object> PARSER_PROPERTIES = Map.of(
            XMLConstants.ACCESS_EXTERNAL_DTD, "",
            XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");

    public GuidanceResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        setEncoding("UTF-8");

        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(XMLResource.OPTION_RESOLVE_ENTITIES, Boolean.FALSE);
        load.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(PARSER_FEATURES));
        load.put(XMLResource.OPTION_PARSER_PROPERTIES, new HashMap<>(PARSER_PROPERTIES));
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);

        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_LINE_WIDTH, 100);
        save.put(XMLResource.OPTION_SAVE_ONLY_IF_CHANGED, XMLResource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
    }

    /** The file format version this code writes ({@code formatVersion} of the root project). */
    public static final int FORMAT_VERSION = 1;

    /** Always writes {@code formatVersion}, even at its default, so a file says which format it is in. */
    @Override
    protected XMLSave createXMLSave() {
        return new XMISaveImpl(createXMLHelper()) {
            @Override
            protected boolean shouldSaveFeature(EObject o, EStructuralFeature f) {
                return f == GuidancePackage.Literals.GUIDANCE_PROJECT__FORMAT_VERSION || super.shouldSaveFeature(o, f);
            }
        };
    }

    /** References are the model's own ids, not generated UUIDs. */
    @Override
    protected boolean useUUIDs() {
        return false;
    }

    /** References to objects are written as ids (the {@code id} ID attribute). */
    @Override
    protected boolean useIDs() {
        return true;
    }
}
