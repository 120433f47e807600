// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;

/**
 * How Jackson writes a record the way generated records are declared: its components in the order Jackson writes
 * them, each under its JSON name, null components left out ({@code @JsonInclude(NON_NULL)}). A record is only given
 * a shape when every Jackson annotation on it is one of those the generator writes, and when the property names
 * Jackson itself reports for it are exactly its components; anything else (a custom serializer, a getter that is no
 * component, {@code @JsonValue}) leaves the record to Jackson.
 */
final class RecordShape {

    /**
     * One component: its JSON name, that name written as {@code "name":} and its UTF-8 size, and its accessor as
     * {@code (Object) -> Object}.
     */
    record Property(String name, String prefix, long prefixBytes, MethodHandle getter) {}

    private static final Set<Class<? extends Annotation>> ON_TYPE = Set.of(JsonInclude.class, JsonPropertyOrder.class);
    private static final Set<Class<? extends Annotation>> ON_METHODS = Set.of(JsonAnySetter.class, JsonCreator.class);

    private final Property[] properties;

    private RecordShape(Property[] properties) {
        this.properties = properties;
    }

    Property[] properties() {
        return properties;
    }

    /** The shape of {@code type}, or null when Jackson may write it in a way this class does not follow. */
    static RecordShape of(Class<?> type, JsonMapper mapper, JsonEscapes escapes) {
        if (!type.isRecord() || !Modifier.isPublic(type.getModifiers()) || !onlyGeneratedAnnotations(type)) {
            return null;
        }
        Map<String, RecordComponent> byName = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty property = component.getAnnotation(JsonProperty.class);
            String name = property != null && !property.value().isEmpty() ? property.value() : component.getName();
            if (!onlyPropertyAnnotations(component)
                    || (property != null && property.access() == JsonProperty.Access.WRITE_ONLY)
                    || byName.put(name, component) != null) {
                return null;
            }
        }
        List<String> written = writtenNames(type, mapper);
        if (written == null || written.size() != byName.size()) {
            return null;
        }
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Property[] properties = new Property[written.size()];
        try {
            for (int i = 0; i < properties.length; i++) {
                RecordComponent component = byName.get(written.get(i));
                if (component == null) {
                    return null;
                }
                WrittenJson prefix = new WrittenJson();
                prefix.putString(written.get(i), escapes);
                prefix.put(':');
                MethodHandle getter = getter(lookup, component.getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
                properties[i] = new Property(written.get(i), prefix.text(), prefix.bytes(), getter);
            }
        } catch (IllegalAccessException | ProfiledParser.Undecided e) {
            return null;
        }
        return new RecordShape(properties);
    }

    /**
     * The accessor as a method handle: public when its record is public up to the top, else made accessible as
     * Jackson makes it (which a module that does not open the record's package refuses: then Jackson writes it).
     */
    private static MethodHandle getter(MethodHandles.Lookup lookup, Method accessor) throws IllegalAccessException {
        try {
            return lookup.unreflect(accessor);
        } catch (IllegalAccessException notPublic) {
            if (!accessor.trySetAccessible()) {
                throw notPublic;
            }
            return MethodHandles.lookup().unreflect(accessor);
        }
    }

    /** The names Jackson writes for {@code type}, in its order, or null when it does not write an object. */
    private static List<String> writtenNames(Class<?> type, JsonMapper mapper) {
        List<String> names = new ArrayList<>();
        boolean[] object = {false};
        mapper.acceptJsonFormatVisitor(type, new JsonFormatVisitorWrapper.Base() {
            @Override
            public JsonObjectFormatVisitor expectObjectFormat(JavaType javaType) {
                object[0] = true;
                return new JsonObjectFormatVisitor.Base(getContext()) {
                    @Override
                    public void property(BeanProperty property) {
                        names.add(property.getName());
                    }

                    @Override
                    public void optionalProperty(BeanProperty property) {
                        names.add(property.getName());
                    }
                };
            }
        });
        return object[0] ? names : null;
    }

    /**
     * Whether the record is annotated as generated records are: {@code @JsonInclude(NON_NULL)} for the type with map
     * contents always written, an unsorted {@code @JsonPropertyOrder}, and on methods only what reading uses. A public
     * {@code getX()} or {@code isX()} that is no component would be written too, so it declines.
     */
    private static boolean onlyGeneratedAnnotations(Class<?> type) {
        JsonInclude include = type.getAnnotation(JsonInclude.class);
        JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
        if (include == null
                || include.value() != JsonInclude.Include.NON_NULL
                || (include.content() != JsonInclude.Include.ALWAYS
                        && include.content() != JsonInclude.Include.USE_DEFAULTS)
                || (order != null && order.alphabetic())
                || !onlyJackson(type, ON_TYPE)) {
            return false;
        }
        Set<String> accessors = new HashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            accessors.add(component.getAccessor().getName());
        }
        for (Method method : type.getDeclaredMethods()) {
            String name = method.getName();
            boolean accessor = method.getParameterCount() == 0 && accessors.contains(name);
            if (accessor) {
                continue; // checked with its component
            }
            if (!onlyJackson(method, ON_METHODS)
                    || (Modifier.isPublic(method.getModifiers())
                            && !Modifier.isStatic(method.getModifiers())
                            && method.getParameterCount() == 0
                            && (name.startsWith("get") || name.startsWith("is")))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a component carries only {@code @JsonProperty}, and {@code @JsonFormat} where it changes nothing. */
    private static boolean onlyPropertyAnnotations(RecordComponent component) {
        Set<Class<? extends Annotation>> allowed = component.getType() == OffsetDateTime.class
                ? Set.of(JsonProperty.class, JsonFormat.class)
                : Set.of(JsonProperty.class);
        if (!onlyJackson(component, allowed) || !onlyJackson(component.getAccessor(), allowed)) {
            return false;
        }
        try {
            return onlyJackson(component.getDeclaringRecord().getDeclaredField(component.getName()), allowed);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** Whether every Jackson annotation on {@code element} is one of {@code allowed}. */
    private static boolean onlyJackson(AnnotatedElement element, Set<Class<? extends Annotation>> allowed) {
        for (Annotation annotation : element.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if ((name.startsWith("com.fasterxml.jackson.") || name.startsWith("tools.jackson."))
                    && !allowed.contains(annotation.annotationType())) {
                return false;
            }
        }
        return true;
    }
}
