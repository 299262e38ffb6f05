package org.bridgework.ui.workbench.internal.views;

import java.net.URL;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;

/**
 * Text and icon of model elements from their EMF.Edit item providers ({@link IItemLabelProvider}); what
 * {@code AdapterFactoryLabelProvider} of emf.edit.ui does, which cannot be used here. The item providers return
 * icons as URLs (or {@link ComposedImage}s of URLs): they become SWT images through a {@link ResourceManager},
 * which disposes them.
 */
public class ModelLabels extends LabelProvider {
    private static final Map<Object, ImageDescriptor> DESCRIPTORS = new ConcurrentHashMap<>();

    private final ResourceManager resources;

    public ModelLabels(ResourceManager resources) {
        this.resources = resources;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        if (provider != null) {
            String text = provider.getText(element);
            return text == null ? "" : enumerationsInWords(element, human(text));
        }
        return element == null ? "" : element.toString();
    }

    /**
     * A label as people read it: inline markup (emphasis marks, citation keys, reference targets) dropped, and the
     * item providers' raw enumeration literals and ISO dates shown in words.
     */
    private static final java.util.regex.Pattern CUT_REFERENCE = java.util.regex.Pattern.compile("\\[(?!@)([^\\]\\[]*)(?:\\]\\(#[^)\\s]*)?…$");
    private static final java.util.regex.Pattern CUT_CITATION = java.util.regex.Pattern.compile("\\s*\\[@[^\\]]*…$");

    static String human(String text) {
        if (text.indexOf('*') < 0 && text.indexOf('_') < 0 && text.indexOf('[') < 0 && text.indexOf('`') < 0) {
            return text;
        }
        // the item providers cut long texts ("…"), possibly inside a link or citation the full text would close
        String closed = CUT_CITATION.matcher(text).replaceAll("…");
        closed = CUT_REFERENCE.matcher(closed).replaceAll("$1…");
        String plain = org.bridgework.core.api.InlineText.plain(closed);
        plain = plain.replace("**", "");
        return plain.isEmpty() ? text : plain;
    }

    /**
     * The generated item providers label some elements by an enumeration ({@code Publication working-draft},
     * {@code Consensus Settings nine-point}): the raw literal at the end becomes words as in Properties.
     */
    static String enumerationsInWords(Object element, String text) {
        if (!(element instanceof org.eclipse.emf.ecore.EObject object)) {
            return text;
        }
        for (org.eclipse.emf.ecore.EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum && !attribute.isMany()
                    && object.eGet(attribute) instanceof org.eclipse.emf.common.util.Enumerator value) {
                String raw = " " + value.getLiteral();
                if (text.endsWith(raw) && value.getLiteral().matches(".*[-_].*")) {
                    return text.substring(0, text.length() - raw.length()) + " " + org.bridgework.core.api.DisplayText.words(value);
                }
            }
        }
        return text;
    }

    /** A property value as people read it: enumerations in words, dates in the one en-GB form, lists joined. */
    static String value(Object value) {
        return switch (value) {
            case null -> "";
            case org.eclipse.emf.common.util.Enumerator e -> org.bridgework.core.api.DisplayText.words(e);
            case java.time.LocalDate d -> org.bridgework.core.api.DisplayText.date(d);
            case java.util.Collection<?> c -> String.join(", ", c.stream().map(ModelLabels::value).toList());
            default -> null;
        };
    }

    /**
     * The element's name without the type the item providers put in front ({@code Challenge Unclear roles} is
     * {@code Unclear roles}), for places that show the type otherwise (a folder, a heading, an icon).
     */
    public String getName(Object element) {
        String text = getText(element);
        if (element instanceof org.eclipse.emf.ecore.EObject object) {
            String type = typeName(object);
            if (text.regionMatches(true, 0, type, 0, type.length()) && text.length() > type.length() + 1 && text.charAt(type.length()) == ' ') {
                return text.substring(type.length() + 1);
            }
        }
        return text;
    }

    /** The type name the item providers use ({@code _UI_Challenge_type}), or the class name in words. */
    static String typeName(org.eclipse.emf.ecore.EObject object) {
        AdapterFactory factory = adapterFactory(object);
        Object provider = factory == null ? null : factory.adapt(object, IItemLabelProvider.class);
        if (provider instanceof org.eclipse.emf.edit.provider.ItemProviderAdapter adapter) {
            try {
                return adapter.getString("_UI_" + object.eClass().getName() + "_type");
            } catch (RuntimeException e) {
                // no such key: fall through
            }
        }
        return ProjectExplorerView.words(object.eClass().getName());
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        if (provider == null) {
            return null;
        }
        ImageDescriptor descriptor = descriptor(provider.getImage(element));
        return descriptor == null ? null : resources.create(descriptor);
    }

    /** The item provider's label provider for a model element, or null for anything else. */
    public static IItemLabelProvider labelProvider(Object element) {
        AdapterFactory factory = adapterFactory(element);
        return factory == null ? null : (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
    }

    /** The adapter factory of the editing domain the element belongs to (so item providers are not duplicated). */
    static AdapterFactory adapterFactory(Object element) {
        EditingDomain domain = element == null ? null : AdapterFactoryEditingDomain.getEditingDomainFor(element);
        return domain instanceof AdapterFactoryEditingDomain d ? d.getAdapterFactory() : null;
    }

    /** An EMF.Edit image object (URL, ComposedImage, ImageDescriptor) as an image descriptor; null if unknown. */
    public static ImageDescriptor descriptor(Object image) {
        if (image == null) {
            return null;
        }
        if (image instanceof ImageDescriptor d) {
            return d;
        }
        if (image instanceof URL url) {
            return DESCRIPTORS.computeIfAbsent(url.toExternalForm(), k -> ImageDescriptor.createFromURL(url));
        }
        if (image instanceof ComposedImage composed) {
            List<ImageDescriptor> parts = composed.getImages().stream().map(ModelLabels::descriptor).filter(d -> d != null).toList();
            return parts.isEmpty() ? null : new Composed(parts);
        }
        return null;
    }

    /** Images drawn over one another, 16×16. */
    private static final class Composed extends CompositeImageDescriptor {
        private final List<ImageDescriptor> parts;

        Composed(Collection<ImageDescriptor> parts) {
            this.parts = List.copyOf(parts);
        }

        @Override
        protected void drawCompositeImage(int width, int height) {
            for (ImageDescriptor part : parts) {
                drawImage(zoom -> part.getImageData(zoom), 0, 0);
            }
        }

        @Override
        protected Point getSize() {
            ImageData first = parts.get(0).getImageData(100);
            return first == null ? new Point(16, 16) : new Point(first.width, first.height);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Composed c && c.parts.equals(parts);
        }

        @Override
        public int hashCode() {
            return parts.hashCode();
        }
    }
}
